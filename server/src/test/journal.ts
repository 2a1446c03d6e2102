import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/dialect.js';
import { createEntry } from './action-learning.js';
import { createCohort, signedInParticipant } from './cohorts.js';
import { signedInUser } from './factories.js';
import { saveSetDirectly } from './learning-sets.js';
import { type Session, send } from './test-app.js';

/** A project body that passes validation; `over` changes single fields. */
export function projectBody(over: Record<string, unknown> = {}) {
  return {
    title: 'Færre dobbeltregistreringer',
    challenge: 'Mine medarbejdere skriver det samme ind i to systemer.',
    question: 'Hvordan kan vi slippe for at skrive det samme to gange?',
    attempt: 'Kortlægge en uges registreringer sammen med teamet.',
    involve: 'To socialrådgivere og teamkoordinatoren.',
    successMeasure: 'Halvt så mange registreringer om en måned.',
    focusAreaIds: [],
    status: 'idea',
    share: 'private',
    version: null,
    ...over,
  };
}

/**
 * A cohort with a facilitator, a learning set of two participants (`author` and `mate`), a
 * participant outside the set (`outsider`), a facilitator of another cohort and an administrator
 * who facilitates nothing: everyone the privacy rules tell apart.
 */
export async function journalCohort(app: FastifyInstance, db: Db, organisationId: string) {
  const facilitator = await signedInUser(app, db, ['facilitator'], organisationId);
  const cohort = await createCohort(db, organisationId, {
    endsOn: '2099-12-31',
    facilitatorUserIds: [facilitator.id],
  });
  const author = await signedInParticipant(app, db, organisationId, cohort.id);
  const mate = await signedInParticipant(app, db, organisationId, cohort.id);
  const outsider = await signedInParticipant(app, db, organisationId, cohort.id);
  const setId = await saveSetDirectly(db, organisationId, cohort.id, [author.person.id, mate.person.id]);
  const otherFacilitator = await signedInUser(app, db, ['facilitator'], organisationId);
  await createCohort(db, organisationId, { facilitatorUserIds: [otherFacilitator.id] });
  const admin = await signedInUser(app, db, ['admin', 'observer'], organisationId);
  return { cohort, setId, facilitator, author, mate, outsider, otherFacilitator, admin };
}

/** Writes a journal entry through the API as `session`; returns its id. */
export async function writeEntry(
  app: FastifyInstance,
  session: Session,
  cohortId: string,
  body: string,
  share: 'private' | 'facilitator' | 'set' = 'private',
): Promise<string> {
  const res = await send(app, session, {
    method: 'POST',
    url: `/api/my/cohorts/${cohortId}/journal`,
    payload: { phase: 'reflect', body, share },
  });
  if (res.statusCode !== 201) throw new Error(`writing an entry failed: ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A journal entry written straight into the database (for cases that have no session at hand). */
export async function insertEntry(
  db: Db,
  organisationId: string,
  cohortId: string,
  personId: string,
  body = 'Et dagbogsindlæg',
  share: 'private' | 'facilitator' | 'set' = 'private',
) {
  return (await createEntry(db, organisationId, cohortId, personId, { body, share })).id;
}
