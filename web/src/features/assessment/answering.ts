import type { Answer } from '../../../../core/assessment/instrument.js';
import type { InstrumentView, MyRound } from '../../../../core/schemas/assessment.js';

/** What the leader has chosen so far, by item key. */
export type AnswerMap = Record<string, Answer>;

/** The answering page's steps: one per dimension (1…n), then the review where one submits. */
export type Step = number | 'review';
export const REVIEW_PARAM = 'indsend';

/** The id of a statement's radio group (its first option); the error summary links to it. */
export const itemFieldId = (key: string) => `svar-${key}`;

/** `?trin=` → a step; anything unknown starts where the leader left off. */
export function parseStep(value: string | null, steps: number): Step | null {
  if (value === REVIEW_PARAM) return 'review';
  if (value === null || !/^\d{1,2}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 && n <= steps ? n : null;
}

export const stepParam = (step: Step): string => (step === 'review' ? REVIEW_PARAM : String(step));

/** Where to pick up: the first dimension with an unanswered statement, else the review. */
export function firstOpenStep(instrument: InstrumentView, answers: AnswerMap): Step {
  const i = instrument.dimensions.findIndex((d) => d.items.some((item) => answers[item.key] === undefined));
  return i === -1 ? 'review' : i + 1;
}

export const nextStep = (step: Step, steps: number): Step =>
  step === 'review' || step >= steps ? 'review' : step + 1;

export const previousStep = (step: Step, steps: number): Step | null =>
  step === 'review' ? steps : step > 1 ? step - 1 : null;

/** The statements without an answer, in order, each with its step. */
export function unanswered(instrument: InstrumentView, answers: AnswerMap) {
  return instrument.dimensions.flatMap((d, i) =>
    d.items
      .filter((item) => answers[item.key] === undefined)
      .map((item) => ({ step: i + 1, dimension: d, item })),
  );
}

export function answeredCount(items: ReadonlyArray<{ key: string }>, answers: AnswerMap): number {
  return items.filter((item) => answers[item.key] !== undefined).length;
}

/** What differs from what the server has: the body of a save (null clears an answer). */
export function changedAnswers(current: AnswerMap, saved: AnswerMap): Record<string, Answer | null> {
  const changed: Record<string, Answer | null> = {};
  for (const [key, value] of Object.entries(current)) if (saved[key] !== value) changed[key] = value;
  for (const key of Object.keys(saved)) if (!(key in current)) changed[key] = null;
  return changed;
}

/** A radio's value back to an answer ("1"…"5" or "dont_know"). */
export function parseAnswer(value: string): Answer | null {
  if (value === 'dont_know') return 'dont_know';
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 || n === 4 || n === 5 ? n : null;
}

/**
 * How a round shows in my list: to answer (open, not submitted), answered (submitted, any
 * status), coming (scheduled), or missed (closed before I submitted).
 */
export type RoundGroup = 'open' | 'submitted' | 'scheduled' | 'missed';

export function roundGroup(round: Pick<MyRound, 'status' | 'state'>): RoundGroup {
  if (round.state === 'submitted') return 'submitted';
  if (round.status === 'open') return 'open';
  return round.status === 'scheduled' ? 'scheduled' : 'missed';
}

export const ROUND_GROUPS: readonly RoundGroup[] = ['open', 'submitted', 'scheduled', 'missed'];
