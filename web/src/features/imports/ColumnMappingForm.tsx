import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, CsvKind } from '../../../../core/csv/templates.js';
import type { ImportBatchRes } from '../../../../core/schemas/imports.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';
import { SaveMappingForm } from './SaveMappingForm.js';
import { headerOf, useMappingOptions } from './useMappingOptions.js';

interface ColumnMappingFormProps {
  kind: CsvKind;
  file: ImportBatchRes['file'];
  /** Uploads the same file again with this mapping. */
  onRetry: (mapping: ColumnMapping) => Promise<void>;
  onSaved: (name: string) => void;
}

const idOf = (index: number) => `mapping-column-${index}`;

/** Step 2b: which field each column of the file fills, pre-filled with the dry run's mapping. */
export function ColumnMappingForm({ kind, file, onRetry, onSaved }: ColumnMappingFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const options = useMappingOptions(kind);
  const [mapping, setMapping] = useState<ColumnMapping>(() =>
    Object.fromEntries(file.columns.map((c) => [c, file.mapping[c] ?? file.suggestedMapping[c] ?? null])),
  );
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onRetry(mapping);
      form.clear();
    } catch (err) {
      form.show([{ id: idOf(0), message: messageOf(err) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('imports.mappingIntro')}</p>
      {file.missingFields.length > 0 && (
        <p>
          <strong>
            {t('imports.missingFields', {
              fields: file.missingFields.map((f) => headerOf(kind, f)).join(', '),
            })}
          </strong>
        </p>
      )}
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        {file.columns.map((column, i) => (
          <SelectField
            key={column}
            id={idOf(i)}
            label={t('imports.mappingColumn', { column })}
            value={mapping[column] ?? ''}
            onChange={(value) => setMapping((m) => ({ ...m, [column]: value || null }))}
            options={options}
            error={form.errorFor(idOf(i))}
          />
        ))}
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('imports.retry')}
        </button>
      </form>
      <h4 className="mt-8">{t('imports.saveMappingHeading')}</h4>
      <SaveMappingForm kind={kind} mapping={mapping} onSaved={onSaved} />
    </>
  );
}
