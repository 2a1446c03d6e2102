import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatchRes } from '../../../../core/schemas/imports.js';
import { ApiError } from '../../api/client.js';
import { confirmImport } from '../../api/imports.js';
import { Alert } from '../../components/Alert.js';
import { messageOf } from '../organisation/labels.js';

const KNOWN = ['import_already_applied', 'import_has_problems', 'import_stale', 'import_expired'] as const;

/** A failed confirm in plain words: the four known reasons, else the server's message. */
function useConfirmError() {
  const { t } = useTranslation();
  return (err: unknown): string => {
    const reason = err instanceof ApiError ? err.reason : undefined;
    const known = KNOWN.find((k) => k === reason);
    return known ? t(`imports.errors.${known}`) : messageOf(err);
  };
}

interface ConfirmImportProps {
  batch: ImportBatchRes;
  onApplied: (batch: ImportBatchRes) => void;
}

/** Step 3: "Gennemfør importen", disabled with the reason while the dry run has problems. */
export function ConfirmImport({ batch, onApplied }: ConfirmImportProps) {
  const { t } = useTranslation();
  const explain = useConfirmError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blocked = !batch.canConfirm;
  const reason = batch.status === 'applied' ? t('imports.alreadyApplied') : t('imports.cannotConfirm');

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onApplied(await confirmImport(batch.id));
    } catch (err) {
      setError(explain(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p id="import-confirm-hint">{blocked ? reason : t('imports.confirmIntro')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={blocked || busy}
        aria-describedby="import-confirm-hint"
        onClick={() => void confirm()}
      >
        {t('imports.confirm')}
      </button>
      <div aria-live="polite">{busy && <p>{t('imports.confirming')}</p>}</div>
    </>
  );
}
