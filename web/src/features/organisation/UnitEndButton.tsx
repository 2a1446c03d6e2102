import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRes } from '../../../../core/schemas/organisation.js';
import { updateUnit } from '../../api/units.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { messageOf } from './labels.js';

interface UnitEndButtonProps {
  unit: UnitRes;
  onSaved: (unit: UnitRes, message: string) => void;
}

/** "Afslut enhed" or "Genåbn", with a confirm step. */
export function UnitEndButton({ unit, onSaved }: UnitEndButtonProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ended = unit.endedAt !== null;
  const label = ended ? t('units.reopen') : t('units.end');

  const confirm = async () => {
    setBusy(true);
    try {
      const saved = await updateUnit(unit.id, { ended: !ended });
      const key = ended ? 'units.reopened_done' : 'units.ended_done';
      onSaved(saved, t(key, { name: saved.name }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
      setConfirming(false);
      button.current?.focus();
    }
  };

  return (
    <div className="mt-6">
      {error && (
        <Alert variant="error" headingLevel={3}>
          <p>{error}</p>
        </Alert>
      )}
      <button
        ref={button}
        type="button"
        className="button button-secondary"
        onClick={() => setConfirming(true)}
        disabled={confirming}
      >
        {label}
        <span className="sr-only"> – {unit.name}</span>
      </button>
      {confirming && (
        <ConfirmBox
          question={t(ended ? 'units.confirmReopen' : 'units.confirmEnd', { name: unit.name })}
          confirmLabel={label}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setConfirming(false);
            button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
