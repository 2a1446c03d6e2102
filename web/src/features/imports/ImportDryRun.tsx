import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../../core/csv/templates.js';
import type { ImportBatchRes } from '../../../../core/schemas/imports.js';
import { Alert } from '../../components/Alert.js';
import { ColumnMappingForm } from './ColumnMappingForm.js';
import { ConfirmImport } from './ConfirmImport.js';
import { FileFacts } from './FileFacts.js';
import { ImportChanges } from './ImportChanges.js';
import { ImportProblems } from './ImportProblems.js';
import { ImportSummary } from './ImportSummary.js';

/** More people marked as left than this suggests a partial file read as a full extract. */
export const MANY_LEFT = 20;

interface ImportDryRunProps {
  batch: ImportBatchRes;
  onRetry: (mapping: ColumnMapping) => Promise<void>;
  onMappingSaved: (name: string) => void;
  onApplied: (batch: ImportBatchRes) => void;
}

/** Steps 2 and 3: what the import will do, its problems, the column mapping, and the confirm. */
export function ImportDryRun({ batch, onRetry, onMappingSaved, onApplied }: ImportDryRunProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const csvKind = batch.kind === 'os2mo' ? null : batch.kind;
  const missing = batch.file.missingFields.length > 0;
  const [adjusting, setAdjusting] = useState(missing);

  // Every new dry run (the first, and each retry with another mapping) moves focus to its heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `batch.id` stands for a new dry run.
  useEffect(() => {
    heading.current?.focus();
    if (missing) setAdjusting(true);
  }, [batch.id]);

  return (
    <>
      <section aria-labelledby="import-dry-run-heading" className="mt-8">
        <h2 id="import-dry-run-heading" ref={heading} tabIndex={-1}>
          {t('imports.dryRunHeading')}
        </h2>
        <FileFacts batch={batch} />
        {batch.counts.people.left > MANY_LEFT && (
          <Alert variant="warning">
            <p>{t('imports.manyLeftWarning', { n: batch.counts.people.left })}</p>
          </Alert>
        )}
        <ImportSummary kind={batch.kind} counts={batch.counts} tense="will" />
        <ImportProblems problems={batch.problems} />
        <ImportChanges batch={batch} />
        {csvKind && batch.file.columns.length > 0 && (
          <>
            <h3>{t('imports.mappingHeading')}</h3>
            {!missing && (
              <button
                type="button"
                className="button button-secondary"
                aria-expanded={adjusting}
                aria-controls={adjusting ? 'import-mapping-panel' : undefined}
                onClick={() => setAdjusting((v) => !v)}
              >
                {t('imports.mappingToggle')}
              </button>
            )}
            {adjusting && (
              <div id="import-mapping-panel">
                <ColumnMappingForm
                  key={batch.id}
                  kind={csvKind}
                  file={batch.file}
                  onRetry={onRetry}
                  onSaved={onMappingSaved}
                />
              </div>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="import-confirm-heading" className="mt-8">
        <h2 id="import-confirm-heading">{t('imports.confirmHeading')}</h2>
        <ConfirmImport key={batch.id} batch={batch} onApplied={onApplied} />
      </section>
    </>
  );
}
