import { useTranslation } from 'react-i18next';
import type { AuditEntryRes } from '../../../../core/schemas/audit.js';
import { formatDateTime } from '../../i18n/format.js';

function compact(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function Changes({ changes }: { changes: AuditEntryRes['changes'] }) {
  if (!changes || Object.keys(changes).length === 0) return null;
  return (
    <ul className="aktion-changes nobullet-list">
      {Object.entries(changes).map(([key, value]) => (
        <li key={key}>
          <strong>{key}:</strong> {compact(value)}
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ items }: { items: readonly AuditEntryRes[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--compact">
        <caption className="sr-only">{t('audit.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.time')}</th>
            <th scope="col">{t('audit.person')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>
                <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
              </td>
              <td>{e.actor?.name ?? t('common.system')}</td>
              <td>{t(`auditActions.${e.action}`, { defaultValue: e.action })}</td>
              <td>
                {t(`entityTypes.${e.entityType}`, { defaultValue: e.entityType })}
                {e.entityId && <span className="small-text"> {e.entityId}</span>}
              </td>
              <td>
                <Changes changes={e.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
