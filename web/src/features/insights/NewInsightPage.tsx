import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { InsightSourceRes } from '../../../../core/schemas/insights.js';
import { createInsight, getInsightSource } from '../../api/insights.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { formatDate } from '../../i18n/format.js';
import { InsightForm } from './InsightForm.js';
import { emptyInsight, parseSourceParam, toCreateInsightBody } from './insightForm.js';
import { useInsightOptions } from './useInsightOptions.js';
import './insights.css';

/**
 * /indsigter/ny: write an insight. Other pages link here with the source filled in:
 * `?kilde=journal_entry:<id>`, `?kilde=project:<id>` or `?kilde=meeting:<id>`.
 */
export function NewInsightPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const wanted = parseSourceParam(params.get('kilde'));
  const { options, error } = useInsightOptions();
  // undefined: still loading; null: no source (none asked for, or not one the author may use).
  const [source, setSource] = useState<InsightSourceRes | null | undefined>(wanted ? undefined : null);
  const [sourceMissing, setSourceMissing] = useState(false);
  const sourceKey = wanted ? `${wanted.type}:${wanted.id}` : '';

  useEffect(() => {
    const w = parseSourceParam(sourceKey || null);
    if (!w) return setSource(null);
    let cancelled = false;
    getInsightSource(w.type, w.id)
      .then((s) => !cancelled && setSource(s))
      .catch(() => {
        if (cancelled) return;
        setSource(null);
        setSourceMissing(true);
      });
    return () => {
      cancelled = true;
    };
  }, [sourceKey]);

  return (
    <Page title={t('insights.form.newTitle')}>
      <p>
        <Link to="/indsigter">{t('insights.detail.back')}</Link>
      </p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {sourceMissing && (
        <Alert variant="warning">
          <p>{t('insights.form.sourceMissing')}</p>
        </Alert>
      )}
      {source && <SourceBox source={source} />}
      {(!options || source === undefined) && !error && <p>{t('common.loading')}</p>}
      {options && source !== undefined && (
        <InsightForm
          initial={emptyInsight(source?.cohort.id ?? '')}
          options={options}
          cohortChoice={source ? 'fixed' : 'select'}
          fixedInSet={source?.inSet}
          submitLabel={t('insights.form.save')}
          onSubmit={async (state) => {
            const made = await createInsight(
              toCreateInsightBody(state, source ? { type: source.sourceType, id: source.sourceId } : null),
            );
            navigate(`/indsigter/${made.id}`, {
              state: { notice: { variant: 'success', text: t('insights.form.created') } },
            });
          }}
        />
      )}
    </Page>
  );
}

/** What the insight is made from, as its author sees it. */
function SourceBox({ source }: { source: InsightSourceRes }) {
  const { t, i18n } = useTranslation();
  const what = [
    t(`insights.source.${source.sourceType}`),
    source.phase ? t(`insights.phase.${source.phase}`, { defaultValue: source.phase }) : null,
    source.title,
    source.date ? formatDate(source.date, i18n.language) : null,
  ].filter(Boolean);
  return (
    <section aria-labelledby="insight-source-heading" className="mb-6">
      <h2 id="insight-source-heading" className="h3">
        {t('insights.form.sourceHeading')}
      </h2>
      <p>{what.join(' · ')}</p>
      <blockquote className="aktion-insight-statement">{source.excerpt}</blockquote>
      <p>{t('insights.form.sourceCohort', { name: source.cohort.name })}</p>
    </section>
  );
}
