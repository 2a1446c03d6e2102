import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventRes } from '../../../../core/schemas/events.js';
import { listEvents } from '../../api/events.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { messageOf } from '../organisation/labels.js';
import { formatShortDay } from './time.js';

const BADGE = { draft: 'badge-info', published: 'badge-success', cancelled: 'badge-warning' } as const;

export function StatusBadge({ status }: { status: EventRes['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge ${BADGE[status]}`}>{t(`eventAdmin.statuses.${status}`)}</span>;
}

/** /admin/arrangementer: the organisation's events (administrators change, facilitators read). */
export function AdminEventsPage() {
  const { t, i18n } = useTranslation();
  const { roles } = useSession();
  const [events, setEvents] = useState<EventRes[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    listEvents()
      .then((items) => !cancelled && setEvents(items))
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('eventAdmin.title')}>
      <p>{t('eventAdmin.intro')}</p>
      {roles.includes('admin') && (
        <div className="aktion-actions aktion-page-actions">
          <Link className="button button-primary" to="/admin/arrangementer/nyt">
            {t('eventAdmin.new')}
          </Link>
        </div>
      )}
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!events && !error && <p>{t('common.loading')}</p>}
      {events && events.length === 0 && <p className="mt-6">{t('eventAdmin.none')}</p>}
      {events && events.length > 0 && (
        <div className="aktion-table-wrapper mt-6">
          <table className="table table--zebra table--compact">
            <caption className="sr-only">{t('eventAdmin.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('eventAdmin.event')}</th>
                <th scope="col">{t('eventAdmin.date')}</th>
                <th scope="col">{t('eventAdmin.status')}</th>
                <th scope="col" className="align-text-right">
                  {t('eventAdmin.registered')}
                </th>
                <th scope="col" className="align-text-right">
                  {t('eventAdmin.waiting')}
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={`/admin/arrangementer/${encodeURIComponent(e.id)}`}>{e.title}</Link>
                  </th>
                  <td>{formatShortDay(e.startsAt, i18n.language)}</td>
                  <td>
                    <StatusBadge status={e.status} />
                  </td>
                  <td className="align-text-right">
                    {t('eventAdmin.seatsOf', { confirmed: e.seats.confirmed, capacity: e.seats.capacity })}
                  </td>
                  <td className="align-text-right">{e.seats.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
