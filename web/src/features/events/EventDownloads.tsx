import { useTranslation } from 'react-i18next';
import { eventExportUrl } from '../../api/events.js';
import { Icon } from '../../components/Icon.js';

const LINKS = [
  ['registrations', 'xlsx', 'eventAdmin.registrationsXlsx'],
  ['registrations', 'csv', 'eventAdmin.registrationsCsv'],
  ['invoice-basis', 'xlsx', 'eventAdmin.invoiceBasisXlsx'],
  ['invoice-basis', 'csv', 'eventAdmin.invoiceBasisCsv'],
] as const;

/** The registrations and the invoice basis as files, for Excel (XLSX) or as CSV. Administrators only. */
export function EventDownloads({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="event-downloads-heading" className="mt-8">
      <h2 id="event-downloads-heading">{t('eventAdmin.downloadsHeading')}</h2>
      <p>{t('eventAdmin.downloadsIntro')}</p>
      <ul className="nobullet-list">
        {LINKS.map(([table, format, text]) => (
          <li key={`${table}.${format}`}>
            <a className="function-link" href={eventExportUrl(id, table, format)} download>
              <Icon name="download" />
              {t(text)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
