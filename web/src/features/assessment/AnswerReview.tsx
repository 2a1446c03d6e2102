import type { FormEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InstrumentView } from '../../../../core/schemas/assessment.js';
import { type AnswerMap, itemFieldId, type Step, stepParam, unanswered } from './answering.js';
import { useLeaderText } from './leaderText.js';

interface Props {
  instrument: InstrumentView;
  answers: AnswerMap;
  busy: boolean;
  onGo: (step: Step) => void;
  onSubmit: (e: FormEvent) => void;
}

/**
 * The last step: the statements still without an answer, by step, each with a link to its step
 * (the error summary links to the statement here), then "Indsend".
 */
export function AnswerReview({ instrument, answers, busy, onGo, onSubmit }: Props) {
  const { t } = useTranslation();
  const localized = useLeaderText();
  const open = unanswered(instrument, answers);
  const total = instrument.dimensions.reduce((n, d) => n + d.items.length, 0);
  const byStep = instrument.dimensions
    .map((dimension, i) => ({ step: i + 1, dimension, items: open.filter((u) => u.step === i + 1) }))
    .filter((g) => g.items.length > 0);
  const follow = (step: Step) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onGo(step);
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      {open.length === 0 ? (
        <p>{t('assessment.answer.review.allAnswered', { total })}</p>
      ) : (
        <p>{t('assessment.answer.review.unanswered', { count: open.length })}</p>
      )}
      {byStep.length > 0 && (
        <section aria-labelledby="review-open-heading" className="mt-6">
          <h3 id="review-open-heading">{t('assessment.answer.review.unansweredHeading')}</h3>
          {byStep.map((g) => (
            <div key={g.dimension.key} className="aktion-review-group">
              <h4>
                {t('assessment.answer.review.group', { step: g.step, name: localized(g.dimension.name) })}
              </h4>
              <ul className="aktion-review-items">
                {g.items.map(({ item }) => (
                  // The error summary's links land here (focusable, the statement's field id).
                  <li key={item.key} id={itemFieldId(item.key)} tabIndex={-1}>
                    {localized(item.text)}
                  </li>
                ))}
              </ul>
              <p>
                <Link to={{ search: `?trin=${stepParam(g.step)}` }} onClick={follow(g.step)}>
                  {t('assessment.answer.review.goToStep', { step: g.step })}
                </Link>
              </p>
            </div>
          ))}
        </section>
      )}
      <p className="mt-6">{t('assessment.answer.review.final')}</p>
      <div className="aktion-actions aktion-answer-actions">
        <button id="review-submit" type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('assessment.answer.review.submitting') : t('assessment.answer.review.submit')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => onGo(instrument.dimensions.length)}
        >
          {t('assessment.answer.back')}
        </button>
      </div>
    </form>
  );
}
