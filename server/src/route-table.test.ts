import { expect, it } from 'vitest';
import { ROLES } from '../../core/roles.js';
import type { Db } from './db/dialect.js';
import type { Clock } from './lib/clock.js';
import { organisationFingerprint } from './modules/imports/imports.repository.js';
import { codeAt } from './modules/second-factor/totp.js';
import { createEntry } from './test/action-learning.js';
import { ownRound, sharedWithFacilitator } from './test/assessment-answers.js';
import { smallClosedRound } from './test/assessment-heatmap.js';
import { cohortWithPeople, roundAt, roundBody } from './test/assessment-rounds.js';
import {
  createActivity,
  createCohort,
  createSignupActivity,
  enrolNew,
  enrolUser,
  holdSeat,
} from './test/cohorts.js';
import { describeEachDialect } from './test/databases.js';
import { eventBody, eventRow, registrationBody } from './test/events.js';
import {
  createField,
  createPerson,
  createSecondFactor,
  createUnit,
  createUser,
  signedInUser,
} from './test/factories.js';
import { createFile, SMALL_PDF } from './test/files.js';
import { insertGlossaryTerm } from './test/glossary.js';
import { insertInsight, insertJournalEntry } from './test/insights.js';
import { insertInstrumentVersion, ownItem } from './test/instruments.js';
import { insertEntry, projectBody } from './test/journal.js';
import { saveSetDirectly, splittableCohort } from './test/learning-sets.js';
import {
  insertNarrativeQuestion,
  narrativeDocument,
  narrativePart,
  uniqueNarrativeVersion,
} from './test/narrative.js';
import { createFocusArea, createProgrammeVersion } from './test/programmes.js';
import { insertMatrixVersion, insertResponsibilityGroup, matrixDocument } from './test/responsibilities.js';
import { cohortWithSet, createMeeting } from './test/set-meetings.js';
import { send, useTestApp } from './test/test-app.js';

/**
 * Routes anyone may call without a session, reviewed by hand. Everything else must have a case
 * below, so a new route of a later module fails this test until its tenancy is proven.
 */
const PUBLIC_ROUTES = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/confirm',
  'GET /api/auth/invitations/:token',
  'POST /api/auth/invitations/accept',
  'POST /api/auth/login/second-factor',
  'GET /api/auth/login-options',
  'GET /api/auth/sso/:slug/start',
  'GET /api/auth/sso/callback',
  'GET /api/public/events',
  'GET /api/public/events/:slug',
  'POST /api/public/events/:slug/registrations',
  'GET /api/public/registrations/:token',
  'GET /api/public/events.ics',
  'GET /api/public/registrations/:token/calendar.ics',
  'GET /api/public/events/:slug/calendar.ics',
  'POST /api/public/registrations/:token/substitute',
  'POST /api/public/registrations/:token/cancel',
  'POST /api/public/registrations/:token/accept',
  'OPTIONS /api/public/events/:slug/registrations',
  'GET /api/calendar/:token.ics',
]);
const isDocsRoute = (url: string) => url === '/api/docs' || url.startsWith('/api/docs/');

/** Mutating routes that must write no audit row because their records are anonymous. */
const ANONYMOUS_ROUTES = new Set<string>([]);
/** POST routes that only look, and so write nothing to the audit log. */
const READ_ONLY_POSTS = new Set<string>([
  'POST /api/organisations/current/sso/test',
  'POST /api/cohorts/:id/participants/preview',
  'POST /api/cohorts/:id/learning-sets/proposal',
]);
/**
 * Reviewed: a leader's own assessment answers, submit and share write no audit row. The audit log
 * is read by administrators, and who answered a round is released only as a count; an entry per
 * answer would name the respondents (my-assessments.service.ts).
 */
const PRIVATE_OWN_ROUTES = new Set<string>([
  'PUT /api/my/assessments/:id/answers',
  'POST /api/my/assessments/:id/submit',
  'PUT /api/my/assessments/:id/share',
  // A member's own question to the narrative: their own words, shown to others without a name; the
  // audit log is for administration (narrative/questions.service.ts).
  'POST /api/narrative/questions',
]);

type Owner = Awaited<ReturnType<typeof signedInUser>>;
interface Prepared {
  url: string;
  payload?: string | Record<string, unknown>;
  /** For a raw upload: the file's Content-Type. */
  headers?: Record<string, string>;
  /** A string from the owner's organisation that a foreign user's answer must not contain. */
  marker?: string;
}
interface RouteCase {
  /**
   * resource: addresses one thing of the owner's organisation, so a foreign user gets 404.
   * collection: lists things, so a foreign user gets only their own (the marker is absent).
   * own: acts on the caller's own account or creates in the caller's organisation.
   */
  kind: 'resource' | 'collection' | 'own';
  prepare(db: Db, owner: Owner, clock: Clock): Promise<Prepared>;
  /** The audit action a mutating route writes. */
  audit?: string;
  /**
   * Reviewed: a route that refuses everyone, its owner too, with this status and reason (asking
   * for individual assessment answers). Its tenancy is still proven: 401 without a session, 404
   * for another organisation.
   */
  refuses?: { status: number; reason: string };
}

async function colleague(db: Db, owner: Owner, options: { deactivated?: boolean } = {}) {
  return createUser(db, { organisationId: owner.organisationId, roles: ['employee'], ...options });
}

async function invitationOf(db: Db, owner: Owner) {
  const id = crypto.randomUUID();
  const now = new Date();
  await db.kysely
    .insertInto('invitations')
    .values({
      id,
      organisation_id: owner.organisationId,
      email: `inv-${id}@test.aktion.dk`,
      name: 'Inviteret',
      roles: '["employee"]',
      token_hash: id,
      invited_by_user_id: owner.id,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
      accepted_at: null,
      revoked_at: null,
    })
    .execute();
  return id;
}

async function importBatchOf(db: Db, owner: Owner) {
  const id = crypto.randomUUID();
  const zero = { created: 0, changed: 0, moved: 0, unchanged: 0 };
  await db.kysely
    .insertInto('import_batches')
    .values({
      id,
      organisation_id: owner.organisationId,
      kind: 'units',
      format: 'csv',
      file_name: 'enheder.csv',
      status: 'previewed',
      plan: JSON.stringify({
        units: [],
        people: [],
        fingerprint: await organisationFingerprint(db.kysely, owner.organisationId),
      }),
      summary: JSON.stringify({
        file: {
          encoding: 'utf-8',
          separator: ';',
          columns: [],
          mapping: {},
          suggestedMapping: {},
          missingFields: [],
        },
        counts: { units: { ...zero, ended: 0 }, people: { ...zero, left: 0, returned: 0 }, problems: 0 },
        problems: [],
      }),
      created_by_user_id: owner.id,
      created_at: new Date().toISOString(),
      applied_at: null,
    })
    .execute();
  return id;
}

/** A second factor for the owner and a code that is right at the app's time. */
async function ownCode(db: Db, owner: Owner, clock: Clock, confirmed = true) {
  const { secret } = await createSecondFactor(db, owner.id, { confirmed });
  return { code: codeAt(secret, clock.now()) };
}

/** A date with limited seats in a cohort the owner takes part in. */
async function signupDateOf(db: Db, owner: Owner) {
  const cohort = await createCohort(db, owner.organisationId, { endsOn: '2099-12-31' });
  const person = await enrolUser(db, owner.organisationId, cohort.id, owner.id);
  return { activity: await createSignupActivity(db, owner.organisationId, cohort), person };
}

/** A draft version of the owner's instrument with one own statement (numbers never clash). */
function instrumentOf(db: Db, owner: Owner) {
  return insertInstrumentVersion(db, owner.organisationId, { version: 1 + Math.floor(Math.random() * 1e9) });
}

/** A version of the owner's responsibility matrix; the tag is in every name (numbers never clash). */
async function matrixOf(db: Db, owner: Owner, status: 'draft' | 'published' = 'draft', version?: number) {
  const tag = `tag${crypto.randomUUID().slice(0, 8)}`;
  const v = await insertMatrixVersion(db, owner.organisationId, {
    status,
    version: version ?? 1 + Math.floor(Math.random() * 1e9),
    document: matrixDocument({ tag }),
  });
  return { ...v, tag };
}

async function eventOf(db: Db, owner: Owner, status: 'draft' | 'published' = 'draft') {
  const row = eventRow(owner.organisationId, { status });
  await db.kysely.insertInto('events').values(row).execute();
  return { id: row.id, title: row.title };
}

const CASES: Record<string, RouteCase> = {
  // assessment: answering and the private profile; profiles shared with facilitators (helper 2)
  'GET /api/my/assessments': {
    kind: 'collection',
    prepare: async (db, o) => ({ url: '/api/my/assessments', marker: (await ownRound(db, o)).name }),
  },
  'GET /api/my/assessments/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const round = await ownRound(db, o);
      return { url: `/api/my/assessments/${round.id}`, marker: round.name };
    },
  },
  'PUT /api/my/assessments/:id/answers': {
    kind: 'resource',
    prepare: async (db, o) => ({
      url: `/api/my/assessments/${(await ownRound(db, o)).id}/answers`,
      payload: { answers: { 'automation.tried': 4 } },
    }),
  },
  'POST /api/my/assessments/:id/submit': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/my/assessments/${(await ownRound(db, o, 'draft')).id}/submit` }),
  },
  'GET /api/my/assessments/:id/profile': {
    kind: 'resource',
    prepare: async (db, o) => {
      const round = await ownRound(db, o, 'submitted');
      return { url: `/api/my/assessments/${round.id}/profile`, marker: round.name };
    },
  },
  'PUT /api/my/assessments/:id/share': {
    kind: 'resource',
    prepare: async (db, o) => ({
      url: `/api/my/assessments/${(await ownRound(db, o, 'submitted')).id}/share`,
      payload: { shared: true },
    }),
  },
  'GET /api/assessment/rounds/:id/shared-profiles': {
    kind: 'resource',
    prepare: async (db, o) => {
      const shared = await sharedWithFacilitator(db, o);
      return { url: `/api/assessment/rounds/${shared.roundId}/shared-profiles`, marker: shared.personName };
    },
  },
  // glossary, LIX targets and the readability report (issue 9)
  'GET /api/glossary': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/glossary',
      marker: (await insertGlossaryTerm(db, o.organisationId)).term,
    }),
  },
  'POST /api/glossary/terms': {
    kind: 'own',
    audit: 'glossary_term.created',
    prepare: async () => ({
      url: '/api/glossary/terms',
      payload: { term: 'Fagsystem', variants: [], explanation: 'Et it-system til én faglig opgave.' },
    }),
  },
  'PUT /api/glossary/terms/:id': {
    kind: 'resource',
    audit: 'glossary_term.updated',
    prepare: async (db, o) => {
      const term = await insertGlossaryTerm(db, o.organisationId);
      return {
        url: `/api/glossary/terms/${term.id}`,
        payload: { term: term.term, variants: ['anden form'], explanation: 'En ny forklaring.' },
        marker: term.term,
      };
    },
  },
  'DELETE /api/glossary/terms/:id': {
    kind: 'resource',
    audit: 'glossary_term.deleted',
    prepare: async (db, o) => ({
      url: `/api/glossary/terms/${(await insertGlossaryTerm(db, o.organisationId)).id}`,
    }),
  },
  'POST /api/glossary/starter': {
    kind: 'own',
    audit: 'glossary.starter_added',
    prepare: async () => ({ url: '/api/glossary/starter' }),
  },
  'GET /api/readability/targets': {
    kind: 'collection',
    prepare: async (db, o) => {
      await db.kysely
        .insertInto('readability_targets')
        .values({
          organisation_id: o.organisationId,
          text_type: 'email',
          target: 63,
          updated_at: '2026-01-01',
        })
        .execute();
      return { url: '/api/readability/targets', marker: '"target":63' };
    },
  },
  'PUT /api/readability/targets': {
    kind: 'own',
    audit: 'readability_targets.updated',
    prepare: async () => ({
      url: '/api/readability/targets',
      payload: { targets: [{ textType: 'email', target: 33 }] },
    }),
  },
  'GET /api/readability/report': {
    kind: 'collection',
    prepare: async (db, o) => {
      const row = eventRow(o.organisationId, { description: 'Vi mødes og taler om data i hverdagen.' });
      await db.kysely.insertInto('events').values(row).execute();
      return { url: '/api/readability/report', marker: row.title };
    },
  },
  // assessment: the instrument's versions and own statements (helper 7)
  'GET /api/assessment/instrument': {
    kind: 'collection',
    prepare: async (db, o) => ({ url: '/api/assessment/instrument', marker: (await instrumentOf(db, o)).id }),
  },
  'GET /api/assessment/instrument/versions/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const { id, ownItems } = await instrumentOf(db, o);
      return { url: `/api/assessment/instrument/versions/${id}`, marker: ownItems[0]?.item.text.da };
    },
  },
  'POST /api/assessment/instrument/versions': {
    kind: 'own',
    audit: 'assessment_instrument.created',
    prepare: async () => ({ url: '/api/assessment/instrument/versions' }),
  },
  'PUT /api/assessment/instrument/versions/:id': {
    kind: 'resource',
    audit: 'assessment_instrument.saved',
    prepare: async (db, o) => ({
      url: `/api/assessment/instrument/versions/${(await instrumentOf(db, o)).id}`,
      payload: { items: [ownItem('data')] },
    }),
  },
  'POST /api/assessment/instrument/versions/:id/publish': {
    kind: 'resource',
    audit: 'assessment_instrument.published',
    prepare: async (db, o) => ({
      url: `/api/assessment/instrument/versions/${(await instrumentOf(db, o)).id}/publish`,
    }),
  },
  'DELETE /api/assessment/instrument/versions/:id': {
    kind: 'resource',
    audit: 'assessment_instrument.deleted',
    prepare: async (db, o) => ({
      url: `/api/assessment/instrument/versions/${(await instrumentOf(db, o)).id}`,
    }),
  },
  // the base narrative: versions and leaders' questions (issue 9)
  'GET /api/narrative': {
    kind: 'collection',
    prepare: async (db, o) => {
      const { document } = await uniqueNarrativeVersion(db, o.organisationId, 'published');
      return { url: '/api/narrative', marker: document.title };
    },
  },
  'GET /api/narrative/versions/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const { id, document } = await uniqueNarrativeVersion(db, o.organisationId);
      return { url: `/api/narrative/versions/${id}`, marker: document.title };
    },
  },
  'POST /api/narrative/versions': {
    kind: 'own',
    audit: 'narrative.created',
    prepare: async () => ({ url: '/api/narrative/versions' }),
  },
  'PUT /api/narrative/versions/:id': {
    kind: 'resource',
    audit: 'narrative.saved',
    prepare: async (db, o) => ({
      url: `/api/narrative/versions/${(await uniqueNarrativeVersion(db, o.organisationId)).id}`,
      payload: { revision: 1, document: narrativeDocument([narrativePart('del-2')]) },
    }),
  },
  'DELETE /api/narrative/versions/:id': {
    kind: 'resource',
    audit: 'narrative.deleted',
    prepare: async (db, o) => ({
      url: `/api/narrative/versions/${(await uniqueNarrativeVersion(db, o.organisationId)).id}`,
    }),
  },
  'POST /api/narrative/versions/:id/publish': {
    kind: 'resource',
    audit: 'narrative.published',
    prepare: async (db, o) => ({
      url: `/api/narrative/versions/${(await uniqueNarrativeVersion(db, o.organisationId)).id}/publish`,
      payload: { revision: 1 },
    }),
  },
  'GET /api/narrative/versions/:id/diff': {
    kind: 'resource',
    prepare: async (db, o) => {
      const version = 1 + Math.floor(Math.random() * 1e9);
      await uniqueNarrativeVersion(db, o.organisationId, 'published', version);
      const after = await uniqueNarrativeVersion(db, o.organisationId, 'draft', version + 1);
      // No `against`: the version before, in the owner's organisation only.
      return { url: `/api/narrative/versions/${after.id}/diff` };
    },
  },
  'POST /api/narrative/questions': {
    kind: 'own',
    prepare: async (db, o) => {
      await uniqueNarrativeVersion(db, o.organisationId, 'published');
      return {
        url: '/api/narrative/questions',
        payload: { partKey: 'del-1', question: 'Hvad betyder det for mig?' },
      };
    },
  },
  'PUT /api/narrative/questions/:id/answer': {
    kind: 'resource',
    audit: 'narrative_question.answered',
    prepare: async (db, o) => {
      const { id } = await insertNarrativeQuestion(db, o.organisationId, { askedBy: o.id });
      return {
        url: `/api/narrative/questions/${id}/answer`,
        payload: { answer: 'Tal med dit team om det.' },
      };
    },
  },
  'DELETE /api/narrative/questions/:id': {
    kind: 'resource',
    audit: 'narrative_question.deleted',
    prepare: async (db, o) => ({
      url: `/api/narrative/questions/${(await insertNarrativeQuestion(db, o.organisationId, { askedBy: o.id })).id}`,
    }),
  },
  // assessment: settings (k) and rounds: open, change, close, remind; raw answers refused (helper 1)
  'GET /api/assessment/settings': {
    kind: 'own',
    prepare: async () => ({ url: '/api/assessment/settings' }),
  },
  'PUT /api/assessment/settings': {
    kind: 'own',
    audit: 'assessment_settings.updated',
    prepare: async () => ({ url: '/api/assessment/settings', payload: { k: 6 } }),
  },
  'GET /api/assessment/rounds': {
    kind: 'collection',
    prepare: async (db, o, clock) => ({
      url: '/api/assessment/rounds',
      marker: (await roundAt(db, o.organisationId, clock.now())).name,
    }),
  },
  'POST /api/assessment/rounds': {
    kind: 'own',
    audit: 'assessment_round.created',
    prepare: async (db, o, clock) => {
      const { cohort } = await cohortWithPeople(db, o.organisationId, 5);
      return { url: '/api/assessment/rounds', payload: roundBody(clock.now(), { cohortId: cohort.id }) };
    },
  },
  'GET /api/assessment/rounds/:id': {
    kind: 'resource',
    prepare: async (db, o, clock) => {
      const round = await roundAt(db, o.organisationId, clock.now());
      return { url: `/api/assessment/rounds/${round.id}`, marker: round.name };
    },
  },
  'PATCH /api/assessment/rounds/:id': {
    kind: 'resource',
    audit: 'assessment_round.updated',
    prepare: async (db, o, clock) => ({
      url: `/api/assessment/rounds/${(await roundAt(db, o.organisationId, clock.now())).id}`,
      payload: { name: 'Opfølgning' },
    }),
  },
  'DELETE /api/assessment/rounds/:id': {
    kind: 'resource',
    audit: 'assessment_round.deleted',
    prepare: async (db, o, clock) => ({
      url: `/api/assessment/rounds/${(await roundAt(db, o.organisationId, clock.now(), { scheduled: true })).id}`,
    }),
  },
  'POST /api/assessment/rounds/:id/close': {
    kind: 'resource',
    audit: 'assessment_round.closed',
    prepare: async (db, o, clock) => ({
      url: `/api/assessment/rounds/${(await roundAt(db, o.organisationId, clock.now())).id}/close`,
    }),
  },
  'POST /api/assessment/rounds/:id/reminders': {
    kind: 'resource',
    audit: 'assessment_round.reminded',
    prepare: async (db, o, clock) => ({
      url: `/api/assessment/rounds/${(await roundAt(db, o.organisationId, clock.now())).id}/reminders`,
    }),
  },
  'GET /api/assessment/rounds/:id/responses': {
    kind: 'resource',
    refuses: { status: 403, reason: 'raw_answers_refused' },
    prepare: async (db, o, clock) => ({
      url: `/api/assessment/rounds/${(await roundAt(db, o.organisationId, clock.now())).id}/responses`,
    }),
  },
  // assessment: released aggregates, heatmap and exports (helper 3)
  'GET /api/assessment/rounds/:id/heatmap': {
    kind: 'resource',
    prepare: async (db, o) => {
      const round = await smallClosedRound(db, o.organisationId);
      return { url: `/api/assessment/rounds/${round.id}/heatmap`, marker: round.name };
    },
  },
  'GET /api/assessment/rounds/:id/heatmap.csv': {
    kind: 'resource',
    prepare: async (db, o) => ({
      url: `/api/assessment/rounds/${(await smallClosedRound(db, o.organisationId)).id}/heatmap.csv`,
    }),
  },
  'GET /api/assessment/rounds/:id/heatmap.xlsx': {
    kind: 'resource',
    prepare: async (db, o) => ({
      url: `/api/assessment/rounds/${(await smallClosedRound(db, o.organisationId)).id}/heatmap.xlsx`,
    }),
  },
  'GET /api/events': {
    kind: 'collection',
    prepare: async (db, o) => ({ url: '/api/events', marker: (await eventOf(db, o)).title }),
  },
  'POST /api/events': {
    kind: 'own',
    audit: 'event.created',
    prepare: async () => ({ url: '/api/events', payload: eventBody() }),
  },
  'GET /api/events/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const event = await eventOf(db, o);
      return { url: `/api/events/${event.id}`, marker: event.title };
    },
  },
  'PUT /api/events/:id': {
    kind: 'resource',
    audit: 'event.updated',
    prepare: async (db, o) => ({ url: `/api/events/${(await eventOf(db, o)).id}`, payload: eventBody() }),
  },
  'POST /api/events/:id/publish': {
    kind: 'resource',
    audit: 'event.published',
    prepare: async (db, o) => ({ url: `/api/events/${(await eventOf(db, o)).id}/publish`, payload: {} }),
  },
  'POST /api/events/:id/check-ins': {
    kind: 'resource',
    audit: 'registration.checked_in',
    prepare: async (db, o) => {
      const event = await eventOf(db, o);
      const now = new Date().toISOString();
      const code = 'ABC234';
      await db.kysely
        .insertInto('registrations')
        .values({
          id: crypto.randomUUID(),
          event_id: event.id,
          organisation_id: o.organisationId,
          status: 'confirmed',
          seq: 1,
          name: 'Deltager',
          email: `d-${crypto.randomUUID()}@test.aktion.dk`,
          job_title: null,
          organisation_name: null,
          ean: null,
          cvr: null,
          order_reference: null,
          invoice_contact: null,
          dietary_needs: null,
          price_ex_vat_ore: 0,
          vat_ore: 0,
          manage_token_hash: crypto.randomUUID(),
          ticket_version: 1,
          ticket_token_hash: crypto.randomUUID(),
          ticket_code: code,
          offered_until: null,
          checked_in_at: null,
          cancelled_at: null,
          closed_reason: null,
          anonymised_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { url: `/api/events/${event.id}/check-ins`, payload: { code } };
    },
  },
  'GET /api/my/events': {
    kind: 'collection',
    prepare: async (db, o) => ({ url: '/api/my/events', marker: (await eventOf(db, o, 'published')).title }),
  },
  'GET /api/my/events/:slug': {
    kind: 'resource',
    prepare: async (db, o) => {
      const event = await eventOf(db, o, 'published');
      return { url: `/api/my/events/e-${event.id}`, marker: event.title };
    },
  },
  'POST /api/my/events/:slug/registrations': {
    kind: 'resource',
    audit: 'registration.created',
    prepare: async (db, o) => ({
      url: `/api/my/events/e-${(await eventOf(db, o, 'published')).id}/registrations`,
      payload: { ...registrationBody(), ean: null },
    }),
  },
  'GET /api/events/:id/registrations.csv': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/events/${(await eventOf(db, o)).id}/registrations.csv` }),
  },
  'GET /api/events/:id/invoice-basis.csv': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/events/${(await eventOf(db, o)).id}/invoice-basis.csv` }),
  },
  'GET /api/events/:id/registrations.xlsx': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/events/${(await eventOf(db, o)).id}/registrations.xlsx` }),
  },
  'GET /api/events/:id/invoice-basis.xlsx': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/events/${(await eventOf(db, o)).id}/invoice-basis.xlsx` }),
  },
  'POST /api/events/:id/messages': {
    kind: 'resource',
    audit: 'event.message_sent',
    prepare: async (db, o) => ({
      url: `/api/events/${(await eventOf(db, o)).id}/messages`,
      payload: { subject: 'Hej', text: 'Tekst', includeWaitingList: false },
    }),
  },
  'GET /api/events/:id/registrations': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/events/${(await eventOf(db, o)).id}/registrations` }),
  },
  'GET /api/me': { kind: 'collection', prepare: async (_db, o) => ({ url: '/api/me', marker: o.id }) },
  'PUT /api/me/organisation': {
    kind: 'resource',
    audit: 'user.switched_organisation',
    prepare: async (_db, o) => ({
      url: '/api/me/organisation',
      payload: { organisationId: o.organisationId },
    }),
  },
  'PUT /api/me/locale': {
    kind: 'own',
    audit: 'user.locale_changed',
    prepare: async () => ({ url: '/api/me/locale', payload: { locale: 'en' } }),
  },
  'POST /api/auth/logout': {
    kind: 'own',
    audit: 'user.logged_out',
    prepare: async () => ({ url: '/api/auth/logout' }),
  },
  'GET /api/me/second-factor': {
    kind: 'own',
    prepare: async () => ({ url: '/api/me/second-factor' }),
  },
  'POST /api/me/second-factor': {
    kind: 'own',
    audit: 'user.second_factor_enrolment_started',
    prepare: async () => ({ url: '/api/me/second-factor' }),
  },
  'POST /api/me/second-factor/confirm': {
    kind: 'own',
    audit: 'user.second_factor_enabled',
    prepare: async (db, o, clock) => ({
      url: '/api/me/second-factor/confirm',
      payload: await ownCode(db, o, clock, false),
    }),
  },
  'POST /api/me/second-factor/recovery-codes': {
    kind: 'own',
    audit: 'user.recovery_codes_renewed',
    prepare: async (db, o, clock) => ({
      url: '/api/me/second-factor/recovery-codes',
      payload: await ownCode(db, o, clock),
    }),
  },
  'POST /api/me/second-factor/disable': {
    kind: 'own',
    audit: 'user.second_factor_disabled',
    prepare: async (db, o, clock) => ({
      url: '/api/me/second-factor/disable',
      payload: await ownCode(db, o, clock),
    }),
  },
  'POST /api/users/:id/second-factor/reset': {
    kind: 'resource',
    audit: 'user.second_factor_reset',
    prepare: async (db, o) => {
      const user = await colleague(db, o);
      await createSecondFactor(db, user.id);
      return { url: `/api/users/${user.id}/second-factor/reset` };
    },
  },
  'GET /api/organisations/current/sso': {
    kind: 'collection',
    prepare: async (db, o) => {
      const issuer = `https://idp-${crypto.randomUUID()}.example`;
      const now = new Date().toISOString();
      await db.kysely
        .insertInto('sso_configs')
        .values({
          organisation_id: o.organisationId,
          enabled: 1,
          issuer,
          client_id: 'aktion',
          client_secret_sealed: null,
          scopes: 'openid email profile',
          email_claim: 'email',
          name_claim: 'name',
          external_id_claim: 'sub',
          groups_claim: null,
          role_mappings: '[]',
          leader_roles: '["participant"]',
          password_login: 1,
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { url: '/api/organisations/current/sso', marker: issuer };
    },
  },
  'PUT /api/organisations/current/sso': {
    kind: 'own',
    audit: 'sso.configured',
    prepare: async () => ({
      url: '/api/organisations/current/sso',
      payload: {
        enabled: true,
        issuer: 'https://login.microsoftonline.com/tenant/v2.0',
        clientId: 'aktion',
        clientSecret: 'hemmelig',
        scopes: 'openid email profile',
        emailClaim: 'email',
        nameClaim: 'name',
        externalIdClaim: 'oid',
        groupsClaim: 'groups',
        roleMappings: [{ value: 'admins', roles: ['admin'] }],
        leaderRoles: ['participant'],
        passwordLogin: true,
      },
    }),
  },
  'POST /api/organisations/current/sso/test': {
    kind: 'own',
    // Port 9 on loopback refuses at once: the check answers without waiting on a network.
    prepare: async () => ({
      url: '/api/organisations/current/sso/test',
      payload: { issuer: 'http://127.0.0.1:9' },
    }),
  },
  'GET /api/organisations/current/embed-origins': {
    kind: 'collection',
    prepare: async (db, o) => {
      const origin = `https://site-${crypto.randomUUID()}.example`;
      await db.kysely
        .insertInto('embed_origins')
        .values({ organisation_id: o.organisationId, origin, created_at: new Date().toISOString() })
        .execute();
      return { url: '/api/organisations/current/embed-origins', marker: origin };
    },
  },
  'PUT /api/organisations/current/embed-origins': {
    kind: 'own',
    audit: 'embed_origins.updated',
    prepare: async () => ({
      url: '/api/organisations/current/embed-origins',
      payload: { origins: ['https://www.viborg.dk'] },
    }),
  },
  'GET /api/users': { kind: 'collection', prepare: async (_db, o) => ({ url: '/api/users', marker: o.id }) },
  'PUT /api/users/:id/roles': {
    kind: 'resource',
    audit: 'user.roles_changed',
    prepare: async (db, o) => ({
      url: `/api/users/${(await colleague(db, o)).id}/roles`,
      payload: { roles: ['participant'] },
    }),
  },
  'POST /api/users/:id/deactivate': {
    kind: 'resource',
    audit: 'user.deactivated',
    prepare: async (db, o) => ({ url: `/api/users/${(await colleague(db, o)).id}/deactivate` }),
  },
  'POST /api/users/:id/reactivate': {
    kind: 'resource',
    audit: 'user.reactivated',
    prepare: async (db, o) => ({
      url: `/api/users/${(await colleague(db, o, { deactivated: true })).id}/reactivate`,
    }),
  },
  'GET /api/invitations': {
    kind: 'collection',
    prepare: async (db, o) => ({ url: '/api/invitations', marker: await invitationOf(db, o) }),
  },
  'POST /api/invitations': {
    kind: 'own',
    audit: 'invitation.created',
    prepare: async () => ({
      url: '/api/invitations',
      payload: { email: `ny-${crypto.randomUUID()}@test.aktion.dk`, name: 'Ny', roles: ['employee'] },
    }),
  },
  'POST /api/invitations/:id/revoke': {
    kind: 'resource',
    audit: 'invitation.revoked',
    prepare: async (db, o) => ({ url: `/api/invitations/${await invitationOf(db, o)}/revoke` }),
  },
  'GET /api/audit': { kind: 'collection', prepare: async (_db, o) => ({ url: '/api/audit', marker: o.id }) },
  'GET /api/audit/export.csv': {
    kind: 'collection',
    prepare: async (_db, o) => ({ url: '/api/audit/export.csv', marker: o.id }),
  },
  'GET /api/dev/outbox': {
    kind: 'collection',
    prepare: async (db, o) => {
      const marker = `outbox-${crypto.randomUUID()}@test.aktion.dk`;
      await db.kysely
        .insertInto('mail_outbox')
        .values({
          id: crypto.randomUUID(),
          organisation_id: o.organisationId,
          to_address: marker,
          subject: 'Test',
          text_body: 'Test',
          status: 'held',
          created_at: new Date().toISOString(),
          sent_at: null,
        })
        .execute();
      return { url: '/api/dev/outbox', marker };
    },
  },
  'GET /api/dev/outbox/:id/attachments/:position': {
    kind: 'resource',
    prepare: async (db, o) => {
      const id = crypto.randomUUID();
      await db.kysely
        .insertInto('mail_outbox')
        .values({
          id,
          organisation_id: o.organisationId,
          to_address: 'file@test.aktion.dk',
          subject: 'Test',
          text_body: 'Test',
          status: 'held',
          created_at: new Date().toISOString(),
          sent_at: null,
        })
        .execute();
      await db.kysely
        .insertInto('mail_attachments')
        .values({
          mail_id: id,
          position: 0,
          file_name: 'a.txt',
          content_type: 'text/plain',
          content_base64: 'QQ==',
        })
        .execute();
      return { url: `/api/dev/outbox/${id}/attachments/0` };
    },
  },
  'GET /api/focus-areas': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/focus-areas',
      marker: (await createFocusArea(db, o.organisationId)).name,
    }),
  },
  'POST /api/focus-areas': {
    kind: 'own',
    audit: 'focus_area.created',
    prepare: async () => ({
      url: '/api/focus-areas',
      payload: { name: `Fokus ${crypto.randomUUID()}`, description: '', colour: '#123456' },
    }),
  },
  'PATCH /api/focus-areas/:id': {
    kind: 'resource',
    audit: 'focus_area.updated',
    prepare: async (db, o) => ({
      url: `/api/focus-areas/${(await createFocusArea(db, o.organisationId)).id}`,
      payload: { archived: true },
    }),
  },
  'GET /api/programmes': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/programmes',
      marker: (await createProgrammeVersion(db, o.organisationId)).title,
    }),
  },
  'POST /api/programmes': {
    kind: 'own',
    audit: 'programme.created',
    prepare: async () => ({
      url: '/api/programmes',
      payload: { title: 'Nyt program', purpose: '', owners: [], template: null, versionName: 'Udkast' },
    }),
  },
  'GET /api/programmes/:id': {
    kind: 'resource',
    prepare: async (db, o) => ({
      url: `/api/programmes/${(await createProgrammeVersion(db, o.organisationId)).programmeId}`,
    }),
  },
  'PUT /api/programmes/:id': {
    kind: 'resource',
    audit: 'programme.updated',
    prepare: async (db, o) => ({
      url: `/api/programmes/${(await createProgrammeVersion(db, o.organisationId)).programmeId}`,
      payload: { title: 'Nyt navn', purpose: '', owners: [] },
    }),
  },
  'GET /api/programme-versions/:id': {
    kind: 'resource',
    prepare: async (db, o) => ({
      url: `/api/programme-versions/${(await createProgrammeVersion(db, o.organisationId)).versionId}`,
    }),
  },
  'PUT /api/programme-versions/:id': {
    kind: 'resource',
    audit: 'programme_version.saved',
    prepare: async (db, o) => ({
      url: `/api/programme-versions/${(await createProgrammeVersion(db, o.organisationId)).versionId}`,
      payload: { name: 'Udkast', targetLevels: [], revision: 0, tracks: [] },
    }),
  },
  'POST /api/programme-versions/:id/publish': {
    kind: 'resource',
    audit: 'programme_version.published',
    prepare: async (db, o) => ({
      url: `/api/programme-versions/${(await createProgrammeVersion(db, o.organisationId)).versionId}/publish`,
    }),
  },
  'POST /api/programme-versions/:id/archive': {
    kind: 'resource',
    audit: 'programme_version.archived',
    prepare: async (db, o) => ({
      url: `/api/programme-versions/${(await createProgrammeVersion(db, o.organisationId)).versionId}/archive`,
    }),
  },
  'POST /api/programme-versions/:id/versions': {
    kind: 'resource',
    audit: 'programme_version.created',
    prepare: async (db, o) => ({
      url: `/api/programme-versions/${(await createProgrammeVersion(db, o.organisationId)).versionId}/versions`,
      payload: { name: 'Version 2' },
    }),
  },
  'GET /api/programme-versions/:id/compare/:otherId': {
    kind: 'resource',
    prepare: async (db, o) => {
      const { versionId } = await createProgrammeVersion(db, o.organisationId);
      return { url: `/api/programme-versions/${versionId}/compare/${versionId}` };
    },
  },
  'GET /api/cohorts': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/cohorts',
      marker: (await createCohort(db, o.organisationId)).name,
    }),
  },
  'POST /api/cohorts': {
    kind: 'own',
    audit: 'cohort.created',
    prepare: async (db, o) => ({
      url: '/api/cohorts',
      payload: {
        versionId: (await createProgrammeVersion(db, o.organisationId, { status: 'published' })).versionId,
        name: 'Hold 1',
        startsOn: '2027-01-04',
        endsOn: '2027-06-25',
        facilitatorUserIds: [o.id],
      },
    }),
  },
  'GET /api/cohorts/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      return { url: `/api/cohorts/${cohort.id}`, marker: cohort.name };
    },
  },
  'PUT /api/cohorts/:id': {
    kind: 'resource',
    audit: 'cohort.updated',
    prepare: async (db, o) => ({
      url: `/api/cohorts/${(await createCohort(db, o.organisationId)).id}`,
      payload: { name: 'Omdøbt', startsOn: '2027-01-04', endsOn: '2027-06-25', facilitatorUserIds: [] },
    }),
  },
  'POST /api/cohorts/:id/participants/preview': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await createPerson(db, o.organisationId, { level: 'chef' });
      return { url: `/api/cohorts/${cohort.id}/participants/preview`, payload: {}, marker: person.name };
    },
  },
  'POST /api/cohorts/:id/participants': {
    kind: 'resource',
    audit: 'cohort.participants_added',
    prepare: async (db, o) => ({
      url: `/api/cohorts/${(await createCohort(db, o.organisationId)).id}/participants`,
      payload: { personIds: [(await createPerson(db, o.organisationId)).id] },
    }),
  },
  'GET /api/cohorts/:id/participants': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      return { url: `/api/cohorts/${cohort.id}/participants`, marker: person.name };
    },
  },
  'POST /api/cohorts/:id/participants/:personId/remove': {
    kind: 'resource',
    audit: 'cohort.participant_removed',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      return { url: `/api/cohorts/${cohort.id}/participants/${person.id}/remove` };
    },
  },
  'GET /api/cohorts/:id/attendance': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      return { url: `/api/cohorts/${cohort.id}/attendance`, marker: person.name };
    },
  },
  'GET /api/cohorts/:id/overview': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      await enrolNew(db, o.organisationId, cohort.id);
      return { url: `/api/cohorts/${cohort.id}/overview`, marker: cohort.id };
    },
  },
  'GET /api/cohorts/:id/action-learning': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { facilitatorUserIds: [o.id] });
      const person = await enrolNew(db, o.organisationId, cohort.id);
      await createEntry(db, o.organisationId, cohort.id, person.id);
      return { url: `/api/cohorts/${cohort.id}/action-learning`, marker: person.name };
    },
  },
  'GET /api/my/cohorts/:id/journal-reminder': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      await enrolUser(db, o.organisationId, cohort.id, o.id);
      return { url: `/api/my/cohorts/${cohort.id}/journal-reminder` };
    },
  },
  'PUT /api/my/cohorts/:id/journal-reminder': {
    kind: 'resource',
    audit: 'journal_reminder.changed',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      await enrolUser(db, o.organisationId, cohort.id, o.id);
      return { url: `/api/my/cohorts/${cohort.id}/journal-reminder`, payload: { days: 21 } };
    },
  },
  'POST /api/cohorts/:id/learning-sets/proposal': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const { everyone } = await splittableCohort(db, o.organisationId, cohort.id);
      return {
        url: `/api/cohorts/${cohort.id}/learning-sets/proposal`,
        payload: { size: 4, seed: 1 },
        marker: everyone[0]!.name,
      };
    },
  },
  'GET /api/cohorts/:id/learning-sets': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      return { url: `/api/cohorts/${cohort.id}/learning-sets`, marker: person.name };
    },
  },
  'PUT /api/cohorts/:id/learning-sets': {
    kind: 'resource',
    audit: 'learning_sets.saved',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      return {
        url: `/api/cohorts/${cohort.id}/learning-sets`,
        payload: { sets: [{ name: 'Sæt 1', facilitatorUserId: null, personIds: [person.id] }] },
        marker: person.name,
      };
    },
  },
  'POST /api/cohorts/:id/learning-sets/lock': {
    kind: 'resource',
    audit: 'learning_sets.locked',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      await saveSetDirectly(db, o.organisationId, cohort.id, [person.id]);
      return { url: `/api/cohorts/${cohort.id}/learning-sets/lock` };
    },
  },
  'POST /api/cohorts/:id/learning-sets/unlock': {
    kind: 'resource',
    audit: 'learning_sets.unlocked',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      await saveSetDirectly(db, o.organisationId, cohort.id, []);
      await db.kysely
        .updateTable('cohorts')
        .set({ learning_sets_locked_at: new Date().toISOString() })
        .where('id', '=', cohort.id)
        .execute();
      return { url: `/api/cohorts/${cohort.id}/learning-sets/unlock` };
    },
  },
  'GET /api/learning-sets/:id/meetings': {
    kind: 'resource',
    prepare: async (db, o) => {
      const { setId, members } = await cohortWithSet(db, o.organisationId);
      return { url: `/api/learning-sets/${setId}/meetings`, marker: members[0]!.name };
    },
  },
  'POST /api/learning-sets/:id/meetings': {
    kind: 'resource',
    audit: 'learning_set_meeting.created',
    prepare: async (db, o) => {
      const { setId } = await cohortWithSet(db, o.organisationId);
      return {
        url: `/api/learning-sets/${setId}/meetings`,
        payload: { startsAt: '2027-03-01T13:00:00+01:00' },
      };
    },
  },
  'PATCH /api/learning-set-meetings/:id': {
    kind: 'resource',
    audit: 'learning_set_meeting.updated',
    prepare: async (db, o) => {
      const { cohort, setId, members } = await cohortWithSet(db, o.organisationId);
      const meeting = await createMeeting(db, o.organisationId, { cohortId: cohort.id, setId });
      return {
        url: `/api/learning-set-meetings/${meeting.id}`,
        payload: { attendeePersonIds: [members[0]!.id], nextSteps: 'Afprøv det i teamet.' },
        marker: members[0]!.name,
      };
    },
  },
  'DELETE /api/learning-set-meetings/:id': {
    kind: 'resource',
    audit: 'learning_set_meeting.deleted',
    prepare: async (db, o) => {
      const { cohort, setId } = await cohortWithSet(db, o.organisationId);
      const meeting = await createMeeting(db, o.organisationId, { cohortId: cohort.id, setId });
      return { url: `/api/learning-set-meetings/${meeting.id}` };
    },
  },
  'GET /api/my/learning-sets': {
    kind: 'collection',
    prepare: async (db, o) => {
      const { cohort, setId, members } = await cohortWithSet(db, o.organisationId);
      const me = await enrolUser(db, o.organisationId, cohort.id, o.id);
      await db.kysely
        .insertInto('learning_set_members')
        .values({ set_id: setId, organisation_id: o.organisationId, cohort_id: cohort.id, person_id: me.id })
        .execute();
      return { url: '/api/my/learning-sets', marker: members[0]!.name };
    },
  },
  'GET /api/my/action-learning': {
    kind: 'collection',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      const person = await enrolUser(db, o.organisationId, cohort.id, o.id);
      await insertEntry(db, o.organisationId, cohort.id, person.id, 'Mit eget indlæg');
      return { url: '/api/my/action-learning', marker: 'Mit eget indlæg' };
    },
  },
  'PUT /api/my/cohorts/:id/action-project': {
    kind: 'resource',
    audit: 'action_project.created',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      await enrolUser(db, o.organisationId, cohort.id, o.id);
      return { url: `/api/my/cohorts/${cohort.id}/action-project`, payload: projectBody() };
    },
  },
  'POST /api/my/cohorts/:id/journal': {
    kind: 'resource',
    audit: 'journal_entry.created',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      await enrolUser(db, o.organisationId, cohort.id, o.id);
      return {
        url: `/api/my/cohorts/${cohort.id}/journal`,
        payload: { phase: 'plan', body: 'Næste skridt', share: 'private' },
      };
    },
  },
  'PUT /api/journal/:id': {
    kind: 'resource',
    audit: 'journal_entry.updated',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      const person = await enrolUser(db, o.organisationId, cohort.id, o.id);
      const id = await insertEntry(db, o.organisationId, cohort.id, person.id);
      return { url: `/api/journal/${id}`, payload: { phase: 'act', body: 'Rettet', share: 'facilitator' } };
    },
  },
  'DELETE /api/journal/:id': {
    kind: 'resource',
    audit: 'journal_entry.deleted',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      const person = await enrolUser(db, o.organisationId, cohort.id, o.id);
      return { url: `/api/journal/${await insertEntry(db, o.organisationId, cohort.id, person.id)}` };
    },
  },
  'POST /api/journal/:id/comments': {
    kind: 'resource',
    audit: 'journal_comment.created',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      const person = await enrolUser(db, o.organisationId, cohort.id, o.id);
      const id = await insertEntry(db, o.organisationId, cohort.id, person.id);
      return { url: `/api/journal/${id}/comments`, payload: { body: 'En tanke' } };
    },
  },
  'GET /api/cohorts/:id/shared-with-me': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { facilitatorUserIds: [o.id] });
      const person = await enrolNew(db, o.organisationId, cohort.id);
      await insertEntry(db, o.organisationId, cohort.id, person.id, 'Til facilitatoren', 'facilitator');
      return { url: `/api/cohorts/${cohort.id}/shared-with-me`, marker: 'Til facilitatoren' };
    },
  },
  'GET /api/cohorts/:id/activities': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const activity = await createActivity(db, o.organisationId, cohort);
      return { url: `/api/cohorts/${cohort.id}/activities`, marker: activity.title };
    },
  },
  'POST /api/cohorts/:id/activities': {
    kind: 'resource',
    audit: 'activity.created',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      return {
        url: `/api/cohorts/${cohort.id}/activities`,
        payload: {
          moduleId: cohort.moduleId,
          startsAt: '2027-02-01T09:00:00+01:00',
          endsAt: '2027-02-01T12:00:00+01:00',
        },
      };
    },
  },
  'GET /api/activities/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const activity = await createActivity(db, o.organisationId, cohort);
      return { url: `/api/activities/${activity.id}`, marker: activity.title };
    },
  },
  'PATCH /api/activities/:id': {
    kind: 'resource',
    audit: 'activity.updated',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const activity = await createActivity(db, o.organisationId, cohort);
      return { url: `/api/activities/${activity.id}`, payload: { location: 'Rådhuset' } };
    },
  },
  'POST /api/activities/:id/duplicate': {
    kind: 'resource',
    audit: 'activity.duplicated',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const activity = await createActivity(db, o.organisationId, cohort);
      return { url: `/api/activities/${activity.id}/duplicate`, payload: {} };
    },
  },
  'GET /api/activities/:id/attendance': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const activity = await createActivity(db, o.organisationId, cohort);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      return { url: `/api/activities/${activity.id}/attendance`, marker: person.name };
    },
  },
  'PUT /api/activities/:id/attendance': {
    kind: 'resource',
    audit: 'attendance.marked',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const activity = await createActivity(db, o.organisationId, cohort);
      const person = await enrolNew(db, o.organisationId, cohort.id);
      return {
        url: `/api/activities/${activity.id}/attendance`,
        payload: { marks: [{ personId: person.id, status: 'absent', reason: 'Syg' }] },
      };
    },
  },
  'GET /api/my/programme': {
    kind: 'collection',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      await enrolUser(db, o.organisationId, cohort.id, o.id);
      return { url: '/api/my/programme', marker: cohort.name };
    },
  },
  'GET /api/my/calendar': {
    kind: 'own',
    prepare: async () => ({ url: '/api/my/calendar' }),
  },
  'POST /api/my/calendar/renew': {
    kind: 'own',
    audit: 'calendar.renewed',
    prepare: async () => ({ url: '/api/my/calendar/renew' }),
  },
  'GET /api/my/activities/:id/calendar.ics': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId, { endsOn: '2099-12-31' });
      await enrolUser(db, o.organisationId, cohort.id, o.id);
      const activity = await createActivity(db, o.organisationId, cohort);
      return { url: `/api/my/activities/${activity.id}/calendar.ics`, marker: activity.title };
    },
  },
  'POST /api/my/activities/:id/signup': {
    kind: 'resource',
    audit: 'registration.created',
    prepare: async (db, o) => ({
      url: `/api/my/activities/${(await signupDateOf(db, o)).activity.id}/signup`,
    }),
  },
  'DELETE /api/my/activities/:id/signup': {
    kind: 'resource',
    audit: 'registration.cancelled',
    prepare: async (db, o) => {
      const { activity, person } = await signupDateOf(db, o);
      await holdSeat(db, activity, person.id, 'confirmed');
      return { url: `/api/my/activities/${activity.id}/signup` };
    },
  },
  'POST /api/my/activities/:id/signup/accept': {
    kind: 'resource',
    audit: 'registration.offer_accepted',
    prepare: async (db, o) => {
      const { activity, person } = await signupDateOf(db, o);
      await holdSeat(db, activity, person.id, 'offered');
      return { url: `/api/my/activities/${activity.id}/signup/accept` };
    },
  },
  'GET /api/units': {
    kind: 'collection',
    prepare: async (db, o) => ({ url: '/api/units', marker: (await createUnit(db, o.organisationId)).name }),
  },
  'GET /api/units/export.csv': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/units/export.csv',
      marker: (await createUnit(db, o.organisationId)).name,
    }),
  },
  'POST /api/units': {
    kind: 'own',
    audit: 'unit.created',
    prepare: async () => ({ url: '/api/units', payload: { name: 'Ny enhed', kind: 'team' } }),
  },
  'PATCH /api/units/:id': {
    kind: 'resource',
    audit: 'unit.updated',
    prepare: async (db, o) => ({
      url: `/api/units/${(await createUnit(db, o.organisationId)).id}`,
      payload: { name: 'Omdøbt' },
    }),
  },
  'GET /api/people': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/people',
      marker: (await createPerson(db, o.organisationId)).name,
    }),
  },
  'GET /api/people/export.csv': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/people/export.csv',
      marker: (await createPerson(db, o.organisationId)).name,
    }),
  },
  'GET /api/people/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const person = await createPerson(db, o.organisationId);
      return { url: `/api/people/${person.id}`, marker: person.name };
    },
  },
  'POST /api/people': {
    kind: 'own',
    audit: 'person.created',
    prepare: async () => ({ url: '/api/people', payload: { name: 'Ny Person', level: 'leder' } }),
  },
  'PATCH /api/people/:id': {
    kind: 'resource',
    audit: 'person.updated',
    prepare: async (db, o) => ({
      url: `/api/people/${(await createPerson(db, o.organisationId)).id}`,
      payload: { jobTitle: 'Skoleleder' },
    }),
  },
  'GET /api/fields': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/fields',
      marker: (await createField(db, o.organisationId)).name,
    }),
  },
  'POST /api/fields': {
    kind: 'own',
    audit: 'field.created',
    prepare: async () => ({ url: '/api/fields', payload: { name: `Fag ${crypto.randomUUID()}` } }),
  },
  'PATCH /api/fields/:id': {
    kind: 'resource',
    audit: 'field.updated',
    prepare: async (db, o) => ({
      url: `/api/fields/${(await createField(db, o.organisationId)).id}`,
      payload: { archived: true },
    }),
  },
  'POST /api/imports': {
    kind: 'own',
    audit: 'import.previewed',
    prepare: async () => ({
      url: '/api/imports?kind=units&fileName=e.csv',
      payload: 'Enheds-id;Navn;Type\r\nA;Alfa;Team\r\n',
    }),
  },
  'POST /api/files': {
    kind: 'own',
    audit: 'file.uploaded',
    prepare: async () => ({
      url: '/api/files?fileName=plan.pdf',
      payload: SMALL_PDF.toString(),
      headers: { 'content-type': 'application/pdf' },
    }),
  },
  'GET /api/files/:id': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/files/${(await createFile(db, o.organisationId)).id}` }),
  },
  'GET /api/imports': {
    kind: 'collection',
    prepare: async (db, o) => ({ url: '/api/imports', marker: await importBatchOf(db, o) }),
  },
  'GET /api/imports/:id': {
    kind: 'resource',
    prepare: async (db, o) => ({ url: `/api/imports/${await importBatchOf(db, o)}` }),
  },
  'POST /api/imports/:id/confirm': {
    kind: 'resource',
    audit: 'import.applied',
    prepare: async (db, o) => ({ url: `/api/imports/${await importBatchOf(db, o)}/confirm` }),
  },
  'GET /api/import-mappings': {
    kind: 'collection',
    prepare: async (db, o) => {
      const name = `Mapping ${crypto.randomUUID()}`;
      const now = new Date().toISOString();
      await db.kysely
        .insertInto('import_mappings')
        .values({
          id: crypto.randomUUID(),
          organisation_id: o.organisationId,
          kind: 'people',
          name,
          mapping: '{}',
          created_at: now,
          updated_at: now,
        })
        .execute();
      return { url: '/api/import-mappings', marker: name };
    },
  },
  'POST /api/import-mappings': {
    kind: 'own',
    audit: 'import_mapping.saved',
    prepare: async () => ({
      url: '/api/import-mappings',
      payload: { kind: 'units', name: 'HR', mapping: {} },
    }),
  },
  'GET /api/insights': {
    kind: 'collection',
    prepare: async (db, o) => {
      const { statement } = await insertInsight(db, o.organisationId, o.id, {
        statement: `Indsigt ${crypto.randomUUID()}`,
      });
      return { url: '/api/insights', marker: statement };
    },
  },
  'POST /api/insights': {
    kind: 'own',
    audit: 'insight.created',
    prepare: async () => ({
      url: '/api/insights',
      payload: { statement: 'Små forsøg virker', visibility: 'private' },
    }),
  },
  'GET /api/insights/options': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/insights/options',
      marker: (await createFocusArea(db, o.organisationId)).name,
    }),
  },
  'GET /api/insights/source': {
    kind: 'resource',
    prepare: async (db, o) => {
      const cohort = await createCohort(db, o.organisationId);
      const person = await enrolUser(db, o.organisationId, cohort.id, o.id);
      const entry = await insertJournalEntry(db, o.organisationId, cohort.id, person.id);
      return { url: `/api/insights/source?type=journal_entry&id=${entry}`, marker: cohort.name };
    },
  },
  'GET /api/insights/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const insight = await insertInsight(db, o.organisationId, o.id);
      return { url: `/api/insights/${insight.id}`, marker: insight.statement };
    },
  },
  'PATCH /api/insights/:id': {
    kind: 'resource',
    audit: 'insight.updated',
    prepare: async (db, o) => ({
      url: `/api/insights/${(await insertInsight(db, o.organisationId, o.id)).id}`,
      payload: { version: 1, statement: 'Ny udgave' },
    }),
  },
  'DELETE /api/insights/:id': {
    kind: 'resource',
    audit: 'insight.deleted',
    prepare: async (db, o) => ({
      url: `/api/insights/${(await insertInsight(db, o.organisationId, o.id)).id}`,
    }),
  },
  'GET /api/insights/:id/versions': {
    kind: 'resource',
    prepare: async (db, o) => {
      const insight = await insertInsight(db, o.organisationId, o.id);
      return { url: `/api/insights/${insight.id}/versions`, marker: insight.statement };
    },
  },
  // responsibilities: the matrix, its versions, named groups and my own tasks (issue 9)
  'GET /api/responsibilities': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/responsibilities',
      marker: (await matrixOf(db, o, 'published')).tag,
    }),
  },
  'GET /api/responsibilities/mine': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/responsibilities/mine',
      marker: (await matrixOf(db, o, 'published')).id,
    }),
  },
  'POST /api/responsibilities/versions': {
    kind: 'own',
    audit: 'responsibility_matrix.created',
    prepare: async () => ({ url: '/api/responsibilities/versions' }),
  },
  'GET /api/responsibilities/versions/:id': {
    kind: 'resource',
    prepare: async (db, o) => {
      const v = await matrixOf(db, o);
      return { url: `/api/responsibilities/versions/${v.id}`, marker: v.tag };
    },
  },
  'PUT /api/responsibilities/versions/:id': {
    kind: 'resource',
    audit: 'responsibility_matrix.saved',
    prepare: async (db, o) => ({
      url: `/api/responsibilities/versions/${(await matrixOf(db, o)).id}`,
      payload: { revision: 1, document: matrixDocument() },
    }),
  },
  'POST /api/responsibilities/versions/:id/publish': {
    kind: 'resource',
    audit: 'responsibility_matrix.published',
    prepare: async (db, o) => ({
      url: `/api/responsibilities/versions/${(await matrixOf(db, o)).id}/publish`,
      payload: { revision: 1 },
    }),
  },
  'DELETE /api/responsibilities/versions/:id': {
    kind: 'resource',
    audit: 'responsibility_matrix.deleted',
    prepare: async (db, o) => ({ url: `/api/responsibilities/versions/${(await matrixOf(db, o)).id}` }),
  },
  'GET /api/responsibilities/versions/:id/diff': {
    kind: 'resource',
    prepare: async (db, o) => {
      const before = await matrixOf(db, o, 'published', 1 + Math.floor(Math.random() * 1e8));
      const after = await matrixOf(db, o, 'draft', 1e9 + Math.floor(Math.random() * 1e8));
      return {
        url: `/api/responsibilities/versions/${after.id}/diff?against=${before.id}`,
        marker: after.tag,
      };
    },
  },
  'GET /api/responsibilities/versions/:id/export.xlsx': {
    kind: 'resource',
    prepare: async (db, o) => ({
      url: `/api/responsibilities/versions/${(await matrixOf(db, o, 'published')).id}/export.xlsx`,
    }),
  },
  'GET /api/responsibilities/groups': {
    kind: 'collection',
    prepare: async (db, o) => ({
      url: '/api/responsibilities/groups',
      marker: (await insertResponsibilityGroup(db, o.organisationId)).name,
    }),
  },
  'POST /api/responsibilities/groups': {
    kind: 'own',
    audit: 'responsibility_group.created',
    prepare: async () => ({
      url: '/api/responsibilities/groups',
      payload: { name: 'MED-udvalg', personIds: [] },
    }),
  },
  'PUT /api/responsibilities/groups/:id': {
    kind: 'resource',
    audit: 'responsibility_group.updated',
    prepare: async (db, o) => ({
      url: `/api/responsibilities/groups/${(await insertResponsibilityGroup(db, o.organisationId)).id}`,
      payload: { name: 'Styregruppe', personIds: [] },
    }),
  },
  'DELETE /api/responsibilities/groups/:id': {
    kind: 'resource',
    audit: 'responsibility_group.deleted',
    prepare: async (db, o) => ({
      url: `/api/responsibilities/groups/${(await insertResponsibilityGroup(db, o.organisationId)).id}`,
    }),
  },
};

describeEachDialect('route table', (dialect) => {
  const get = useTestApp(dialect);

  it('covers every registered route: public by review, or by a tenancy case', () => {
    const uncovered = get()
      // Outside /api are only the web app's files and pages: public by design, never data.
      .routes.filter((r) => r.url.startsWith('/api') && r.method !== 'HEAD' && !isDocsRoute(r.url))
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !PUBLIC_ROUTES.has(key) && !CASES[key]);
    expect(uncovered, 'add a case to CASES (or, after review, to PUBLIC_ROUTES)').toEqual([]);
  });

  it('marks exactly the reviewed routes public', () => {
    const declaredPublic = get()
      .routes.filter((r) => r.public && r.url.startsWith('/api') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url}`);
    for (const key of declaredPublic) expect(PUBLIC_ROUTES.has(key), key).toBe(true);
  });

  it('answers 401 without a session on every non-public route', async () => {
    const { app, ctx } = get();
    const owner = await signedInUser(app, ctx.db, [...ROLES]);
    for (const [key, c] of Object.entries(CASES)) {
      const method = key.split(' ')[0] as 'GET';
      const p = await c.prepare(ctx.db, owner, get().clock);
      const res = await app.inject({ method, url: p.url, payload: p.payload, headers: p.headers });
      expect(res.statusCode, key).toBe(401);
    }
  });

  for (const [key, c] of Object.entries(CASES)) {
    it(`${key}: another organisation ${c.kind === 'own' ? 'is not involved' : 'sees nothing'}; the owner succeeds${c.audit ? ' and is audited' : ''}`, async () => {
      const { app, ctx } = get();
      const method = key.split(' ')[0] as 'GET' | 'POST' | 'PUT' | 'DELETE';
      const owner = await signedInUser(app, ctx.db, [...ROLES]);
      const stranger = await signedInUser(app, ctx.db, [...ROLES]);
      const p = await c.prepare(ctx.db, owner, get().clock);

      if (c.kind !== 'own') {
        const foreign = await send(app, stranger.session, {
          method,
          url: p.url,
          payload: p.payload,
          headers: p.headers,
        });
        if (c.kind === 'resource') {
          expect(foreign.statusCode, `${key} as another organisation`).toBe(404);
          expect(foreign.json().error.code).toBe('not_found');
        } else {
          expect(foreign.statusCode).toBe(200);
          expect(foreign.body).not.toContain(p.marker);
        }
      }

      const auditRows = () =>
        ctx.db.kysely
          .selectFrom('audit_log')
          .select(['id', 'action'])
          .where('organisation_id', '=', owner.organisationId)
          .execute();
      const before = new Set((await auditRows()).map((r) => r.id));
      const res = await send(app, owner.session, {
        method,
        url: p.url,
        payload: p.payload,
        headers: p.headers,
      });
      if (c.refuses) {
        expect(res.statusCode, `${key} refuses its owner too`).toBe(c.refuses.status);
        expect(res.json().error.reason).toBe(c.refuses.reason);
      } else {
        expect(res.statusCode, `${key} as the owner: ${res.body}`).toBeGreaterThanOrEqual(200);
        expect(res.statusCode).toBeLessThan(300);
      }
      if (p.marker) expect(res.body).toContain(p.marker);

      const added = (await auditRows()).filter((r) => !before.has(r.id)).map((r) => r.action);
      if (method === 'GET') expect(added).toEqual([]);
      else if (ANONYMOUS_ROUTES.has(key) || READ_ONLY_POSTS.has(key) || PRIVATE_OWN_ROUTES.has(key))
        expect(added).toEqual([]);
      else expect(added, `${key} must write an audit entry in the same transaction`).toContain(c.audit);
    });
  }
});
