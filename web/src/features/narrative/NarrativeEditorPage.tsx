import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NarrativeReadingRes, NarrativeVersionRes } from '../../../../core/schemas/narrative.js';
import type { FocusAreaRes } from '../../../../core/schemas/programmes.js';
import { ApiError } from '../../api/client.js';
import { createNarrativeDraft, getNarrative, getNarrativeVersion } from '../../api/narrative.js';
import { listFocusAreas } from '../../api/programmes.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { messageOf } from '../organisation/labels.js';
import { NarrativeDraftEditor } from './NarrativeDraftEditor.js';
import { NarrativeVersions } from './NarrativeVersions.js';
import { TITLE_ID } from './narrativeDraft.js';
import './narrative.css';

const NEW_DRAFT_ID = 'narrative-new-draft';

interface Loaded {
  reading: NarrativeReadingRes;
  focusAreas: FocusAreaRes[];
  draft: NarrativeVersionRes | null;
}

/** /fortaelling/rediger (administrators): the draft of the narrative, publishing, and the versions. */
export function NarrativeEditorPage() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [creating, setCreating] = useState(false);
  // After a change that re-draws the page, focus goes here once it has loaded.
  const [focusAfterLoad, setFocusAfterLoad] = useState<string | null>(null);

  const load = useCallback(() => {
    (async () => {
      const [reading, focusAreas] = await Promise.all([getNarrative(), listFocusAreas()]);
      const draft = reading.draft ? await getNarrativeVersion(reading.draft.id) : null;
      return { reading, focusAreas, draft };
    })()
      .then((l) => {
        setLoaded(l);
        setError(null);
      })
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);
  useEffect(load, [load]);

  useEffect(() => {
    if (!loaded || !focusAfterLoad) return;
    document.getElementById(focusAfterLoad)?.focus();
    setFocusAfterLoad(null);
  }, [loaded, focusAfterLoad]);

  /** The versions list and the question count again, without starting the editor afresh. */
  const refreshReading = () => {
    getNarrative()
      .then((reading) => setLoaded((l) => (l ? { ...l, reading } : l)))
      .catch(() => undefined);
  };

  const create = async () => {
    setCreating(true);
    try {
      await createNarrativeDraft();
      setNotice({ variant: 'success', text: t('narrative.editor.created') });
      setFocusAfterLoad(TITLE_ID);
    } catch (err) {
      // Someone made one a moment ago: open theirs.
      if (!(err instanceof ApiError && err.reason === 'draft_exists'))
        setNotice({ variant: 'error', text: messageOf(err) });
    } finally {
      setCreating(false);
      load();
    }
  };

  const reading = loaded?.reading;
  const newest = reading?.published ?? null;
  return (
    <Page title={t('narrative.editor.title')}>
      <p>{t('narrative.editor.intro')}</p>
      <p>
        <Link to="/fortaelling">{t('narrative.editor.read')}</Link>
      </p>
      <Notice notice={notice} />
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!loaded || !reading ? (
        !error && <p>{t('common.loading')}</p>
      ) : (
        <>
          <p>
            {reading.openQuestions > 0 ? (
              <Link to="/fortaelling">
                {t('narrative.editor.openQuestions', { count: reading.openQuestions })}
              </Link>
            ) : (
              t('narrative.editor.noOpenQuestions')
            )}
          </p>
          {loaded.draft ? (
            <section aria-labelledby="narrative-draft-heading">
              <h2 id="narrative-draft-heading">
                {t('narrative.editor.draftHeading', { version: loaded.draft.version })}
              </h2>
              <NarrativeDraftEditor
                key={loaded.draft.id}
                version={loaded.draft}
                focusAreas={loaded.focusAreas}
                onSaved={() => {
                  setNotice({ variant: 'success', text: t('narrative.editor.saved') });
                  refreshReading();
                }}
                onPublished={(v) => {
                  setNotice({
                    variant: 'success',
                    text: t('narrative.editor.published', { version: v.version }),
                  });
                  setFocusAfterLoad(NEW_DRAFT_ID);
                  load();
                }}
                onDeleted={() => {
                  setNotice({ variant: 'success', text: t('narrative.editor.deleted') });
                  setFocusAfterLoad(NEW_DRAFT_ID);
                  load();
                }}
                onGone={() => {
                  setNotice({ variant: 'warning', text: t('narrative.editor.goneNotice') });
                  load();
                }}
              />
            </section>
          ) : (
            <section aria-labelledby="narrative-new-heading">
              <h2 id="narrative-new-heading">{t('narrative.editor.newHeading')}</h2>
              <p id="narrative-new-hint">
                {newest
                  ? t('narrative.editor.newFrom', { version: newest.version })
                  : t('narrative.editor.newFirst')}
              </p>
              <button
                id={NEW_DRAFT_ID}
                type="button"
                className="button button-primary"
                disabled={creating}
                aria-describedby="narrative-new-hint"
                onClick={() => void create()}
              >
                {t('narrative.editor.create')}
              </button>
            </section>
          )}
          <NarrativeVersions versions={reading.versions} />
        </>
      )}
    </Page>
  );
}
