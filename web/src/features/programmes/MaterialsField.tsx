import { type ChangeEvent, type SyntheticEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FILE_ACCEPT, FileLimits } from '../../../../core/files.js';
import { ProgrammeLimits } from '../../../../core/schemas/programmes.js';
import { uploadFile } from '../../api/files.js';
import { FieldErrorMessage, TextField } from '../../components/TextField.js';
import { messageOf } from '../organisation/labels.js';
import { fileProblem, formatFileSize } from './materialFile.js';
import type { EditorCallbacks } from './TrackEditor.js';
import {
  addFileMaterial,
  addMaterial,
  type MaterialDraft,
  type ModuleDraft,
  materialFieldId,
  moduleFieldId,
  removeMaterial,
  updateMaterial,
} from './versionEditor.js';

type MaterialsFieldProps = Pick<
  EditorCallbacks,
  'draft' | 'errorFor' | 'onDraft' | 'onAnnounce' | 'onFocus'
> & {
  module: ModuleDraft;
  /** The module's title as shown, to name it in buttons. */
  title: string;
};

/** A module's materials: links typed in and uploaded files, each with a title; add, upload, remove. */
export function MaterialsField(props: MaterialsFieldProps) {
  const { t } = useTranslation();
  const { draft, module: m, title, onDraft, onFocus } = props;
  return (
    <fieldset className="mt-6">
      <legend className="form-label">{t('programmeEditor.materials')}</legend>
      <span className="form-hint">{t('programmeEditor.materialsHint')}</span>
      {m.materials.map((x, i) => (
        <div key={x.key} className="aktion-material">
          {x.kind === 'file' ? (
            <UploadedFile {...props} material={x} n={i + 1} />
          ) : (
            <LinkFields {...props} material={x} n={i + 1} />
          )}
          <button
            type="button"
            className="button button-tertiary mt-4"
            onClick={() => {
              onDraft((d) => removeMaterial(d, m.key, x.key));
              onFocus(moduleFieldId(m, 'add-material'));
            }}
          >
            {t('programmeEditor.materialRemove', { n: i + 1 })}
          </button>
        </div>
      ))}
      {m.materials.length < ProgrammeLimits.materialsMax && (
        <>
          <button
            id={moduleFieldId(m, 'add-material')}
            type="button"
            className="button button-secondary mt-4"
            onClick={() => {
              const { draft: next, material } = addMaterial(draft, m.key);
              onDraft(next);
              onFocus(materialFieldId(m, material, 'title'));
            }}
          >
            {t('programmeEditor.addMaterial', { title })}
          </button>
          <FileUpload {...props} />
        </>
      )}
    </fieldset>
  );
}

type RowProps<K extends MaterialDraft['kind']> = MaterialsFieldProps & {
  material: Extract<MaterialDraft, { kind: K }>;
  n: number;
};

function MaterialTitle({ module: m, material: x, n, errorFor, onDraft }: RowProps<MaterialDraft['kind']>) {
  const { t } = useTranslation();
  return (
    <TextField
      id={materialFieldId(m, x, 'title')}
      label={t('programmeEditor.materialTitle', { n })}
      value={x.title}
      onChange={(value) => onDraft((d) => updateMaterial(d, m.key, x.key, { title: value }))}
      error={errorFor(materialFieldId(m, x, 'title'))}
      maxLength={ProgrammeLimits.titleMax}
      autoComplete="off"
    />
  );
}

function LinkFields(props: RowProps<'link'>) {
  const { t } = useTranslation();
  const { module: m, material: x, n, errorFor, onDraft } = props;
  return (
    <>
      <MaterialTitle {...props} />
      <TextField
        id={materialFieldId(m, x, 'url')}
        type="url"
        label={t('programmeEditor.materialUrl', { n })}
        value={x.url}
        onChange={(value) => onDraft((d) => updateMaterial(d, m.key, x.key, { url: value }))}
        error={errorFor(materialFieldId(m, x, 'url'))}
        maxLength={2000}
        autoComplete="off"
        verbatim
      />
    </>
  );
}

function UploadedFile(props: RowProps<'file'>) {
  const { t, i18n } = useTranslation();
  const { module: m, material: x, n, errorFor } = props;
  const id = materialFieldId(m, x, 'file');
  const error = errorFor(id);
  return (
    <>
      <div className={`form-group${error ? ' form-error' : ''}`}>
        {/* Focusable so the error summary can lead here: a file has no field of its own. */}
        <p id={id} tabIndex={-1} className="form-label" aria-describedby={error ? `${id}-error` : undefined}>
          {t('programmeEditor.materialFile', {
            n,
            name: x.file.fileName,
            size: formatFileSize(x.file.sizeBytes, i18n.language),
          })}
        </p>
        {error && <FieldErrorMessage id={id} message={error} />}
      </div>
      <MaterialTitle {...props} />
    </>
  );
}

const LIMIT = `${FileLimits.maxBytes / (1024 * 1024)} MB`;

type UploadState = { kind: 'idle' } | { kind: 'busy'; name: string } | { kind: 'done'; text: string };

/**
 * The file is uploaded as soon as it is chosen (it is kept even if the version is never saved);
 * it becomes a material of the module, saved with the version. One upload at a time: while one
 * runs the field is `aria-disabled` (it stays focusable, so keyboard focus is not lost) and
 * refuses to open the file picker, saying why; two quick choices could otherwise pass the
 * module's maximum of materials.
 */
function FileUpload({ module: m, title, onDraft, onAnnounce }: MaterialsFieldProps) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  // Set at once, before React renders the busy state, so nothing slips in between.
  const running = useRef<string | null>(null);
  const id = moduleFieldId(m, 'upload');
  const statusId = `${id}-status`;
  /** Stops a click (mouse, Enter, Space) or a drop while an upload runs, and says why. */
  const blockWhileBusy = (e: SyntheticEvent) => {
    if (running.current === null) return;
    e.preventDefault();
    onAnnounce(t('programmeEditor.uploadBusy', { name: running.current }));
  };
  const refuse = (message: string) => {
    setState({ kind: 'idle' });
    setError(message);
    onAnnounce(message);
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const chosen = input.files?.[0];
    if (!chosen) return;
    if (running.current !== null) {
      input.value = '';
      onAnnounce(t('programmeEditor.uploadBusy', { name: running.current }));
      return;
    }
    setError(null);
    const problem = fileProblem(chosen);
    if (problem) {
      input.value = '';
      return refuse(t(`programmeEditor.fileProblems.${problem}`, { name: chosen.name, limit: LIMIT }));
    }
    running.current = chosen.name;
    setState({ kind: 'busy', name: chosen.name });
    try {
      const file = await uploadFile(chosen);
      onDraft((d) => addFileMaterial(d, m.key, file));
      const size = formatFileSize(file.sizeBytes, i18n.language);
      setState({ kind: 'done', text: t('programmeEditor.uploaded', { name: file.fileName, size }) });
    } catch (err) {
      refuse(messageOf(err));
    } finally {
      running.current = null;
      // The same file may be chosen again (after an error, or for another material).
      input.value = '';
    }
  };

  const busy = state.kind === 'busy';
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null, busy ? statusId : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-group mt-4${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {t('programmeEditor.uploadLabel', { title })}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {t('programmeEditor.uploadHint', { limit: LIMIT })}
      </span>
      {error && <FieldErrorMessage id={id} message={error} />}
      <input
        type="file"
        id={id}
        name={id}
        accept={FILE_ACCEPT}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-disabled={busy ? true : undefined}
        onClick={blockWhileBusy}
        onDrop={blockWhileBusy}
        onChange={(e) => void choose(e)}
      />
      <p id={statusId} aria-live="polite" className="mt-2">
        {state.kind === 'busy'
          ? t('programmeEditor.uploading', { name: state.name })
          : state.kind === 'done'
            ? state.text
            : ''}
      </p>
    </div>
  );
}
