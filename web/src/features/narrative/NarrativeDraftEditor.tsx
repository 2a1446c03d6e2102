import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrativeLimits, type NarrativeVersionRes } from '../../../../core/schemas/narrative.js';
import type { FocusAreaRes } from '../../../../core/schemas/programmes.js';
import { ApiError } from '../../api/client.js';
import { getNarrativeVersion, saveNarrativeDraft } from '../../api/narrative.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { DraftActions } from './DraftActions.js';
import {
  ADD_PART_ID,
  addPart,
  type DraftProblem,
  fieldIdForPath,
  fromDocument,
  isDirty,
  type NarrativeDraft,
  type PartDraft,
  partFieldId,
  TITLE_ID,
  toRequest,
  unsavedParts,
  validateDraft,
} from './narrativeDraft.js';
import { PartEditor } from './PartEditor.js';
import { SaveTrouble, type Trouble } from './SaveTrouble.js';

interface Props {
  version: NarrativeVersionRes;
  focusAreas: FocusAreaRes[];
  onSaved: (version: NarrativeVersionRes) => void;
  onPublished: (version: NarrativeVersionRes) => void;
  onDeleted: () => void;
  /** The draft was published or deleted elsewhere: load the page afresh. */
  onGone: () => void;
}

/** The draft: title and parts in order, saved whole with the revision it started from. */
export function NarrativeDraftEditor({
  version,
  focusAreas,
  onSaved,
  onPublished,
  onDeleted,
  onGone,
}: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [revision, setRevision] = useState(version.revision);
  const [saved, setSaved] = useState<NarrativeDraft>(() => fromDocument(version.document));
  const [draft, setDraft] = useState<NarrativeDraft>(saved);
  const [busy, setBusy] = useState(false);
  const [trouble, setTrouble] = useState<Trouble>(null);
  const [leftover, setLeftover] = useState<{ title: string | null; parts: PartDraft[] } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const dirty = isDirty(draft, saved);

  // Moving or removing re-orders the page; focus goes to the control that fits.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  // The browser asks before leaving the page with unsaved changes.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const describe = (p: DraftProblem): FieldError => ({
    id: p.id,
    message: t(`narrative.editor.problems.${p.problem}`, {
      part: p.part,
      max: NarrativeLimits.principlesMax,
    }),
  });

  /** After a save the server's document is the truth; local ids stay so focus and panels stay put. */
  const adopt = (result: NarrativeVersionRes, ids: string[]) => {
    const next = fromDocument(result.document);
    next.parts = next.parts.map((p, i) => ({ ...p, id: ids[i] ?? p.id }));
    next.nextId = draft.nextId;
    setRevision(result.revision);
    setSaved(next);
    setDraft(next);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setTrouble(null);
    const problems = validateDraft(draft);
    if (problems.length) return form.show(problems.map(describe));
    const sent = draft;
    setBusy(true);
    try {
      const result = await saveNarrativeDraft(version.id, toRequest(sent, revision));
      adopt(
        result,
        sent.parts.map((p) => p.id),
      );
      form.clear();
      onSaved(result);
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'stale_edit') setTrouble({ kind: 'stale' });
      else if (err instanceof ApiError && (err.reason === 'version_published' || err.status === 404))
        setTrouble({ kind: 'gone' });
      else if (err instanceof ApiError && Object.keys(err.fields).length > 0)
        form.show(
          Object.entries(err.fields).map(([path, message]) => ({ id: fieldIdForPath(path, sent), message })),
        );
      else setTrouble({ kind: 'error', message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  /** Loads the newest saved draft; what the user wrote and did not save stays on screen to copy. */
  const loadNewest = async () => {
    try {
      const newest = await getNarrativeVersion(version.id);
      if (newest.status !== 'draft') return onGone();
      const theirs = fromDocument(newest.document);
      const parts = unsavedParts(draft, theirs);
      const title = draft.title.trim() !== theirs.title.trim() ? draft.title : null;
      setLeftover(parts.length > 0 || title !== null ? { title, parts } : null);
      theirs.nextId = draft.nextId;
      setRevision(newest.revision);
      setSaved(theirs);
      setDraft(theirs);
      setTrouble(null);
      form.clear();
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) onGone();
      else setTrouble({ kind: 'error', message: messageOf(err) });
    }
  };

  const count = draft.parts.length;
  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <SaveTrouble
        trouble={trouble}
        leftover={leftover}
        onLoadNewest={() => void loadNewest()}
        onReload={onGone}
        onDismissLeftover={() => setLeftover(null)}
      />
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
      <form onSubmit={save} noValidate>
        <TextField
          id={TITLE_ID}
          label={t('narrative.editor.titleField')}
          value={draft.title}
          onChange={(title) => setDraft((d) => ({ ...d, title }))}
          error={form.errorFor(TITLE_ID)}
          maxLength={NarrativeLimits.titleMax}
          autoComplete="off"
          inputClassName="input-width-xl"
          required
        />
        <h2 className="mt-8">{t('narrative.editor.partsHeading')}</h2>
        <p>{t('narrative.editor.partsIntro')}</p>
        {count === 0 && <p>{t('narrative.editor.noParts')}</p>}
        {draft.parts.map((part, index) => (
          <PartEditor
            key={part.id}
            part={part}
            index={index}
            count={count}
            focusAreas={focusAreas}
            errorFor={form.errorFor}
            onDraft={setDraft}
            onAnnounce={setAnnouncement}
            onFocus={setFocusId}
          />
        ))}
        {count < NarrativeLimits.partsMax && (
          <button
            id={ADD_PART_ID}
            type="button"
            className="button button-secondary mt-6"
            onClick={() => {
              const { draft: next, part } = addPart(draft);
              setDraft(next);
              setFocusId(partFieldId(part, 'headline'));
            }}
          >
            {t('narrative.editor.addPart')}
          </button>
        )}
        <div className="aktion-narrative-save-bar">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('narrative.editor.saving') : t('narrative.editor.save')}
          </button>
          {dirty && <p>{t('narrative.editor.unsaved')}</p>}
        </div>
      </form>
      <DraftActions
        version={version}
        revision={revision}
        dirty={dirty}
        onPublished={onPublished}
        onDeleted={onDeleted}
        onGone={onGone}
        onStale={() => setTrouble({ kind: 'stale' })}
      />
    </>
  );
}
