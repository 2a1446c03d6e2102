import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../../../core/organisation.js';
import {
  type FocusAreaRes,
  ProgrammeLimits,
  type ProgrammeVersionRes,
} from '../../../../core/schemas/programmes.js';
import { ApiError } from '../../api/client.js';
import { publishVersion, saveVersion } from '../../api/programmes.js';
import { Alert } from '../../components/Alert.js';
import { CheckboxGroup } from '../../components/CheckboxGroup.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { TrackEditor } from './TrackEditor.js';
import {
  ADD_TRACK_ID,
  addTrack,
  type DraftProblem,
  fieldIdFor,
  fromVersion,
  isDirty,
  toRequest,
  trackFieldId,
  VERSION_LEVELS_ID,
  VERSION_NAME_ID,
  type VersionDraft,
  validateDraft,
} from './versionEditor.js';

interface VersionEditorProps {
  version: ProgrammeVersionRes;
  focusAreas: FocusAreaRes[];
  onSaved: (version: ProgrammeVersionRes) => void;
  onPublished: (version: ProgrammeVersionRes) => void;
  /** Fetches the newest edition and starts the editor afresh (unsaved changes are lost). */
  onReload: () => Promise<void>;
}

type Trouble = { kind: 'stale' | 'readOnly' } | { kind: 'error'; message: string } | null;

/** A draft version: name, audience, tracks and modules, saved whole with the revision it started from. */
export function VersionEditor({ version, focusAreas, onSaved, onPublished, onReload }: VersionEditorProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [saved, setSaved] = useState<VersionDraft>(() => fromVersion(version));
  const [draft, setDraft] = useState<VersionDraft>(saved);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [trouble, setTrouble] = useState<Trouble>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const troubleRef = useRef<HTMLDivElement>(null);
  const dirty = isDirty(draft, saved);

  // Moving something re-orders the page; focus goes back to the control the user was on.
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

  useEffect(() => {
    if (trouble) troubleRef.current?.focus();
  }, [trouble]);

  const openModules = (keys: Array<string | undefined>) =>
    setOpen((s) => new Set([...s, ...keys.filter((k): k is string => k !== undefined)]));

  const describe = (p: DraftProblem): FieldError => ({
    id: p.id,
    message: t(`programmeEditor.problems.${p.problem}`, { where: p.where ?? '' }),
  });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setTrouble(null);
    const problems = validateDraft(draft);
    if (problems.length) {
      openModules(problems.map((p) => p.moduleKey));
      return form.show(problems.map(describe));
    }
    const sent = draft;
    setBusy(true);
    try {
      const result = await saveVersion(version.id, toRequest(sent));
      const next = fromVersion(result);
      // New modules got their lineage (and so their key) from the server: keep their panels open.
      const keyOf = new Map<string, string>();
      sent.tracks.forEach((tr, i) => {
        tr.modules.forEach((m, j) => {
          const k = next.tracks[i]?.modules[j]?.key;
          if (k) keyOf.set(m.key, k);
        });
      });
      setOpen((s) => new Set([...s].map((k) => keyOf.get(k) ?? k)));
      setSaved(next);
      setDraft(next);
      form.clear();
      onSaved(result);
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'stale_revision') setTrouble({ kind: 'stale' });
      else if (err instanceof ApiError && err.reason === 'version_read_only')
        setTrouble({ kind: 'readOnly' });
      else if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        const mapped = Object.entries(err.fields).map(([path, message]) => ({
          ...fieldIdFor(path, sent),
          message,
        }));
        openModules(mapped.map((m) => m.moduleKey));
        form.show(mapped.map(({ id, message }) => ({ id, message })));
      } else setTrouble({ kind: 'error', message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    setBusy(true);
    try {
      onPublished(await publishVersion(version.id));
    } catch (err) {
      setPublishing(false);
      setTrouble({ kind: 'error', message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const levelOptions = LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }));

  return (
    <>
      <p>{t('programmeEditor.intro')}</p>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      {trouble && (
        <div ref={troubleRef} tabIndex={-1}>
          {trouble.kind === 'error' ? (
            <Alert variant="error">
              <p>{trouble.message}</p>
            </Alert>
          ) : (
            <Alert
              variant="warning"
              heading={trouble.kind === 'stale' ? t('programmeEditor.staleHeading') : undefined}
            >
              <p>
                {trouble.kind === 'stale' ? t('programmeEditor.stale') : t('programmeEditor.readOnlyNow')}
              </p>
              <button
                type="button"
                className="button button-secondary mt-4"
                onClick={() =>
                  void onReload().catch((err: unknown) =>
                    setTrouble({ kind: 'error', message: messageOf(err) }),
                  )
                }
              >
                {t('programmeEditor.reload')}
              </button>
            </Alert>
          )}
        </div>
      )}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
      <form onSubmit={save} noValidate>
        <TextField
          id={VERSION_NAME_ID}
          label={t('programmeEditor.name')}
          value={draft.name}
          onChange={(name) => setDraft((d) => ({ ...d, name }))}
          error={form.errorFor(VERSION_NAME_ID)}
          maxLength={ProgrammeLimits.titleMax}
          autoComplete="off"
          required
        />
        <CheckboxGroup<Level>
          id={VERSION_LEVELS_ID}
          legend={t('programmeEditor.audience')}
          hint={t('programmeEditor.audienceHint')}
          options={levelOptions}
          values={draft.targetLevels}
          onChange={(targetLevels) => setDraft((d) => ({ ...d, targetLevels }))}
          error={form.errorFor(VERSION_LEVELS_ID)}
        />

        <h2 className="mt-8">{t('programmeEditor.tracksHeading')}</h2>
        <p>{t('programmeEditor.tracksIntro')}</p>
        {draft.tracks.map((track, index) => (
          <TrackEditor
            key={track.key}
            draft={draft}
            track={track}
            index={index}
            focusAreas={focusAreas}
            open={open}
            errorFor={form.errorFor}
            onDraft={setDraft}
            onOpen={(key, isOpen) =>
              setOpen((s) => {
                const next = new Set(s);
                if (isOpen) next.add(key);
                else next.delete(key);
                return next;
              })
            }
            onAnnounce={setAnnouncement}
            onFocus={setFocusId}
          />
        ))}
        {draft.tracks.length < ProgrammeLimits.tracksMax && (
          <button
            id={ADD_TRACK_ID}
            type="button"
            className="button button-secondary mt-6"
            onClick={() => {
              const { draft: next, track } = addTrack(draft);
              setDraft(next);
              setFocusId(trackFieldId(track, 'title'));
            }}
          >
            {t('programmeEditor.addTrack')}
          </button>
        )}

        <div className="aktion-save-bar">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('programmeEditor.saving') : t('programmeEditor.save')}
          </button>
          {dirty && <p>{t('programmeEditor.unsaved')}</p>}
        </div>
      </form>

      <section aria-labelledby="version-publish-heading" className="mt-8">
        <h2 id="version-publish-heading">{t('programmeEditor.publishHeading')}</h2>
        <p>{t('programmeEditor.publishIntro')}</p>
        {dirty ? (
          <p>
            <strong>{t('programmeEditor.publishUnsaved')}</strong>
          </p>
        ) : publishing ? (
          <ConfirmBox
            question={t('programmes.publishQuestion', { number: version.number, name: saved.name })}
            confirmLabel={t('programmes.publishConfirm')}
            onConfirm={() => void publish()}
            onCancel={() => setPublishing(false)}
            busy={busy}
          />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setPublishing(true)}>
            {t('programmes.publish')}
          </button>
        )}
      </section>
    </>
  );
}
