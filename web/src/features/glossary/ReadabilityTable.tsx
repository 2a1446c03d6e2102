import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lixBand } from '../../../../core/plain-language/lix.js';
import type { ReadabilityItem } from '../../../../core/schemas/glossary.js';
import { Icon } from '../../components/Icon.js';

const COLUMNS = ['text', 'type', 'where', 'lix', 'target', 'over', 'unexplained', 'edit'] as const;
type Column = (typeof COLUMNS)[number];

/** The organisation's texts with their LIX against the target, one row each (stacked on a phone). */
export function ReadabilityTable({ items }: { items: readonly ReadabilityItem[] }) {
  const { t } = useTranslation();
  const col = (key: Column) => t(`readability.col.${key}`);
  return (
    <div className="aktion-table-wrapper">
      <table className="table table--compact table--responsive-headers aktion-readability-table">
        <caption>{t('readability.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {col(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.path}:${item.textType}:${item.title}`}>
              <th scope="row">{item.title}</th>
              <td data-title={col('type')}>{t(`readability.textTypes.${item.textType}`)}</td>
              <td data-title={col('where')}>{item.context ?? '–'}</td>
              <td data-title={col('lix')}>
                {t('readability.lixWithBand', {
                  lix: item.lix,
                  band: t(`readability.bands.${lixBand(item.lix)}`),
                })}
              </td>
              <td data-title={col('target')}>{item.target}</td>
              <td data-title={col('over')}>
                {item.overTarget ? (
                  <strong>
                    <Icon name="warning" className="aktion-inline-icon" />
                    {t('readability.yes')}
                  </strong>
                ) : (
                  t('readability.no')
                )}
              </td>
              <td data-title={col('unexplained')}>
                {item.unexplainedTerms.length ? item.unexplainedTerms.join(', ') : t('readability.noTerms')}
              </td>
              <td data-title={col('edit')}>
                <Link to={item.path}>
                  {t('readability.editLink')}
                  <span className="sr-only">: {item.title}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
