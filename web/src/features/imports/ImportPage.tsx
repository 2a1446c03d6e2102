import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../../../core/csv/templates.js';
import type { ImportBatchRes, ImportKind } from '../../../../core/schemas/imports.js';
import { uploadImport } from '../../api/imports.js';
import { Page } from '../../components/Page.js';
import { ImportDone } from './ImportDone.js';
import { ImportDryRun } from './ImportDryRun.js';
import { ImportFileForm } from './ImportFileForm.js';
import { ImportHistory } from './ImportHistory.js';
import { useImportHistory, useImportMappings } from './useImportData.js';

/**
 * The uploaded file and its latest dry run; a retry with another mapping sends the same file, read
 * the same way (full extract or not).
 */
interface Current {
  file: File;
  fullExtract: boolean;
  batch: ImportBatchRes;
}

/** /organisation/import (admin): choose a file, see the dry run, adjust the columns, confirm. */
export function ImportPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('units');
  const [current, setCurrent] = useState<Current | null>(null);
  const [applied, setApplied] = useState<ImportBatchRes | null>(null);
  const chooseHeading = useRef<HTMLHeadingElement>(null);
  const history = useImportHistory();
  const { mappings, reload: reloadMappings } = useImportMappings(kind);

  const upload = async (file: File, mappingId: string | undefined, fullExtract: boolean) => {
    const batch = await uploadImport({ kind, file, mappingId, fullExtract });
    setApplied(null);
    setCurrent({ file, fullExtract, batch });
    void history.reload();
  };

  const retry = async (mapping: ColumnMapping) => {
    if (!current) return;
    const { file, fullExtract } = current;
    const batch = await uploadImport({ kind: current.batch.kind, file, mapping, fullExtract });
    setCurrent({ file, fullExtract, batch });
    void history.reload();
  };

  return (
    <Page title={t('imports.title')}>
      <p>{t('imports.intro')}</p>
      <p>{t('imports.order')}</p>
      <section aria-labelledby="import-choose-heading" className="mt-8">
        <h2 id="import-choose-heading" ref={chooseHeading} tabIndex={-1}>
          {t('imports.chooseHeading')}
        </h2>
        <ImportFileForm kind={kind} onKind={setKind} mappings={mappings} onUpload={upload} />
      </section>
      {applied ? (
        <div className="mt-8">
          <ImportDone
            batch={applied}
            onAnother={() => {
              setApplied(null);
              chooseHeading.current?.focus();
            }}
          />
        </div>
      ) : (
        current && (
          <ImportDryRun
            batch={current.batch}
            onRetry={retry}
            onMappingSaved={() => void reloadMappings()}
            onApplied={(batch) => {
              setApplied(batch);
              setCurrent(null);
              void history.reload();
            }}
          />
        )
      )}
      <ImportHistory items={history.items} error={history.error} />
    </Page>
  );
}
