import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionLearningLimits,
  JOURNAL_PHASES,
  type JournalPhase,
  type JournalShare,
  type WriteJournalEntryReq,
} from '../../../../core/schemas/action-projects.js';
import { ApiError } from '../../api/client.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { RadioGroup } from '../../components/RadioGroup.js';
import { TextAreaField } from '../../components/TextAreaField.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';
import { messageOf } from '../organisation/labels.js';

interface Props {
  /** Makes the field ids unique on a page with several forms. */
  idPrefix: string;
  initial?: WriteJournalEntryReq;
  /** Whether the author is in a learning set: only then can they share with it. */
  inSet: boolean;
  submitLabel: string;
  /** Throws an ApiError when the server refuses; the form shows it. */
  onSubmit: (body: WriteJournalEntryReq) => Promise<void>;
  onCancel?: () => void;
}

/** The fields of a journal entry: the phase with its guiding questions, the words, who may read it. */
export function EntryFields({ idPrefix, initial, inSet, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [phase, setPhase] = useState<JournalPhase>(initial?.phase ?? 'plan');
  const [body, setBody] = useState(initial?.body ?? '');
  const [share, setShare] = useState<JournalShare>(initial?.share ?? 'private');
  const [busy, setBusy] = useState(false);
  const ids = { phase: `${idPrefix}-phase`, body: `${idPrefix}-body`, share: `${idPrefix}-share` };
  const shares: JournalShare[] =
    inSet || share === 'set' ? ['private', 'facilitator', 'set'] : ['private', 'facilitator'];
  const questions = t(`actionLearning.journal.questions.${phase}`, { returnObjects: true }) as string[];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return form.show([{ id: ids.body, message: t('actionLearning.journal.bodyRequired') }]);
    setBusy(true);
    try {
      await onSubmit({ phase, body: body.trim(), share });
      form.clear();
      if (!initial) setBody('');
    } catch (err) {
      form.show(
        err instanceof ApiError && Object.keys(err.fields).length
          ? serverFieldErrors(err.fields, ids, ids.body)
          : [{ id: ids.body, message: messageOf(err) }],
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <RadioGroup
          id={ids.phase}
          legend={t('actionLearning.journal.phase')}
          value={phase}
          onChange={setPhase}
          options={JOURNAL_PHASES.map((p) => ({ value: p, label: t(`actionLearning.journal.phases.${p}`) }))}
        />
        <div className="aktion-guiding" id={`${idPrefix}-guiding`}>
          <p className="mb-0">
            <strong>{t('actionLearning.journal.guiding')}</strong>
          </p>
          <ul className="mt-0">
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
        <TextAreaField
          id={ids.body}
          label={t('actionLearning.journal.body')}
          value={body}
          onChange={setBody}
          error={form.errorFor(ids.body)}
          maxLength={ActionLearningLimits.entryMax}
          rows={5}
        />
        <RadioGroup
          id={ids.share}
          legend={t('actionLearning.journal.share')}
          value={share}
          onChange={setShare}
          options={shares.map((s) => ({ value: s, label: t(`actionLearning.journal.shares.${s}`) }))}
        />
        {form.errorFor(ids.share) && <p className="form-error-message">{form.errorFor(ids.share)}</p>}
        <div className="aktion-actions mt-5">
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('actionLearning.journal.cancelEdit')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}
