import type { FastifyInstance } from 'fastify';
import type { RoundSummary } from '../../../core/schemas/assessment.js';
import type { Db } from '../db/dialect.js';
import { DAY } from '../lib/clock.js';
import { insertRound } from './assessment.js';
import { createCohort } from './cohorts.js';
import { createPerson } from './factories.js';
import { type Session, send } from './test-app.js';

/** `n` people of the organisation, each with an e-mail address unless `email: null`. */
export async function createPeople(
  db: Db,
  organisationId: string,
  n: number,
  options: {
    unitId?: string | null;
    level?: string;
    fieldId?: string | null;
    left?: boolean;
    email?: null;
  } = {},
) {
  const people: Array<{ id: string; name: string }> = [];
  for (let i = 0; i < n; i++) people.push(await createPerson(db, organisationId, options));
  return people;
}

/** Enrols existing people in a cohort as current participants (`removed` ones as removed). */
export async function enrol(
  db: Db,
  organisationId: string,
  cohortId: string,
  personIds: string[],
  removed = false,
) {
  if (personIds.length === 0) return;
  const now = new Date().toISOString();
  await db.kysely
    .insertInto('cohort_participants')
    .values(
      personIds.map((person_id) => ({
        cohort_id: cohortId,
        organisation_id: organisationId,
        person_id,
        added_at: now,
        removed_at: removed ? now : null,
      })),
    )
    .execute();
}

/** A cohort with `n` current participants (leaders, each with an e-mail address). */
export async function cohortWithPeople(
  db: Db,
  organisationId: string,
  n: number,
  options: { facilitatorUserIds?: string[]; name?: string } = {},
) {
  const cohort = await createCohort(db, organisationId, options);
  const people = await createPeople(db, organisationId, n, { level: 'leder' });
  await enrol(
    db,
    organisationId,
    cohort.id,
    people.map((p) => p.id),
  );
  return { cohort, people };
}

/** A create-round body that opens now and closes in two weeks (relative to `now`). */
export function roundBody(now: Date, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Baseline 2027',
    kind: 'baseline',
    opensAt: new Date(now.getTime() - 60_000).toISOString(),
    closesAt: new Date(now.getTime() + 14 * DAY).toISOString(),
    ...overrides,
  };
}

/** Creates a round through the API and fails the test unless it is made. */
export async function createRoundVia(
  app: FastifyInstance,
  session: Session,
  body: object,
): Promise<RoundSummary> {
  const res = await send(app, session, { method: 'POST', url: '/api/assessment/rounds', payload: body });
  if (res.statusCode !== 201) throw new Error(`round not created: ${res.statusCode} ${res.body}`);
  return res.json<RoundSummary>();
}

/** Mails in the outbox whose text holds the round's answering link. */
export function roundMails(db: Db, roundId: string) {
  return db.kysely
    .selectFrom('mail_outbox')
    .select(['to_address', 'subject', 'text_body'])
    .where('text_body', 'like', `%/selvvurdering/${roundId}%`)
    .orderBy('to_address')
    .execute();
}

/** Audit actions recorded for one entity, oldest first, with their changes. */
export async function auditOf(db: Db, entityId: string) {
  const rows = await db.kysely
    .selectFrom('audit_log')
    .select(['action', 'changes', 'actor_user_id'])
    .where('entity_id', '=', entityId)
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    ...r,
    changes: r.changes ? (JSON.parse(r.changes) as Record<string, unknown>) : null,
  }));
}

/** A round of the organisation with one invited leader: open, or scheduled, by the app's `now`. */
export async function roundAt(
  db: Db,
  organisationId: string,
  now: Date,
  options: { scheduled?: boolean } = {},
) {
  const [person] = await createPeople(db, organisationId, 1, { level: 'leder' });
  const name = `Måling ${crypto.randomUUID()}`;
  const t = now.getTime();
  const round = await insertRound(db, organisationId, {
    name,
    opensAt: new Date(t + (options.scheduled ? DAY : -DAY)).toISOString(),
    closesAt: new Date(t + 7 * DAY).toISOString(),
    invited: [{ personId: person?.id ?? '', unitPath: [], level: 'leder', fieldId: null }],
  });
  return { id: round.id, name };
}
