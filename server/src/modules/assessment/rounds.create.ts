import {
  INSTRUMENT_V1,
  OrganisationItemsSchema,
  withOrganisationItems,
} from '../../../../core/assessment/instrument.js';
import type { CreateRoundReq, RoundFilter, RoundSummary } from '../../../../core/schemas/assessment.js';
import { AppError, fieldError, forbidden, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { newId } from '../../lib/ids.js';
import type { OrgActor } from '../../lib/policy.js';
import { canRunCohort } from '../cohorts/cohorts.policy.js';
import { findCohortRow, listFacilitators } from '../cohorts/cohorts.repository.js';
import { findField } from '../people/fields.repository.js';
import { findUnit } from '../units/units.repository.js';
import {
  cohortFilters,
  cohortInvitees,
  type Invitee,
  insertInvitations,
  placeInvitees,
  populationInvitees,
  unitPaths,
} from './invitations.js';
import { checkDates, instant } from './round-dates.js';
import { sendInvitations } from './rounds.mail.js';
import * as repo from './rounds.repository.js';
import { getRound } from './rounds.service.js';
import { organisationK } from './settings.repository.js';

/** The cohort's current participants, if the actor runs the cohort (else 404, as cohorts answer). */
async function cohortSource(trx: Trx, actor: OrgActor, cohortId: string): Promise<Invitee[]> {
  const cohort = await findCohortRow(trx, actor.organisationId, cohortId);
  if (!cohort) throw notFound();
  const facilitators = (await listFacilitators(trx, [cohortId])).map((f) => f.id);
  if (!canRunCohort(actor, facilitators)) throw notFound();
  return cohortInvitees(trx, actor.organisationId, cohortId);
}

/** Leaders chosen by unit, level and field: administrators only, the unit and field their own. */
async function populationSource(trx: Trx, actor: OrgActor, input: CreateRoundReq): Promise<Invitee[]> {
  const population = input.population;
  if (!population) throw fieldError('population', 'field.required');
  if (!actor.roles.includes('admin')) throw forbidden('population_needs_admin');
  if (population.unitId && !(await findUnit(trx, actor.organisationId, population.unitId)))
    throw fieldError('population.unitId', 'org.unknown_unit');
  if (population.fieldId && !(await findField(trx, actor.organisationId, population.fieldId)))
    throw fieldError('population.fieldId', 'org.unknown_field');
  return populationInvitees(trx, actor.organisationId, population);
}

/** The organisation's newest published instrument (the built-in one plus its own items), else the built-in one. */
async function currentInstrument(exec: Executor, organisationId: string) {
  const row = await repo.latestPublishedInstrument(exec, organisationId);
  if (!row) return { id: null, instrument: INSTRUMENT_V1 };
  const own = OrganisationItemsSchema.parse(JSON.parse(row.own_items));
  return { id: row.id, instrument: withOrganisationItems(INSTRUMENT_V1, own) };
}

async function checkCompareRound(trx: Trx, actor: OrgActor, id: string | null) {
  if (id === null) return;
  const round = await repo.findRound(trx, actor.organisationId, id);
  if (!round) throw fieldError('compareRoundId', 'field.compare_round');
}

/**
 * Opens a round for a cohort or a population. The invitation list is fixed now, with where each
 * person stands, and so is the round's k (the organisation's k now: what the invitations promise);
 * fewer than k invited is refused (409 `too_few_invited`). A
 * round that opens now sends its invitations in the same transaction; a later one by the job.
 */
export async function createRound(
  ctx: AppContext,
  actor: OrgActor,
  input: CreateRoundReq,
): Promise<RoundSummary> {
  const now = ctx.clock.now();
  const opensAt = instant(input.opensAt);
  const closesAt = instant(input.closesAt);
  checkDates(opensAt, closesAt, now);
  const org = actor.organisationId;
  const id = await ctx.db.kysely.transaction().execute(async (trx) => {
    const invitees = input.cohortId
      ? await cohortSource(trx, actor, input.cohortId)
      : await populationSource(trx, actor, input);
    await checkCompareRound(trx, actor, input.compareRoundId);
    const k = await organisationK(trx, org);
    if (invitees.length < k)
      throw new AppError('conflict', 'assessment.too_few_invited', {
        reason: 'too_few_invited',
        params: { k, count: invitees.length },
      });
    const { filters, keysOf } = input.cohortId
      ? { filters: [] as RoundFilter[], keysOf: new Map<string, string[]>() }
      : await cohortFilters(trx, org, new Set(invitees.map((i) => i.personId)), k);
    const placements = placeInvitees(invitees, await unitPaths(trx, org), keysOf);
    const instrument = await currentInstrument(trx, org);
    const roundId = newId();
    const row = {
      id: roundId,
      organisation_id: org,
      name: input.name,
      kind: input.kind,
      cohort_id: input.cohortId,
      population: input.population ? JSON.stringify(input.population) : null,
      instrument_id: instrument.id,
      instrument: JSON.stringify(instrument.instrument),
      compare_round_id: input.compareRoundId,
      opens_at: opensAt,
      closes_at: closesAt,
      // Fixed now: the invitations promise groups of at least this k, and the close never goes below it.
      k,
      invitations_sent_at: null,
      reminder_sent_at: null,
      closed_at: null,
      filters: JSON.stringify(filters),
      release: null,
      created_by_user_id: actor.userId,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    };
    await repo.insertRound(trx, row);
    await insertInvitations(trx, org, roundId, placements);
    await recordAudit(trx, ctx.clock, {
      organisationId: org,
      actorUserId: actor.userId,
      action: 'assessment_round.created',
      entityType: 'assessment_round',
      entityId: roundId,
      changes: {
        name: input.name,
        kind: input.kind,
        cohortId: input.cohortId,
        population: input.population,
        opensAt,
        closesAt,
        compareRoundId: input.compareRoundId,
        invited: placements.length,
        filters: filters.length,
      },
    });
    if (Date.parse(opensAt) <= now.getTime()) await sendInvitations(ctx, trx, row);
    return roundId;
  });
  return getRound(ctx, actor, id);
}
