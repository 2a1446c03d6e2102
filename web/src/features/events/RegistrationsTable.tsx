import { useTranslation } from 'react-i18next';
import { formatOre } from '../../../../core/money.js';
import type { RegistrationRes, SeatCounts } from '../../../../core/schemas/events.js';

export function SeatSummary({ seats }: { seats: SeatCounts }) {
  const { t } = useTranslation();
  const facts: Array<[string, string]> = [
    [
      t('eventAdmin.seatsConfirmed'),
      t('eventAdmin.seatsOf', { confirmed: seats.confirmed, capacity: seats.capacity }),
    ],
    [t('eventAdmin.seatsOffered'), String(seats.offered)],
    [t('eventAdmin.seatsWaitlisted'), String(seats.waitlisted)],
    [t('eventAdmin.seatsLeft'), String(seats.seatsLeft)],
  ];
  return (
    <dl className="aktion-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Who registered: status (with the place on the waiting list), invoice number and price. */
export function RegistrationsTable({ items }: { items: readonly RegistrationRes[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return (
    <div className="aktion-table-wrapper mt-6">
      <table className="table table--zebra table--compact">
        <caption className="sr-only">{t('eventAdmin.registrationsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('eventAdmin.name')}</th>
            <th scope="col">{t('eventAdmin.email')}</th>
            <th scope="col">{t('eventAdmin.organisation')}</th>
            <th scope="col">{t('eventAdmin.regStatus')}</th>
            <th scope="col">{t('eventAdmin.invoice')}</th>
            <th scope="col" className="align-text-right">
              {t('eventAdmin.priceInclVat')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td className="aktion-break">{r.email}</td>
              <td>{r.organisation ?? ''}</td>
              <td>
                {r.status === 'waitlisted' && r.waitingPosition
                  ? t('eventAdmin.waitingPosition', { position: r.waitingPosition })
                  : t(`eventAdmin.registrationStatuses.${r.status}`)}
              </td>
              <td className="aktion-nowrap">
                {r.ean
                  ? t('eventAdmin.eanValue', { value: r.ean })
                  : r.cvr
                    ? t('eventAdmin.cvrValue', { value: r.cvr })
                    : ''}
              </td>
              <td className="align-text-right">
                {t('events.amount', { amount: formatOre(r.price.inclVatOre, lang) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
