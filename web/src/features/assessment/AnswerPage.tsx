import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Answer } from '../../../../core/assessment/instrument.js';
import type { MyAnswering } from '../../../../core/schemas/assessment.js';
import { ApiError } from '../../api/client.js';
import { getMyAnswering, saveMyAnswers, submitMyAnswers } from '../../api/myAssessments.js';
import { useLoadById } from '../../api/useLoadById.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Page } from '../../components/Page.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { formatDate } from '../../i18n/format.js';
import { messageOf } from '../organisation/labels.js';
import { AnswerDimension } from './AnswerDimension.js';
import { AnswerReview } from './AnswerReview.js';
import { AnswerSteps } from './AnswerSteps.js';
import {
  type AnswerMap,
  answeredCount,
  changedAnswers,
  firstOpenStep,
  itemFieldId,
  nextStep,
  parseStep,
  previousStep,
  type Step,
  stepParam,
  unanswered,
} from './answering.js';
import { useLeaderText } from './leaderText.js';
import './assessment-leader.css';

/**
 * /selvvurdering/:id: answering a round, one dimension per step (`?trin=1…12`, then
 * `?trin=indsend` to review and submit). Every move saves what changed, so the leader can leave
 * and come back; a submitted, closed or not yet open round shows a note instead of the form.
 */
export function AnswerPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { value: data, setValue: setData, missing, error } = useLoadById(id, getMyAnswering);
  const [conflict, setConflict] = useState<string | null>(null);

  // The round stopped taking answers meanwhile (closed, or submitted elsewhere): show how it stands.
  const onConflict = useCallback(
    (message: string) => {
      setConflict(message);
      getMyAnswering(id)
        .then(setData)
        .catch(() => undefined);
    },
    [id, setData],
  );

  return (
    <Page title={data?.round.name ?? t('assessment.answer.title')}>
      <p>
        <Link to="/selvvurdering">{t('assessment.backToList')}</Link>
      </p>
      {missing && <p>{t('assessment.answer.missing')}</p>}
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!data && !missing && !error && <p>{t('common.loading')}</p>}
      {conflict && (
        <Alert variant="error">
          <p>{conflict}</p>
          <p>{t('assessment.answer.reloaded')}</p>
        </Alert>
      )}
      {data && data.round.state === 'submitted' && (
        <Alert variant="success" heading={t('assessment.answer.submittedHeading')}>
          <p>{t('assessment.answer.submittedText')}</p>
          <p>
            <Link to={`/selvvurdering/${id}/profil`}>{t('assessment.answer.seeProfile')}</Link>
          </p>
        </Alert>
      )}
      {data && data.round.state !== 'submitted' && data.round.status === 'closed' && (
        <Alert variant="info">
          <p>{t('assessment.answer.closedText')}</p>
        </Alert>
      )}
      {data && data.round.state !== 'submitted' && data.round.status === 'scheduled' && (
        <Alert variant="info">
          <p>
            {t('assessment.answer.scheduledText', { date: formatDate(data.round.opensAt, i18n.language) })}
          </p>
        </Alert>
      )}
      {data && data.round.state !== 'submitted' && data.round.status === 'open' && (
        <Answering key={id} id={id} data={data} onConflict={onConflict} />
      )}
    </Page>
  );
}

function Answering({
  id,
  data,
  onConflict,
}: {
  id: string;
  data: MyAnswering;
  onConflict: (message: string) => void;
}) {
  const { t } = useTranslation();
  const localized = useLeaderText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const { instrument } = data;
  const steps = instrument.dimensions.length;
  const [answers, setAnswers] = useState<AnswerMap>(() => ({ ...data.answers }) as AnswerMap);
  const [saved, setSaved] = useState<AnswerMap>(() => ({ ...data.answers }) as AnswerMap);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const asked = parseStep(params.get('trin'), steps);
  const step: Step = asked ?? firstOpenStep(instrument, saved);
  const shownStep = useRef(step);

  // Without a (valid) step in the address, start where the leader left off and say so there.
  useEffect(() => {
    if (asked === null) setParams({ trin: stepParam(step) }, { replace: true });
  }, [asked, step, setParams]);

  // A new step: its heading takes focus (and the page scrolls to it), as a new page's h1 would.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (detailsRef.current) detailsRef.current.open = false;
    headingRef.current?.focus({ preventScroll: true });
    sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  /** A round that stopped taking answers (409) is loaded again; other errors go to the summary. */
  const fail = async (err: unknown, fallbackId: string) => {
    if (err instanceof ApiError && err.status === 409) {
      form.clear();
      onConflict(err.message);
      return;
    }
    const fields = err instanceof ApiError ? Object.entries(err.fields) : [];
    // A statement's error names the statement and its step: the server's messages are alike.
    const errors: FieldError[] = fields.length
      ? fields.map(([field, message]) => {
          const key = field.startsWith('answers.') ? field.slice('answers.'.length) : null;
          const step = key ? instrument.dimensions.findIndex((d) => d.items.some((i) => i.key === key)) : -1;
          const item = instrument.dimensions[step]?.items.find((i) => i.key === key);
          if (!key || !item) return { id: fallbackId, message };
          const text = localized(item.text);
          return {
            id: itemFieldId(key),
            message: t('assessment.answer.fieldError', { text, step: step + 1, message }),
          };
        })
      : [{ id: fallbackId, message: messageOf(err) }];
    form.show(errors);
  };

  /** Saves what changed since the last save; false when the server refused (errors shown). */
  const flush = async (fallbackId: string): Promise<boolean> => {
    const changed = changedAnswers(answers, saved);
    if (Object.keys(changed).length === 0) return true;
    try {
      const res = await saveMyAnswers(id, { answers: changed });
      setSaved({ ...res.answers } as AnswerMap);
      return true;
    } catch (err) {
      await fail(err, fallbackId);
      return false;
    }
  };

  const stepDimension = step === 'review' ? null : instrument.dimensions[step - 1];
  const firstField = stepDimension?.items[0] ? itemFieldId(stepDimension.items[0].key) : 'step-heading';

  const go = async (to: Step | 'later') => {
    setBusy(true);
    const ok = await flush(firstField);
    setBusy(false);
    if (!ok) return;
    form.clear();
    if (to === 'later')
      navigate('/selvvurdering', {
        state: { notice: { variant: 'success', text: t('assessment.answer.savedLater') } },
      });
    else setParams({ trin: stepParam(to) });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const left = unanswered(instrument, answers);
    if (left.length > 0)
      return form.show(
        left.map((u) => ({
          id: itemFieldId(u.item.key),
          message: t('assessment.answer.review.missingAnswer', {
            text: localized(u.item.text),
            step: u.step,
          }),
        })),
      );
    setBusy(true);
    try {
      if (!(await flush('review-submit'))) return;
      await submitMyAnswers(id);
      navigate(`/selvvurdering/${id}/profil`, {
        state: { notice: { variant: 'success', text: t('assessment.answer.submittedNotice') } },
      });
    } catch (err) {
      await fail(err, 'review-submit');
    } finally {
      setBusy(false);
    }
  };

  const answer = (key: string, value: Answer) => setAnswers((a) => ({ ...a, [key]: value }));
  const back = previousStep(step, steps);
  const totalItems = instrument.dimensions.reduce((n, d) => n + d.items.length, 0);
  const answeredItems = instrument.dimensions.reduce((n, d) => n + answeredCount(d.items, answers), 0);

  return (
    <>
      {step === 1 && <p>{t('assessment.answer.intro')}</p>}
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <p className="aktion-answer-progress">
        {t('assessment.answer.overall', { answered: answeredItems, total: totalItems })}
      </p>
      <AnswerSteps
        instrument={instrument}
        answers={answers}
        current={step}
        onGo={(to) => void go(to)}
        detailsRef={detailsRef}
      />
      <section aria-labelledby="step-heading" className="aktion-answer-step" ref={sectionRef}>
        <p className="step-subheading" id="step-progress">
          {step === 'review'
            ? t('assessment.answer.review.step')
            : t('assessment.answer.step', { step, total: steps })}
          {stepDimension && ` · ${t(`assessment.answer.kind.${stepDimension.kind}`)}`}
        </p>
        <h2 id="step-heading" ref={headingRef} tabIndex={-1} aria-describedby="step-progress">
          {stepDimension ? localized(stepDimension.name) : t('assessment.answer.review.heading')}
        </h2>
        {stepDimension ? (
          <>
            <p className="aktion-answer-description">{localized(stepDimension.description)}</p>
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void go(nextStep(step, steps));
              }}
            >
              <AnswerDimension
                dimension={stepDimension}
                answers={answers}
                onAnswer={answer}
                errorFor={form.errorFor}
                fieldId={itemFieldId}
              />
              <div className="aktion-actions aktion-answer-actions">
                <button type="submit" className="button button-primary" disabled={busy}>
                  {busy ? t('assessment.answer.saving') : t('assessment.answer.saveContinue')}
                </button>
                {back !== null && (
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    onClick={() => void go(back)}
                  >
                    {t('assessment.answer.back')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button-tertiary"
                  disabled={busy}
                  onClick={() => void go('later')}
                >
                  {t('assessment.answer.saveLater')}
                </button>
              </div>
              <p className="form-hint">{t('assessment.answer.saveNote')}</p>
            </form>
          </>
        ) : (
          <AnswerReview
            instrument={instrument}
            answers={answers}
            busy={busy}
            onGo={(to) => void go(to)}
            onSubmit={submit}
          />
        )}
      </section>
    </>
  );
}
