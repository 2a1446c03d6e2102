import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateMatrix } from '../../../../core/responsibilities/matrix.js';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import type {
  MatrixDocument,
  MatrixVersionRes,
  ResponsibilityGroupRes,
} from '../../../../core/schemas/responsibilities.js';
import { ApiError } from '../../api/client.js';
import { saveMatrixDraft } from '../../api/responsibilities.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { ActorsEditor } from './ActorsEditor.js';
import { CellGrid } from './CellGrid.js';
import { documentPath, isDirty, problemAt, type ShapeProblem, setCell, shapeProblems } from './matrixEdit.js';
import { linkLabel } from './membership.js';
import { PublishPanel } from './PublishPanel.js';
import { RaciLegend } from './RaciLegend.js';
import { TasksEditor } from './TasksEditor.js';
import { ValidationPanel } from './ValidationPanel.js';

interface Props {
  version: MatrixVersionRes;
  units: UnitRes[];
  groups: ResponsibilityGroupRes[];
  onSaved: (version: MatrixVersionRes) => void;
  onPublished: (version: MatrixVersionRes) => void;
  onDeleted: () => void;
  /** Loads the newest edition of the draft (or the page, when the draft is gone) afresh. */
  onReload: () => void;
}

type Trouble = { kind: 'stale' | 'gone' } | { kind: 'error'; message: string } | null;

/** The draft: the grid of roles, tasks, columns, the live check, save (with its revision) and publish. */
export function MatrixEditor({ version, units, groups, onSaved, onPublished, onDeleted, onReload }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [saved, setSaved] = useState(version);
  const [doc, setDoc] = useState<MatrixDocument>(version.document);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [trouble, setTrouble] = useState<Trouble>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const troubleRef = useRef<HTMLDivElement>(null);
  const dirty = isDirty(doc, saved.document);

  const emptyGroupIds = useMemo(
    () => new Set(groups.filter((g) => g.members.length === 0).map((g) => g.id)),
    [groups],
  );
  const validation = useMemo(() => validateMatrix(doc, { emptyGroupIds }), [doc, emptyGroupIds]);
  const invalidTasks = useMemo(
    () => new Set(validation.errors.flatMap((p) => (p.taskKey ? [p.taskKey] : []))),
    [validation],
  );

  // Adding or moving re-renders the list; focus goes to the control the user should be on next.
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

  const onOpen = (key: string, isOpen: boolean) =>
    setOpen((s) => {
      const next = new Set(s);
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });

  const showProblems = (problems: Array<ShapeProblem & { message?: string }>) => {
    setOpen((s) => new Set([...s, ...problems.flatMap((p) => (p.taskKey ? [p.taskKey] : []))]));
    form.show(
      problems.map((p) => ({
        id: p.id,
        message: p.message ?? t(`responsibilities.editor.shape.${p.kind}`, { name: p.name }),
      })),
    );
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setTrouble(null);
    const problems = shapeProblems(doc);
    if (problems.length) return showProblems(problems);
    const sent = doc;
    setBusy(true);
    try {
      const result = await saveMatrixDraft(saved.id, saved.revision, sent);
      setSaved(result);
      // Edits made while the save was on its way stay; otherwise take the server's document.
      setDoc((current) => (current === sent ? result.document : current));
      form.clear();
      onSaved(result);
    } catch (err) {
      if (err instanceof ApiError && err.reason === 'stale_edit') setTrouble({ kind: 'stale' });
      else if (err instanceof ApiError && (err.reason === 'version_published' || err.status === 404))
        setTrouble({ kind: 'gone' });
      else if (err instanceof ApiError && Object.keys(err.fields).length > 0)
        showProblems(
          Object.entries(err.fields).map(([field, message]) => ({
            ...problemAt(sent, documentPath(field)),
            message,
          })),
        );
      else setTrouble({ kind: 'error', message: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  const editing = {
    doc,
    onDoc: setDoc,
    open,
    onOpen,
    errorFor: form.errorFor,
    onAnnounce: setAnnouncement,
    onFocus: setFocusId,
  };

  return (
    <>
      <h2>{t('responsibilities.editor.draftHeading', { version: saved.version })}</h2>
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
              heading={trouble.kind === 'stale' ? t('responsibilities.editor.stale.heading') : undefined}
            >
              <p>
                {t(
                  trouble.kind === 'stale'
                    ? 'responsibilities.editor.stale.text'
                    : 'responsibilities.editor.gone.text',
                )}
              </p>
              <button type="button" className="button button-secondary mt-4" onClick={onReload}>
                {t(
                  trouble.kind === 'stale'
                    ? 'responsibilities.editor.stale.reload'
                    : 'responsibilities.editor.gone.reload',
                )}
              </button>
            </Alert>
          )}
        </div>
      )}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
      <ValidationPanel doc={doc} validation={validation} />
      <form onSubmit={save} noValidate>
        <section aria-labelledby="matrix-grid-heading">
          <h2 id="matrix-grid-heading">{t('responsibilities.editor.grid.heading')}</h2>
          <p>{t('responsibilities.editor.grid.intro')}</p>
          <RaciLegend headingLevel={3} />
          <CellGrid
            doc={doc}
            invalidTasks={invalidTasks}
            onCell={(task, actor, letter) => setDoc((d) => setCell(d, task, actor, letter))}
          />
        </section>
        <TasksEditor {...editing} />
        <ActorsEditor
          doc={doc}
          onDoc={setDoc}
          units={units}
          groups={groups}
          linkLabel={(key) => linkLabel(saved, key)}
          errorFor={form.errorFor}
          onFocus={setFocusId}
        />
        <div className="aktion-matrix-save">
          <button id="matrix-save" type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('responsibilities.editor.saving') : t('responsibilities.editor.save')}
          </button>
          {dirty && <p>{t('responsibilities.editor.unsaved')}</p>}
        </div>
      </form>
      <PublishPanel
        version={saved}
        dirty={dirty}
        errorCount={validation.errors.length}
        onPublished={onPublished}
        onDeleted={onDeleted}
        onGone={() => setTrouble({ kind: 'gone' })}
      />
    </>
  );
}
