import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { InsightRes, InsightVersionRes } from '../../../../core/schemas/insights.js';
import { deleteInsight, getInsight, getInsightVersions, updateInsight } from '../../api/insights.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { formatDateTime } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';
import { InsightFacts } from './InsightFacts.js';
import { InsightForm } from './InsightForm.js';
import { insightToForm, toUpdateInsightBody } from './insightForm.js';
import { useInsightOptions } from './useInsightOptions.js';
import '../programmes/programmes.css';
import './insights.css';

/** /indsigter/:id: one insight, its history, and for its author: edit (versioned) and delete. */
export function InsightPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const arrived = useRef((location.state as { notice?: NoticeMessage } | null)?.notice ?? null);
  const { value: insight, setValue, missing, error } = useLoadById(id, getInsight);
  const [versions, setVersions] = useState<InsightVersionRes[] | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(arrived.current);
  const [editing, setEditing] = useState(false);
  const [stale, setStale] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const { options } = useInsightOptions(insight?.mine === true);

  const loadVersions = useCallback(() => {
    getInsightVersions(id)
      .then((v) => setVersions(v.items))
      .catch(() => setVersions([]));
  }, [id]);
  useEffect(loadVersions, [loadVersions]);

  const reload = async () => {
    try {
      setValue(await getInsight(id));
      setStale(null);
      loadVersions();
    } catch (err) {
      setActionError(messageOf(err));
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      await deleteInsight(id);
      navigate('/indsigter', {
        state: { notice: { variant: 'success', text: t('insights.detail.deleted') } },
      });
    } catch (err) {
      setActionError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <Page title={t('insights.detail.title')}>
      <p>
        <Link to="/indsigter">{t('insights.detail.back')}</Link>
      </p>
      <Notice notice={notice} />
      {missing && <p>{t('insights.detail.missing')}</p>}
      {(error || actionError) && (
        <Alert variant="error">
          <p>{error ?? actionError}</p>
        </Alert>
      )}
      {!insight && !missing && !error && <p>{t('common.loading')}</p>}
      {insight && (
        <>
          <p className="aktion-insight-statement aktion-insight-statement--large">{insight.statement}</p>
          <InsightFacts insight={insight} />
          {stale && (
            <Alert variant="error" heading={t('insights.detail.staleHeading')}>
              <p>{stale}</p>
              <button type="button" className="button button-secondary" onClick={() => void reload()}>
                {t('insights.detail.reload')}
              </button>
            </Alert>
          )}
          {insight.mine && !editing && !confirmDelete && (
            <div className="aktion-actions mt-4">
              <button type="button" className="button button-primary" onClick={() => setEditing(true)}>
                {t('insights.detail.edit')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setConfirmDelete(true)}
              >
                {t('insights.detail.delete')}
              </button>
            </div>
          )}
          {confirmDelete && (
            <ConfirmBox
              question={t('insights.detail.deleteQuestion')}
              confirmLabel={t('insights.detail.deleteConfirm')}
              onConfirm={() => void remove()}
              onCancel={() => setConfirmDelete(false)}
              busy={busy}
            />
          )}
          {editing && options && (
            <section aria-labelledby="insight-edit-heading" className="mt-6">
              <h2 id="insight-edit-heading">{t('insights.form.editHeading')}</h2>
              <InsightForm
                key={insight.version}
                initial={insightToForm(insight)}
                options={options}
                cohortChoice="fixed"
                submitLabel={t('insights.form.save')}
                onStale={setStale}
                onCancel={() => setEditing(false)}
                onSubmit={async (state) => {
                  const saved: InsightRes = await updateInsight(
                    id,
                    toUpdateInsightBody(state, insight.version),
                  );
                  setValue(saved);
                  setEditing(false);
                  setStale(null);
                  setNotice({
                    variant: 'success',
                    text: t('insights.form.saved', { version: saved.version }),
                  });
                  loadVersions();
                }}
              />
            </section>
          )}
          <History versions={versions} current={insight.version} />
        </>
      )}
    </Page>
  );
}

function History({ versions, current }: { versions: InsightVersionRes[] | null; current: number }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="insight-history-heading" className="mt-8">
      <h2 id="insight-history-heading">{t('insights.detail.historyHeading')}</h2>
      <p>{t('insights.detail.historyIntro')}</p>
      {!versions && <p>{t('common.loading')}</p>}
      {versions && (
        <ol className="aktion-versions">
          {versions.map((v) => {
            const date = formatDateTime(v.createdAt, i18n.language);
            return (
              <li key={v.version}>
                <h3>
                  {t('insights.detail.version', { version: v.version })}
                  {v.version === current && ` ${t('insights.detail.current')}`}
                </h3>
                <p>
                  {v.editedBy
                    ? t('insights.detail.savedBy', { date, name: v.editedBy })
                    : t('insights.detail.savedAt', { date })}
                  {' · '}
                  {t('insights.visibleTo')}: {t(`insights.visibility.${v.visibility}`)}
                </p>
                <p className="aktion-insight-statement">{v.statement}</p>
                {(v.tags.length > 0 || v.focusAreas.length > 0 || v.field) && (
                  <p>
                    {[...v.focusAreas.map((a) => a.name), v.field?.name, ...v.tags]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
