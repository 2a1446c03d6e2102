import type { FastifyInstance } from 'fastify';
import { type Answer, INSTRUMENT_V1 } from '../../../core/assessment/instrument.js';
import { type Answers, scoreRespondent } from '../../../core/assessment/scoring.js';
import type { Role } from '../../../core/roles.js';
import type { Db } from '../db/dialect.js';
import { insertProfile, insertRound, type Placement } from './assessment.js';
import { createCohort, enrolNew } from './cohorts.js';
import { createPerson, signedInUser } from './factories.js';
import { type Session, send } from './test-app.js';

/** A signed-in account with a person row of its own (a leader), as the answering routes need. */
export async function signedInLeader(
  app: FastifyInstance,
  db: Db,
  organisationId: string,
  roles: Role[] = ['participant'],
) {
  const user = await signedInUser(app, db, roles, organisationId);
  const person = await createPerson(db, organisationId, { level: 'leder' });
  await db.kysely.updateTable('persons').set({ user_id: user.id }).where('id', '=', person.id).execute();
  return { ...user, person };
}

/** Where an invited person stands, for insertRound's `invited`. */
export const placed = (personId: string): Placement => ({
  personId,
  unitPath: [],
  level: 'leder',
  fieldId: null,
});

/**
 * Answers that give each dimension the mean of the given values (1–5, as meant, mirrored here
 * for reverse-worded items), in item order; items beyond the values are "ved ikke". A dimension
 * left out gets `fallback` (as meant, mirrored too) for every item.
 */
export function answersMeaning(
  byDimension: Record<string, readonly (1 | 2 | 3 | 4 | 5)[]>,
  fallback: Answer = 3,
  instrument = INSTRUMENT_V1,
): Answers {
  const answers: Record<string, Answer> = {};
  for (const d of instrument.dimensions) {
    const values = byDimension[d.key];
    d.items.forEach((item, i) => {
      const v = values ? values[i] : fallback;
      answers[item.key] =
        v === undefined || v === 'dont_know' ? 'dont_know' : item.reverse ? ((6 - v) as Answer) : v;
    });
  }
  return answers;
}

/** Saves the answers and submits them through the API; throws on anything but success. */
export async function answerAndSubmit(
  app: FastifyInstance,
  session: Session,
  roundId: string,
  answers: Answers,
) {
  const saved = await send(app, session, {
    method: 'PUT',
    url: `/api/my/assessments/${roundId}/answers`,
    payload: { answers },
  });
  if (saved.statusCode !== 200) throw new Error(`saving answers failed: ${saved.body}`);
  const submitted = await send(app, session, {
    method: 'POST',
    url: `/api/my/assessments/${roundId}/submit`,
  });
  if (submitted.statusCode !== 200) throw new Error(`submitting failed: ${submitted.body}`);
  return submitted;
}

/** The account's person in the organisation (one per account), made when it has none. */
async function personOf(db: Db, owner: { id: string; organisationId: string }) {
  const existing = await db.kysely
    .selectFrom('persons')
    .select('id')
    .where('organisation_id', '=', owner.organisationId)
    .where('user_id', '=', owner.id)
    .executeTakeFirst();
  if (existing) return existing;
  const person = await createPerson(db, owner.organisationId, { level: 'leder' });
  await db.kysely.updateTable('persons').set({ user_id: owner.id }).where('id', '=', person.id).execute();
  return person;
}

/**
 * A round the account is invited to (through a person row of its own), optionally with its
 * profile there: a full draft, or submitted (and shared). For cases that need one to exist.
 */
export async function ownRound(
  db: Db,
  owner: { id: string; organisationId: string },
  profile: 'none' | 'draft' | 'submitted' | 'shared' = 'none',
) {
  const person = await personOf(db, owner);
  const name = `Måling ${crypto.randomUUID()}`;
  const round = await insertRound(db, owner.organisationId, { name, invited: [placed(person.id)] });
  if (profile !== 'none') {
    const answers = answersMeaning({}, 4);
    const now = new Date().toISOString();
    await insertProfile(db, owner.organisationId, round.id, person.id, answers, {
      submittedAt: profile === 'draft' ? null : now,
      scores: profile === 'draft' ? undefined : scoreRespondent(INSTRUMENT_V1, answers),
      sharedAt: profile === 'shared' ? now : null,
    });
  }
  return { id: round.id, name, personId: person.id };
}

/** A cohort round the account facilitates, where a participant shared a submitted profile. */
export async function sharedWithFacilitator(db: Db, facilitator: { id: string; organisationId: string }) {
  const org = facilitator.organisationId;
  const cohort = await createCohort(db, org, { facilitatorUserIds: [facilitator.id] });
  const person = await enrolNew(db, org, cohort.id, `Deler ${crypto.randomUUID()}`);
  const round = await insertRound(db, org, { cohortId: cohort.id, invited: [placed(person.id)] });
  const answers = answersMeaning({}, 4);
  const now = new Date().toISOString();
  await insertProfile(db, org, round.id, person.id, answers, {
    submittedAt: now,
    scores: scoreRespondent(INSTRUMENT_V1, answers),
    sharedAt: now,
  });
  return { roundId: round.id, personName: person.name };
}
