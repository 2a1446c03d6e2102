import { useTranslation } from 'react-i18next';
import type { ImportBatchSummary } from '../../api/imports.js';
import { Alert } from '../../components/Alert.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';
import { categoriesOf, entitiesOf } from './summary.js';

/** "3 nye, 1 ændrede, 2 fratrådte": everything but the unchanged, units and people together. */
function useCountsText() {
  const { t, i18n } = useTranslation();
  return (batch: ImportBatchSummary): string => {
    const totals = new Map<string, number>();
    for (const entity of entitiesOf(batch.kind)) {
      const counts = batch.counts[entity] as Record<string, number>;
      for (const c of categoriesOf(entity)) totals.set(c, (totals.get(c) ?? 0) + (counts[c] ?? 0));
    }
    const n = (value: number) => formatNumber(value, i18n.language);
    const parts = [...totals]
      .filter(([, count]) => count > 0)
      .map(([c, count]) => t(`imports.countParts.${c}` as 'imports.countParts.created', { n: n(count) }));
    if (batch.counts.problems > 0)
      parts.push(
        t('imports.countParts.problems', { count: batch.counts.problems, n: n(batch.counts.problems) }),
      );
    return parts.length > 0 ? parts.join(', ') : t('imports.countParts.none');
  };
}

interface ImportHistoryProps {
  items: readonly ImportBatchSummary[] | null;
  error: string | null;
}

/** "Tidligere importer": the latest 50, newest first. */
export function ImportHistory({ items, error }: ImportHistoryProps) {
  const { t, i18n } = useTranslation();
  const countsText = useCountsText();
  const kindName = {
    units: t('imports.kindUnits'),
    people: t('imports.kindPeople'),
    os2mo: t('imports.kindOs2mo'),
  };
  return (
    <section aria-labelledby="import-history-heading" className="mt-8">
      <h2 id="import-history-heading">{t('imports.historyHeading')}</h2>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {items === null && !error && <p>{t('common.loading')}</p>}
      {items?.length === 0 && <p>{t('imports.historyEmpty')}</p>}
      {items && items.length > 0 && (
        <div className="aktion-table-wrapper">
          <table className="table table--zebra table--compact">
            <caption className="sr-only">{t('imports.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.time')}</th>
                <th scope="col">{t('imports.fileName')}</th>
                <th scope="col">{t('imports.kindColumn')}</th>
                <th scope="col">{t('imports.status')}</th>
                <th scope="col">{t('imports.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((b) => (
                <tr key={b.id}>
                  <td>
                    <time dateTime={b.appliedAt ?? b.createdAt}>
                      {formatDateTime(b.appliedAt ?? b.createdAt, i18n.language)}
                    </time>
                  </td>
                  <td className="aktion-break">{b.fileName}</td>
                  <td>{kindName[b.kind]}</td>
                  <td>{t(`imports.statuses.${b.status}`)}</td>
                  <td>{countsText(b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
