import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrativeLimits, type NarrativeQuestionRes } from '../../../../core/schemas/narrative.js';
import { ApiError } from '../../api/client.js';
import { answerNarrativeQuestion } from '../../api/narrative.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';

interface Props {
  question: NarrativeQuestionRes;
  onAnswered: (notice: string) => void;
}

/** Administrators answer an open question; the answer is then shown to everybody. */
export function AnswerQuestionForm({ question, onAnswered }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const fieldId = `answer-${question.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = text.trim();
    if (!answer) return form.show([{ id: fieldId, message: t('narrative.answer.required') }]);
    setBusy(true);
    try {
      await answerNarrativeQuestion(question.id, { answer });
      form.clear();
      onAnswered(t('narrative.answer.sent'));
    } catch (err) {
      const message = err instanceof ApiError && err.fields.answer ? err.fields.answer : messageOf(err);
      form.show([{ id: fieldId, message }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="aktion-narrative-answer-form">
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <TextAreaField
        id={fieldId}
        label={t('narrative.answer.label')}
        hint={t('narrative.answer.hint')}
        value={text}
        onChange={setText}
        error={form.errorFor(fieldId)}
        maxLength={NarrativeLimits.answerMax}
        rows={3}
        required
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('narrative.answer.send')}
      </button>
    </form>
  );
}
