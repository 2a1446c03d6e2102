import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_MAX_BYTES,
  type ImportKind,
  type ImportMappingRes,
} from '../../../../core/schemas/imports.js';
import { CheckboxField } from '../../components/CheckboxField.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { SelectField } from '../../components/SelectField.js';
import { FieldErrorMessage } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { ImportDownloads } from './ImportDownloads.js';

const FILE_ID = 'import-file';

interface ImportFileFormProps {
  kind: ImportKind;
  onKind: (kind: ImportKind) => void;
  /** The saved column mappings of the kind (CSV only). */
  mappings: readonly ImportMappingRes[];
  /**
   * Uploads the file; throws when the server refuses it (empty, unreadable …). `fullExtract`:
   * people missing from the file (in the units it covers) are marked as left.
   */
  onUpload: (file: File, mappingId: string | undefined, fullExtract: boolean) => Promise<void>;
}

/**
 * Step 1: what to import, the template, the file, whether it is a full extract, and optionally a
 * saved column mapping.
 */
export function ImportFileForm({ kind, onKind, mappings, onUpload }: ImportFileFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const [mappingId, setMappingId] = useState('');
  const [fullExtract, setFullExtract] = useState(true);
  const [busy, setBusy] = useState(false);
  const fileError = form.errorFor(FILE_ID);
  const hasMappings = kind !== 'os2mo' && mappings.length > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return form.show([{ id: FILE_ID, message: t('imports.fileRequired') }]);
    if (file.size > IMPORT_MAX_BYTES) return form.show([{ id: FILE_ID, message: t('imports.fileTooLarge') }]);
    setBusy(true);
    try {
      await onUpload(file, hasMappings && mappingId ? mappingId : undefined, fullExtract);
      form.clear();
    } catch (err) {
      form.show([{ id: FILE_ID, message: messageOf(err) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <RadioGroup
          id="import-kind"
          legend={t('imports.kind')}
          value={kind}
          onChange={(value) => {
            onKind(value);
            setMappingId('');
          }}
          options={[
            { value: 'units', label: t('imports.kindUnits'), hint: t('imports.kindUnitsHint') },
            { value: 'people', label: t('imports.kindPeople'), hint: t('imports.kindPeopleHint') },
            { value: 'os2mo', label: t('imports.kindOs2mo'), hint: t('imports.kindOs2moHint') },
          ]}
        />
        <ImportDownloads kind={kind} />
        <div className={`form-group${fileError ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={FILE_ID}>
            {t('imports.file')}
          </label>
          <span className="form-hint" id={`${FILE_ID}-hint`}>
            {t('imports.fileHint')}
          </span>
          {fileError && <FieldErrorMessage id={FILE_ID} message={fileError} />}
          <input
            type="file"
            id={FILE_ID}
            name={FILE_ID}
            accept=".csv,.txt,.json,text/csv,application/json"
            aria-describedby={[`${FILE_ID}-hint`, fileError ? `${FILE_ID}-error` : null]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={fileError ? true : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <CheckboxField
          id="import-full-extract"
          label={t('imports.fullExtract')}
          hint={t('imports.fullExtractHint')}
          checked={fullExtract}
          onChange={setFullExtract}
        />
        {hasMappings && (
          <SelectField
            id="import-mapping"
            label={t('imports.savedMapping')}
            hint={t('imports.savedMappingHint')}
            value={mappingId}
            onChange={setMappingId}
            options={[
              { value: '', label: t('imports.noSavedMapping') },
              ...mappings.map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
        )}
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('imports.upload')}
        </button>
        <div aria-live="polite">{busy && <p>{t('imports.uploading')}</p>}</div>
      </form>
    </>
  );
}
