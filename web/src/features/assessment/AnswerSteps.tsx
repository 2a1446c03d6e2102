import type { MouseEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InstrumentView } from '../../../../core/schemas/assessment.js';
import { Icon } from '../../components/Icon.js';
import { type AnswerMap, answeredCount, type Step, stepParam } from './answering.js';
import { useLeaderText } from './leaderText.js';

interface Props {
  instrument: InstrumentView;
  answers: AnswerMap;
  current: Step;
  onGo: (step: Step) => void;
  detailsRef: RefObject<HTMLDetailsElement | null>;
}

/**
 * Every step (DKFDS step indicator) behind a disclosure, so a phone shows the statements first.
 * A step is a link (its address works on its own); following it saves what changed first.
 */
export function AnswerSteps({ instrument, answers, current, onGo, detailsRef }: Props) {
  const { t } = useTranslation();
  const localized = useLeaderText();
  const steps: Array<{ step: Step; title: string; info: string }> = [
    ...instrument.dimensions.map((d, i) => ({
      step: i + 1,
      title: localized(d.name),
      info: t('assessment.answer.stepAnswered', {
        answered: answeredCount(d.items, answers),
        total: d.items.length,
      }),
    })),
    { step: 'review' as const, title: t('assessment.answer.review.heading'), info: '' },
  ];
  const follow = (step: Step) => (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onGo(step);
  };
  return (
    <details className="details aktion-steps" ref={detailsRef}>
      <summary className="details-summary">
        <span className="details-summary-text">{t('assessment.answer.stepsSummary')}</span>
      </summary>
      <nav className="details-text" aria-label={t('assessment.answer.stepsHeading')}>
        <ol className="step-indicator">
          {steps.map((s, i) => (
            <li key={String(s.step)} className={s.step === current ? 'current' : undefined}>
              <Link
                className="step"
                to={{ search: `?trin=${stepParam(s.step)}` }}
                aria-current={s.step === current ? 'step' : undefined}
                onClick={follow(s.step)}
              >
                {s.step === 'review' ? (
                  <span className="step-icon">
                    <Icon name="checklist" />
                  </span>
                ) : (
                  <span className="step-number">
                    <span>{i + 1}</span>
                  </span>
                )}
                <div>
                  <span className="step-title">{s.title}</span>
                  {s.info && <span className="step-information">{s.info}</span>}
                </div>
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
