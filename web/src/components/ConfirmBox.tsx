import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmBoxProps {
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}

/** An inline confirm step; the question takes focus so screen readers read it. */
export function ConfirmBox({ question, confirmLabel, onConfirm, onCancel, busy }: ConfirmBoxProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="aktion-confirm">
      <p ref={ref} tabIndex={-1}>
        {question}
      </p>
      <div className="aktion-actions">
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
