import { useTranslation } from 'react-i18next';
import type { ImportChange } from '../../../../core/schemas/imports.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import { SHOWN_ROWS } from './summary.js';

interface ChangeTableProps {
  /** The table's name (also the summary of its <details>). */
  caption: string;
  rows: readonly ImportChange[];
  /** Show each field before → after (changed, moved, returned). */
  showFields: boolean;
}

type FieldChange = ImportChange['fields'][number];

function useValue() {
  const { t, i18n } = useTranslation();
  return (field: string, value: string | null): string => {
    if (value === null || value === '') return t('imports.empty');
    if (field === 'level') return t(`levels.${value}` as 'levels.leder', { defaultValue: value });
    if (field === 'kind') return t(`unitKinds.${value}` as 'unitKinds.team', { defaultValue: value });
    if (field === 'left' || field === 'ended') return formatDate(value, i18n.language);
    return value;
  };
}

function Fields({ fields }: { fields: readonly FieldChange[] }) {
  const { t } = useTranslation();
  const value = useValue();
  return (
    <ul className="aktion-changes nobullet-list">
      {fields.map((f) => (
        <li key={f.field}>
          <strong>
            {t(`imports.fieldNames.${f.field}` as 'imports.fieldNames.name', { defaultValue: f.field })}:
          </strong>{' '}
          {value(f.field, f.from)}
          <span aria-hidden="true"> → </span>
          <span className="sr-only"> {t('imports.changeTo')} </span>
          {value(f.field, f.to)}
        </li>
      ))}
    </ul>
  );
}

/** One category of a dry run (e.g. "Nye personer") as a table in a DKFDS details; the first 100 rows. */
export function ChangeTable({ caption, rows, showFields }: ChangeTableProps) {
  const { t, i18n } = useTranslation();
  const shown = rows.slice(0, SHOWN_ROWS);
  const hasLines = rows.some((r) => r.line !== null);
  return (
    <details className="details">
      <summary className="details-summary">{caption}</summary>
      <div className="details-text">
        {rows.length > shown.length && (
          <p>
            {t('imports.firstOf', {
              shown: formatNumber(shown.length, i18n.language),
              total: formatNumber(rows.length, i18n.language),
            })}
          </p>
        )}
        <div className="aktion-table-wrapper">
          <table className="table table--zebra table--compact">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {hasLines && <th scope="col">{t('imports.line')}</th>}
                <th scope="col">{t('imports.externalId')}</th>
                <th scope="col">{t('imports.name')}</th>
                {showFields && <th scope="col">{t('imports.changes')}</th>}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={`${r.externalId}:${r.line ?? ''}`}>
                  {hasLines && <td>{r.line ?? ''}</td>}
                  <td className="aktion-break">{r.externalId}</td>
                  <th scope="row">{r.name}</th>
                  {showFields && (
                    <td>
                      <Fields fields={r.fields} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </details>
  );
}
