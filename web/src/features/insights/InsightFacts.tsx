import { useTranslation } from 'react-i18next';
import type { InsightRes } from '../../../../core/schemas/insights.js';
import { formatDate } from '../../i18n/format.js';
import { Swatch } from '../programmes/parts.js';

/**
 * What an insight is about and who sees it: focus areas, field, cohort, tags, visibility, author.
 * The author's name shows wherever the insight does: a shared insight is signed, so colleagues
 * know whom to ask about it, and a private one reaches no one but its author.
 */
export function InsightFacts({ insight }: { insight: InsightRes }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="aktion-facts">
      {insight.focusAreas.length > 0 && (
        <div>
          <dt>{t('insights.focusAreas')}</dt>
          <dd>
            <ul className="aktion-focus-list">
              {insight.focusAreas.map((a) => (
                <li key={a.id} className="aktion-focus-area">
                  <Swatch colour={a.colour} />
                  {a.name}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {insight.field && (
        <div>
          <dt>{t('insights.field')}</dt>
          <dd>{insight.field.name}</dd>
        </div>
      )}
      {insight.cohort && (
        <div>
          <dt>{t('insights.cohort')}</dt>
          <dd>{insight.cohort.name}</dd>
        </div>
      )}
      {insight.tags.length > 0 && (
        <div>
          <dt>{t('insights.tags')}</dt>
          <dd>
            <ul className="aktion-tag-list">
              {insight.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>{t('insights.visibleTo')}</dt>
        <dd>{t(`insights.visibility.${insight.visibility}`)}</dd>
      </div>
      <div>
        <dt>{t('insights.author')}</dt>
        <dd>{insight.mine ? t('insights.you') : insight.author.name}</dd>
      </div>
      {insight.sourceType && (
        <div>
          <dt>{t('insights.sourceLabel')}</dt>
          <dd>{t(`insights.source.${insight.sourceType}`)}</dd>
        </div>
      )}
      <div>
        <dt>{t('insights.changed')}</dt>
        <dd>{formatDate(insight.updatedAt, i18n.language)}</dd>
      </div>
    </dl>
  );
}
