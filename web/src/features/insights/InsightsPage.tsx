import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { InsightRes } from '../../../../core/schemas/insights.js';
import { InsightLimits } from '../../../../core/schemas/insights.js';
import { listInsights } from '../../api/insights.js';
import { Alert } from '../../components/Alert.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { SelectField } from '../../components/SelectField.js';
import { TextField } from '../../components/TextField.js';
import { messageOf } from '../organisation/labels.js';
import { InsightFacts } from './InsightFacts.js';
import {
  emptySearch,
  filterFromSearch,
  isFiltered,
  type LibrarySearch,
  paramsFromSearch,
  searchFromParams,
} from './libraryQuery.js';
import { useInsightOptions } from './useInsightOptions.js';
import '../programmes/programmes.css';
import './insights.css';

const PAGE = InsightLimits.pageDefault;
const START = 80;
const startOf = (s: string) => (s.length <= START ? s : `${s.slice(0, START - 1)}…`);

/** /indsigter: the insights library, searched in Danish and filtered; the search lives in the address. */
export function InsightsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const arrived = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const search = searchFromParams(params);
  const key = params.toString();
  const [draft, setDraft] = useState<LibrarySearch>(search);
  const { options } = useInsightOptions();
  const [items, setItems] = useState<InsightRes[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  // A new address (a search, or back and forward) loads the first page again.
  useEffect(() => {
    let cancelled = false;
    const current = searchFromParams(new URLSearchParams(key));
    setDraft(current);
    setItems(null);
    setError(null);
    listInsights(filterFromSearch(current, { limit: PAGE, offset: 0 }))
      .then((res) => {
        if (cancelled) return;
        setItems(res.items);
        setTotal(res.total);
      })
      .catch((err: unknown) => !cancelled && setError(messageOf(err)));
    return () => {
      cancelled = true;
    };
  }, [key]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(paramsFromSearch(draft));
  };
  const more = async () => {
    if (!items) return;
    setLoadingMore(true);
    try {
      const res = await listInsights(filterFromSearch(search, { limit: PAGE, offset: items.length }));
      setItems([...items, ...res.items]);
      setTotal(res.total);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setLoadingMore(false);
    }
  };
  const set = (patch: Partial<LibrarySearch>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <Page title={t('insights.title')}>
      <p>{t('insights.intro')}</p>
      <Notice notice={arrived.current} />
      <p>
        <Link className="button button-primary" to="/indsigter/ny">
          {t('insights.new')}
        </Link>
      </p>
      <section aria-labelledby="insight-search-heading" className="mt-6">
        <h2 id="insight-search-heading">{t('insights.searchHeading')}</h2>
        <form onSubmit={submit} noValidate>
          <TextField
            id="insight-q"
            type="text"
            label={t('insights.searchLabel')}
            hint={t('insights.searchHint')}
            value={draft.q}
            onChange={(q) => set({ q })}
            maxLength={InsightLimits.queryMax}
            autoComplete="off"
          />
          {options && (
            <div className="aktion-inline">
              <SelectField
                id="insight-focus-area"
                label={t('insights.focusArea')}
                value={draft.focusAreaId}
                onChange={(focusAreaId) => set({ focusAreaId })}
                options={[
                  { value: '', label: t('insights.anyFocusArea') },
                  ...options.focusAreas.map((a) => ({ value: a.id, label: a.name })),
                ]}
              />
              <SelectField
                id="insight-field"
                label={t('insights.field')}
                value={draft.fieldId}
                onChange={(fieldId) => set({ fieldId })}
                options={[
                  { value: '', label: t('insights.anyField') },
                  ...options.fields.map((f) => ({ value: f.id, label: f.name })),
                ]}
              />
              <SelectField
                id="insight-cohort"
                label={t('insights.cohort')}
                value={draft.cohortId}
                onChange={(cohortId) => set({ cohortId })}
                options={[
                  { value: '', label: t('insights.anyCohort') },
                  ...options.cohorts.map((c) => ({ value: c.id, label: c.name })),
                ]}
              />
            </div>
          )}
          <CheckboxField
            id="insight-mine"
            label={t('insights.mine')}
            checked={draft.mine}
            onChange={(mine) => set({ mine })}
          />
          <div className="aktion-actions mt-4">
            <button type="submit" className="button button-primary">
              {t('insights.search')}
            </button>
            {isFiltered(search) && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setParams(paramsFromSearch(emptySearch))}
              >
                {t('insights.clear')}
              </button>
            )}
          </div>
        </form>
      </section>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      <section aria-labelledby="insight-results-heading" className="mt-8">
        <h2 id="insight-results-heading" aria-live="polite">
          {items ? t('insights.results', { count: total }) : t('common.loading')}
        </h2>
        {items?.length === 0 && <p>{isFiltered(search) ? t('insights.none') : t('insights.empty')}</p>}
        {items && items.length > 0 && (
          <ul className="aktion-cards aktion-insights">
            {items.map((i) => (
              <li key={i.id}>
                <p className="aktion-insight-statement">{i.statement}</p>
                <InsightFacts insight={i} />
                <Link to={`/indsigter/${i.id}`}>
                  {t('insights.open')}
                  <span className="sr-only">{t('insights.openHidden', { start: startOf(i.statement) })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {items && items.length < total && (
          <div className="aktion-pager">
            <span className="aktion-pager-status">{t('insights.shown', { shown: items.length, total })}</span>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void more()}
              disabled={loadingMore}
            >
              {loadingMore ? t('insights.loadingMore') : t('insights.more')}
            </button>
          </div>
        )}
      </section>
    </Page>
  );
}
