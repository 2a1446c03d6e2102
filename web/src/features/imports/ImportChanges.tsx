import { useTranslation } from 'react-i18next';
import type { ImportBatchRes, ImportChange } from '../../../../core/schemas/imports.js';
import { formatNumber } from '../../i18n/format.js';
import { ChangeTable } from './ChangeTable.js';
import { categoriesOf, entitiesOf } from './summary.js';

/** The dry run's rows, one closed details per category with rows, so the page stays short. */
export function ImportChanges({ batch }: { batch: ImportBatchRes }) {
  const { t, i18n } = useTranslation();
  const groups = entitiesOf(batch.kind).flatMap((entity) =>
    categoriesOf(entity).map((category) => {
      const rows = (batch[entity] as Record<string, ImportChange[]>)[category] ?? [];
      return { entity, category, rows };
    }),
  );
  const shown = groups.filter((g) => g.rows.length > 0);
  if (shown.length === 0) return null;
  return (
    <>
      <h3>{t('imports.detailsHeading')}</h3>
      {shown.map(({ entity, category, rows }) => (
        <ChangeTable
          key={`${entity}-${category}`}
          caption={t(`imports.changeGroups.${entity}.${category}` as 'imports.changeGroups.people.created', {
            n: formatNumber(rows.length, i18n.language),
          })}
          rows={rows}
          showFields={category === 'changed' || category === 'moved' || category === 'returned'}
        />
      ))}
    </>
  );
}
