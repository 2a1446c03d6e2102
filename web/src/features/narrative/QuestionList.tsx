import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NarrativeQuestionRes } from '../../../../core/schemas/narrative.js';
import { deleteNarrativeQuestion } from '../../api/narrative.js';
import { Alert } from '../../components/Alert.js';
import { ConfirmBox } from '../../components/ConfirmBox.js';
import { GlossaryText } from '../../components/GlossaryText.js';
import { messageOf } from '../organisation/labels.js';
import { AnswerQuestionForm } from './AnswerQuestionForm.js';

/** Where the administrators' "N questions wait for an answer" link lands. */
export const FIRST_OPEN_ID = 'narrative-open-questions-first';

interface Props {
  questions: NarrativeQuestionRes[];
  canManage: boolean;
  /** The first open question of the page is in this list. */
  firstOpen: boolean;
  onChanged: (notice: string) => void;
}

/**
 * A part's questions: answered ones with their answer (never who asked), the reader's own that
 * wait, and for administrators every open one with a form to answer it.
 */
export function QuestionList({ questions, canManage, firstOpen, onChanged }: Props) {
  const { t } = useTranslation();
  const answered = questions.filter((q) => q.answer !== null);
  const open = questions.filter((q) => q.answer === null);
  return (
    <ul className="aktion-narrative-qa">
      {[...answered, ...open].map((q) => (
        <li
          key={q.id}
          id={firstOpen && q.id === open[0]?.id ? FIRST_OPEN_ID : undefined}
          tabIndex={firstOpen && q.id === open[0]?.id ? -1 : undefined}
        >
          <p className="aktion-narrative-q">
            <strong>{t('narrative.questions.question')}:</strong> {q.question}
          </p>
          {q.answer !== null ? (
            <div className="aktion-narrative-a">
              <p>
                <strong>{t('narrative.questions.answer')}:</strong>
              </p>
              <GlossaryText text={q.answer} />
            </div>
          ) : (
            <p>
              <span className="badge badge-warning">{t('narrative.questions.waiting')}</span>
              {q.mine && <span className="aktion-narrative-mine"> {t('narrative.questions.mine')}</span>}
            </p>
          )}
          {(canManage || (q.mine && q.answer === null)) && (
            <ManageQuestion question={q} canAnswer={canManage} onChanged={onChanged} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Administrators answer an open question and may remove any; askers may take back their own open one. */
function ManageQuestion({
  question,
  canAnswer,
  onChanged,
}: {
  question: NarrativeQuestionRes;
  canAnswer: boolean;
  onChanged: Props['onChanged'];
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteNarrativeQuestion(question.id);
      onChanged(t('narrative.questions.deleted'));
    } catch (err) {
      setError(messageOf(err));
      cancel();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="aktion-narrative-manage-question">
      {canAnswer && question.answer === null && (
        <AnswerQuestionForm question={question} onAnswered={onChanged} />
      )}
      {confirming ? (
        <ConfirmBox
          question={t('narrative.questions.deleteQuestion')}
          confirmLabel={t('narrative.questions.deleteConfirm')}
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={cancel}
        />
      ) : (
        <button
          ref={deleteButton}
          type="button"
          className="function-link"
          onClick={() => setConfirming(true)}
        >
          {t('narrative.questions.delete')}
          <span className="sr-only">
            {' '}
            {t('narrative.questions.deleteWhich', { question: shorten(question.question) })}
          </span>
        </button>
      )}
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
    </div>
  );
}

/** The first words of a question, to tell the buttons apart for screen readers. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
