import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrativeLimits, type NarrativePart } from '../../../../core/schemas/narrative.js';
import { ApiError } from '../../api/client.js';
import { askNarrativeQuestion } from '../../api/narrative.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';

interface Props {
  part: NarrativePart;
  onAsked: (notice: string) => void;
}

/** "Ask a question about this part": a disclosure that opens a short form. */
export function AskQuestionForm({ part, onAsked }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const fieldId = `ask-${part.key}`;
  const formId = `ask-form-${part.key}`;

  // Opening the form puts the cursor in it, so a keyboard user can write at once.
  useEffect(() => {
    if (open) document.getElementById(fieldId)?.focus();
  }, [open, fieldId]);

  const close = () => {
    setOpen(false);
    form.clear();
    requestAnimationFrame(() => toggle.current?.focus());
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const question = text.trim();
    if (question.length < NarrativeLimits.questionMin)
      return form.show([
        {
          id: fieldId,
          message: question
            ? t('narrative.ask.tooShort', { min: NarrativeLimits.questionMin })
            : t('narrative.ask.required'),
        },
      ]);
    if (question.length > NarrativeLimits.questionMax)
      return form.show([
        { id: fieldId, message: t('narrative.ask.tooLong', { max: NarrativeLimits.questionMax }) },
      ]);
    setBusy(true);
    try {
      await askNarrativeQuestion({ partKey: part.key, question });
      setText('');
      close();
      onAsked(t('narrative.ask.sent'));
    } catch (err) {
      const message = err instanceof ApiError && err.fields.question ? err.fields.question : messageOf(err);
      form.show([{ id: fieldId, message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="aktion-narrative-ask">
      <button
        ref={toggle}
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('narrative.ask.open')}
        <span className="sr-only"> {t('narrative.ask.about', { headline: part.headline })}</span>
      </button>
      {open && (
        <form id={formId} onSubmit={submit} noValidate className="mt-4">
          <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
          <TextAreaField
            id={fieldId}
            label={t('narrative.ask.label')}
            hint={t('narrative.ask.hint', {
              min: NarrativeLimits.questionMin,
              max: NarrativeLimits.questionMax,
            })}
            value={text}
            onChange={setText}
            error={form.errorFor(fieldId)}
            maxLength={NarrativeLimits.questionMax}
            rows={4}
            required
          />
          <div className="aktion-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('narrative.ask.send')}
            </button>
            <button type="button" className="button button-secondary" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
