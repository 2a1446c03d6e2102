/**
 * Released aggregates of a closed round: read from the release stored at close, never computed
 * from responses at request time, so no request can get more than the rules released. Only the
 * round's own fixed filters can be chosen; change is shown against another closed round under
 * core `releaseChange`. Reads are not audited (nothing changes).
 * Rows are the groups of the round's invitations, not of its answers: a group nobody answered in
 * is listed as hidden (`too_few`) like one with a few answers, so a row's presence says nothing.
 */
import type { Instrument } from '../../../../core/assessment/instrument.js';
import type { Level } from '../../../../core/organisation.js';
import type { Heatmap, HeatmapQuery, RoundFilter } from '../../../../core/schemas/assessment.js';
import { AppError, conflict, notFound } from '../../lib/app-error.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import { tabulate } from '../../lib/table.js';
import type { NamedTable } from '../../lib/table-file.js';
import { type ChangeSide, changeFinder, type InvitedPlacement, invitedGroups } from './change.js';
import { fileSlug, heatmapColumns, heatmapFileName } from './heatmap.columns.js';
import {
  type HeatmapView,
  listedCells,
  presentHeatmap,
  unitDepthsOf,
  unitTreeOrder,
} from './heatmap.presenter.js';
import * as repo from './heatmap.repository.js';
import { findRound } from './rounds.repository.js';
import type { StoredRelease } from './stored-release.js';

/** A round of the actor's organisation (else 404) whose release is computed (else 409). */
async function closedRound(ctx: AppContext, actor: OrgActor, id: string) {
  const exec = ctx.db.kysely;
  const round = await findRound(exec, actor.organisationId, id);
  if (!round) throw notFound();
  if (round.release === null) throw conflict('heatmap.round_not_closed', 'round_not_closed');
  return { round, release: JSON.parse(round.release) as StoredRelease };
}

const unknownFilter = () =>
  new AppError('validation_failed', 'error.validation_failed', {
    reason: 'unknown_filter',
    fields: { filter: { key: 'heatmap.unknown_filter' } },
  });

async function invitedPlacements(
  ctx: AppContext,
  actor: OrgActor,
  roundId: string,
): Promise<InvitedPlacement[]> {
  const rows = await repo.invitations(ctx.db.kysely, actor.organisationId, roundId);
  return rows.map((r) => ({
    personId: r.person_id,
    unitPath: JSON.parse(r.unit_path) as string[],
    level: r.level as Level,
    fieldId: r.field_id,
    filterKeys: JSON.parse(r.filter_keys) as string[],
  }));
}

/** The heatmap of one breakdown of a closed round, within one of its fixed filters (or all of it). */
export async function getHeatmap(
  ctx: AppContext,
  actor: OrgActor,
  roundId: string,
  query: HeatmapQuery,
): Promise<Heatmap> {
  const exec = ctx.db.kysely;
  const { round, release } = await closedRound(ctx, actor, roundId);
  const filters = JSON.parse(round.filters) as RoundFilter[];
  const filter = query.filter ?? null;
  if (filter !== null && !filters.some((f) => f.key === filter)) throw unknownFilter();
  const population = release.populations.find((p) => p.filter === filter);
  if (!population) throw unknownFilter();
  const invited = await invitedPlacements(ctx, actor, round.id);
  const cells = listedCells(
    population.breakdowns[query.breakdown],
    invitedGroups(invited, filter, query.breakdown),
  );

  let compare: Heatmap['compare'] = null;
  let changeOf: HeatmapView['changeOf'];
  if (query.compare !== undefined) {
    if (query.compare === round.id) {
      throw new AppError('validation_failed', 'error.validation_failed', {
        fields: { compare: { key: 'heatmap.compare_same' } },
      });
    }
    const other = await closedRound(ctx, actor, query.compare);
    compare = { id: other.round.id, name: other.round.name };
    const after: ChangeSide = { release, invited };
    const before: ChangeSide = {
      release: other.release,
      invited: await invitedPlacements(ctx, actor, other.round.id),
    };
    changeOf = changeFinder(query.breakdown, filter, after, before);
  }

  const unitIds = [...new Set(cells.flatMap((c) => (c.group.unitId === null ? [] : [c.group.unitId])))];
  const fieldIds = [...new Set(cells.flatMap((c) => (c.group.fieldId === null ? [] : [c.group.fieldId])))];
  const [unitNames, fieldNames] = await Promise.all([
    repo.unitNames(exec, actor.organisationId, unitIds),
    repo.fieldNames(exec, actor.organisationId, fieldIds),
  ]);
  const paths = invited.map((p) => p.unitPath);
  const unitDepths = unitDepthsOf(paths, release.unitDepths);
  const instrument = JSON.parse(round.instrument) as Instrument;
  const byKey = new Map(instrument.dimensions.map((d) => [d.key, d]));
  return presentHeatmap({
    round: {
      id: round.id,
      name: round.name,
      closedAt: round.closed_at ?? round.closes_at,
      k: release.k,
    },
    breakdown: query.breakdown,
    filter,
    filters,
    compare,
    dimensions: release.dimensions.flatMap((key) => {
      const d = byKey.get(key);
      return d ? [{ key, kind: d.kind, name: d.name }] : [];
    }),
    release,
    cells,
    unitOrder: unitTreeOrder(paths, new Set(unitIds), unitNames, unitDepths),
    unitDepths,
    unitNames,
    fieldNames,
    changeOf,
  });
}

/** The same heatmap as a table for CSV or XLSX: the same rows, suppressed cells as marker text. */
export async function heatmapTable(
  ctx: AppContext,
  actor: OrgActor,
  roundId: string,
  query: HeatmapQuery,
): Promise<NamedTable> {
  const heatmap = await getHeatmap(ctx, actor, roundId, query);
  return {
    baseName: heatmapFileName(fileSlug(heatmap.round.name), heatmap.breakdown),
    sheetName: 'Resultater',
    table: tabulate(heatmapColumns(heatmap), heatmap.rows),
  };
}
