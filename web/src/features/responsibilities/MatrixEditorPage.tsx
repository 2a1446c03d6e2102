import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import type {
  MatrixOverviewRes,
  MatrixVersionRes,
  ResponsibilityGroupRes,
} from '../../../../core/schemas/responsibilities.js';
import { ApiError } from '../../api/client.js';
import {
  createMatrixDraft,
  getMatrixOverview,
  getMatrixVersion,
  listResponsibilityGroups,
} from '../../api/responsibilities.js';
import { listUnits } from '../../api/units.js';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { GroupsSection } from './GroupsSection.js';
import { MatrixEditor } from './MatrixEditor.js';
import { VersionsSection } from './VersionsSection.js';
import './responsibilities.css';

type Message = { kind: 'created' | 'saved' | 'deleted' } | { kind: 'published'; version: number } | null;

/** /ansvar/rediger (administrators): start a draft, edit, check, save and publish it; groups; versions. */
export function MatrixEditorPage() {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<MatrixOverviewRes | null>(null);
  const [draft, setDraft] = useState<MatrixVersionRes | null>(null);
  const [groups, setGroups] = useState<ResponsibilityGroupRes[]>([]);
  const [units, setUnits] = useState<UnitRes[]>([]);
  // A fresh editor after a reload (its own state starts from the loaded draft).
  const [editorKey, setEditorKey] = useState(0);
  const [message, setMessage] = useState<Message>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = useCallback((err: unknown) => setError(messageOf(err)), []);
  const loadOverview = useCallback(async () => {
    const next = await getMatrixOverview();
    setOverview(next);
    return next;
  }, []);
  const loadGroups = useCallback(() => listResponsibilityGroups().then(setGroups), []);

  /** Everything afresh: the overview, and the draft (if any) in a new editor. */
  const reload = useCallback(async () => {
    const next = await loadOverview();
    setDraft(next.draft ? await getMatrixVersion(next.draft.id) : null);
    setEditorKey((k) => k + 1);
  }, [loadOverview]);

  useEffect(() => {
    Promise.all([reload(), loadGroups(), listUnits().then(setUnits)]).catch(fail);
  }, [reload, loadGroups, fail]);

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      setDraft(await createMatrixDraft());
      setEditorKey((k) => k + 1);
      setMessage({ kind: 'created' });
      await loadOverview();
    } catch (err) {
      // Someone else made one meanwhile: open theirs.
      if (err instanceof ApiError && err.reason === 'draft_exists') await reload().catch(fail);
      else fail(err);
    } finally {
      setBusy(false);
    }
  };

  const newest = overview?.published ?? null;

  return (
    <Page title={t('responsibilities.editor.title')}>
      <p>
        <Link className="back-link" to="/ansvar">
          <Icon name="chevron-left" />
          {t('responsibilities.editor.back')}
        </Link>
      </p>
      <p>{t('responsibilities.editor.intro')}</p>
      <div aria-live="polite" aria-atomic="true">
        {message?.kind === 'published' ? (
          <Alert variant="success">
            <p>
              {t('responsibilities.editor.publish.published', { version: message.version })}{' '}
              <Link to="/ansvar">{t('responsibilities.editor.publish.seePublished')}</Link>
            </p>
          </Alert>
        ) : message ? (
          <Alert variant="success">
            <p>
              {t(
                `responsibilities.editor.${message.kind === 'created' ? 'start.created' : message.kind === 'saved' ? 'saved' : 'remove.deleted'}`,
              )}
            </p>
          </Alert>
        ) : null}
      </div>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!overview ? (
        !error && <p>{t('common.loading')}</p>
      ) : draft ? (
        <MatrixEditor
          key={`${draft.id}:${editorKey}`}
          version={draft}
          units={units}
          groups={groups}
          onSaved={(saved) => {
            setMessage({ kind: 'saved' });
            setOverview(
              (o) =>
                o && {
                  ...o,
                  versions: o.versions.map((v) =>
                    v.id === saved.id ? { ...v, updatedAt: saved.updatedAt } : v,
                  ),
                },
            );
          }}
          onPublished={(published) => {
            setMessage({ kind: 'published', version: published.version });
            setDraft(null);
            void loadOverview().catch(fail);
          }}
          onDeleted={() => {
            setMessage({ kind: 'deleted' });
            setDraft(null);
            void loadOverview().catch(fail);
          }}
          onReload={() => {
            setMessage(null);
            void reload().catch(fail);
          }}
        />
      ) : (
        <section aria-labelledby="matrix-start-heading">
          <h2 id="matrix-start-heading">{t('responsibilities.editor.start.heading')}</h2>
          <p id="matrix-start-hint">
            {newest
              ? t('responsibilities.editor.start.fromVersion', { version: newest.version })
              : t('responsibilities.editor.start.fromStarter')}
          </p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void create()}
            disabled={busy}
            aria-describedby="matrix-start-hint"
          >
            {t('responsibilities.editor.start.button')}
          </button>
        </section>
      )}
      {overview && (
        <>
          <GroupsSection groups={groups} onChanged={() => void loadGroups().catch(fail)} />
          <VersionsSection versions={overview.versions} />
        </>
      )}
    </Page>
  );
}
