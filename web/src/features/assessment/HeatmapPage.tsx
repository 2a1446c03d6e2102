import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BREAKDOWNS, type Breakdown } from '../../../../core/assessment/cells.js';
import type { Heatmap, RoundFilter, RoundSummary } from '../../../../core/schemas/assessment.js';
import { ApiError } from '../../api/client.js';
import { getHeatmap, getRound, type HeatmapParams, heatmapFileUrl, listRounds } from '../../api/rounds.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { BackLink } from '../programmes/parts.js';
import { type HeatmapChoice, HeatmapControls } from './HeatmapControls.js';
import { DimensionList, HeatmapLegend } from './HeatmapLegend.js';
import { HeatmapTable, type HeatmapView } from './HeatmapTable.js';
import { RoundNotReady, roundPath } from './roundParts.js';

/** The address keeps the choices, so a view can be shared or bookmarked. */
const PARAM = { breakdown: 'opdeling', filter: 'filter', compare: 'sammenlign', view: 'visning' } as const;
const NO_COMPARE = 'ingen';
const SHARES = 'andele';

/** The choice in the address; without `sammenlign`, the round's own comparison when it is closed. */
function choiceFrom(params: URLSearchParams, defaultCompare: string): HeatmapChoice {
  const b = params.get(PARAM.breakdown);
  const compare = params.get(PARAM.compare);
  return {
    breakdown: BREAKDOWNS.includes(b as Breakdown) ? (b as Breakdown) : 'unit',
    filter: params.get(PARAM.filter) ?? '',
    compare: compare === null ? defaultCompare : compare === NO_COMPARE ? '' : compare,
  };
}

const toParams = (c: HeatmapChoice): HeatmapParams => ({
  breakdown: c.breakdown,
  filter: c.filter || undefined,
  compare: c.compare || undefined,
});

type Problem = { kind: 'not_closed' } | { kind: 'unknown_filter' } | { kind: 'error'; message: string };

/**
 * /maalinger/:id/resultater: the released aggregates of a closed round as a heatmap, by the
 * breakdown, filter and comparison chosen, as scores or shares of answers; the same as files.
 */
export function HeatmapPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const load = useCallback((roundId: string) => getRound(roundId), []);
  const { value: round, missing, error } = useLoadById(id, load);
  const [others, setOthers] = useState<RoundSummary[] | null>(null);
  const [heatmap, setHeatmap] = useState<Heatmap | null>(null);
  const [filters, setFilters] = useState<RoundFilter[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let cancelled = false;
    listRounds()
      .then((l) => !cancelled && setOthers(l.rounds.filter((r) => r.status === 'closed' && r.id !== id)))
      .catch(() => !cancelled && setOthers([]));
    return () => {
      cancelled = true;
    };
  }, [id]);

  const defaultCompare =
    round?.compareRound && others?.some((r) => r.id === round.compareRound?.id) ? round.compareRound.id : '';
  const key = params.toString();
  const choice = useMemo(() => choiceFrom(new URLSearchParams(key), defaultCompare), [key, defaultCompare]);
  // Kept here as well as in the address, so the radio button follows the click at once.
  const [view, setViewState] = useState<HeatmapView>(params.get(PARAM.view) === SHARES ? 'shares' : 'score');
  const ready = round !== null && others !== null;

  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    setLoading(true);
    getHeatmap(id, toParams(choice))
      .then((h) => {
        if (cancelled) return;
        setHeatmap(h);
        setFilters(h.filters);
        setProblem(null);
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        setHeatmap(null);
        // The compared round may be the one not closed; then say what the server says.
        if (err instanceof ApiError && err.reason === 'round_not_closed' && round?.status !== 'closed')
          setProblem({ kind: 'not_closed' });
        else if (err instanceof ApiError && err.reason === 'unknown_filter')
          setProblem({ kind: 'unknown_filter' });
        else setProblem({ kind: 'error', message: messageOf(err) });
      })
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [id, ready, choice, round?.status]);

  if (missing || !round) return <RoundNotReady missing={missing} error={error} />;

  const apply = (next: HeatmapChoice) => {
    const p = new URLSearchParams();
    p.set(PARAM.breakdown, next.breakdown);
    if (next.filter) p.set(PARAM.filter, next.filter);
    p.set(PARAM.compare, next.compare || NO_COMPARE);
    if (view === 'shares') p.set(PARAM.view, SHARES);
    setParams(p);
  };
  const setView = (next: HeatmapView) => {
    setViewState(next);
    const p = new URLSearchParams(params);
    if (next === 'shares') p.set(PARAM.view, SHARES);
    else p.delete(PARAM.view);
    setParams(p, { replace: true });
  };
  const current = toParams(choice);

  return (
    <Page title={t('rounds.resultsTitle', { name: round.name })}>
      <BackLink to={roundPath(round.id)}>{t('rounds.resultsBack', { name: round.name })}</BackLink>
      {problem?.kind === 'not_closed' ? (
        <Alert variant="info" heading={t('rounds.notClosedTitle')}>
          <p>{t('rounds.resultsNotYet')}</p>
        </Alert>
      ) : (
        <>
          <p className="aktion-heat-intro">{t('rounds.resultsIntro', { k: heatmap?.round.k ?? round.k })}</p>
          <HeatmapControls
            choice={choice}
            filters={filters}
            compareRounds={others ?? []}
            view={view}
            onApply={apply}
            onView={setView}
          />
          {problem?.kind === 'unknown_filter' && (
            <Alert variant="warning">
              <p>{t('rounds.unknownFilter')}</p>
            </Alert>
          )}
          {problem?.kind === 'error' && (
            <Alert variant="error">
              <p>{problem.message}</p>
            </Alert>
          )}
          <div aria-live="polite" className="sr-only">
            {loading ? t('common.loading') : ''}
          </div>
          {!heatmap && !problem && <p>{t('common.loading')}</p>}
          {heatmap && (
            <div aria-busy={loading}>
              <HeatmapLegend heatmap={heatmap} view={view} />
              {heatmap.rows.length === 0 ? (
                <p>{t('rounds.noRows')}</p>
              ) : (
                <HeatmapTable heatmap={heatmap} view={view} />
              )}
              <DimensionList heatmap={heatmap} />
              <section aria-labelledby="heatmap-downloads-heading" className="mt-8">
                <h2 id="heatmap-downloads-heading" className="h3">
                  {t('rounds.downloadsHeading')}
                </h2>
                <p>{t('rounds.downloadsIntro')}</p>
                <ul className="nobullet-list">
                  {(['xlsx', 'csv'] as const).map((format) => (
                    <li key={format}>
                      <a className="function-link" href={heatmapFileUrl(round.id, format, current)} download>
                        <Icon name="download" />
                        {format === 'csv' ? t('rounds.downloadCsv') : t('rounds.downloadXlsx')}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
