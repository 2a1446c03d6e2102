import type { Answer, Instrument } from '../../../../core/assessment/instrument.js';
import type {
  InstrumentView,
  MyAnswering,
  MyRound,
  MyRoundState,
  RoundKind,
  RoundStatus,
} from '../../../../core/schemas/assessment.js';
import type { MyInvitationRow } from './my-assessments.repository.js';

export type StoredAnswers = Record<string, Answer>;

export const parseInstrument = (json: string): Instrument => JSON.parse(json) as Instrument;
export const parseAnswers = (json: string | null): StoredAnswers =>
  json === null ? {} : (JSON.parse(json) as StoredAnswers);

export const itemKeys = (instrument: Instrument): string[] =>
  instrument.dimensions.flatMap((d) => d.items.map((i) => i.key));

/** The fields of a round and of my profile there that MyRound shows. */
export type MyRoundFacts = Pick<
  MyInvitationRow,
  'id' | 'name' | 'kind' | 'opens_at' | 'closes_at' | 'submitted_at' | 'shared_with_facilitators_at'
> & { hasProfile: boolean };

/** A round as the invited leader sees it: its dates and how far they are, never anyone else's. */
export function presentMyRound(
  round: MyRoundFacts,
  status: RoundStatus,
  instrument: Instrument,
  answers: StoredAnswers,
): MyRound {
  const keys = itemKeys(instrument);
  const state: MyRoundState =
    round.submitted_at !== null ? 'submitted' : round.hasProfile ? 'draft' : 'not_started';
  return {
    id: round.id,
    name: round.name,
    kind: round.kind as RoundKind,
    status,
    opensAt: round.opens_at,
    closesAt: round.closes_at,
    state,
    // "Ved ikke" is an answer: it counts as answered.
    answeredItems: keys.filter((k) => answers[k] !== undefined).length,
    totalItems: keys.length,
    sharedWithFacilitators: round.shared_with_facilitators_at !== null,
  };
}

/** The instrument as the leader reads it: no scoring hints (which items are worded in reverse). */
export function presentInstrument(instrument: Instrument): InstrumentView {
  return {
    version: instrument.version,
    dimensions: instrument.dimensions.map((d) => ({
      key: d.key,
      kind: d.kind,
      name: d.name,
      description: d.description,
      items: d.items.map((i) => ({ key: i.key, text: i.text })),
    })),
  };
}

export function presentAnswering(
  round: MyRound,
  instrument: Instrument,
  answers: StoredAnswers,
  submittedAt: string | null,
): MyAnswering {
  return { round, instrument: presentInstrument(instrument), answers, submittedAt };
}
