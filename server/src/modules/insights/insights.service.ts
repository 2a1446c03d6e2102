import type {
  InsightListRes,
  InsightOptionsRes,
  InsightQuery,
  InsightRes,
  InsightSourceQuery,
  InsightSourceRes,
  InsightVersionListRes,
} from '../../../../core/schemas/insights.js';
import { notFound } from '../../lib/app-error.js';
import type { AppContext, Executor } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import * as choices from './choices.repository.js';
import { canSee, ownCohortIds, type Viewer } from './insights.policy.js';
import { focusAreasByInsight, presentInsight, presentVersion } from './insights.presenter.js';
import * as repo from './insights.repository.js';
import { searchWords } from './insights.search.js';
import { resolveSource } from './insights.sources.js';
import { viewerRows } from './viewer.repository.js';

/** The reader as visibility sees them (insights.policy.ts Viewer), in one query. */
export async function viewerOf(exec: Executor, actor: OrgActor): Promise<Viewer> {
  const rows = await viewerRows(exec, actor.organisationId, actor.userId);
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  return {
    userId: actor.userId,
    organisationId: actor.organisationId,
    isAdmin: actor.roles.includes('admin'),
    personIds: of('person').map((r) => r.id),
    participantCohortIds: of('participant').map((r) => r.id),
    facilitatedCohortIds: of('facilitator').map((r) => r.id),
    memberSets: of('member').map((r) => ({ setId: r.id, cohortId: r.cohort_id ?? '' })),
    facilitatedSetIds: of('set_facilitator').map((r) => r.id),
  };
}

/** An insight the reader may see; anything else, another organisation's too, is 404. */
export async function loadVisible(exec: Executor, viewer: Viewer, id: string) {
  const row = await repo.findInsight(exec, viewer.organisationId, id);
  if (!row || !canSee(viewer, row)) throw notFound();
  return row;
}

export async function presentOne(exec: Executor, viewer: Viewer, row: repo.InsightDisplayRow) {
  const areas = focusAreasByInsight(await repo.focusAreasOf(exec, viewer.organisationId, [row.id]));
  return presentInsight(row, areas.get(row.id) ?? [], viewer.userId);
}

/**
 * The library: what the reader may see, filtered; with `q`, those holding every word in some
 * inflected form, best first (a query with nothing searchable left finds nothing); else newest first.
 */
export async function listInsights(
  ctx: AppContext,
  actor: OrgActor,
  query: InsightQuery,
): Promise<InsightListRes> {
  const exec = ctx.db.kysely;
  const viewer = await viewerOf(exec, actor);
  const words = searchWords(query.q);
  const page = { limit: query.limit, offset: query.offset };
  if (words && words.length === 0) return { items: [], total: 0, ...page };
  const { rows, total } = await repo.listVisible(exec, viewer, query, words, page);
  const areas = focusAreasByInsight(
    await repo.focusAreasOf(
      exec,
      actor.organisationId,
      rows.map((r) => r.id),
    ),
  );
  return {
    items: rows.map((r) => presentInsight(r, areas.get(r.id) ?? [], actor.userId)),
    total,
    ...page,
  };
}

export async function getInsight(ctx: AppContext, actor: OrgActor, id: string): Promise<InsightRes> {
  const exec = ctx.db.kysely;
  const viewer = await viewerOf(exec, actor);
  return presentOne(exec, viewer, await loadVisible(exec, viewer, id));
}

/**
 * Every save, newest first. The author sees all; anyone else only the versions that were shared
 * with them when saved, so a private draft never shows through a later share.
 */
export async function listVersions(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
): Promise<InsightVersionListRes> {
  const exec = ctx.db.kysely;
  const viewer = await viewerOf(exec, actor);
  const insight = await loadVisible(exec, viewer, id);
  const [versions, areas] = await Promise.all([
    repo.listVersions(exec, actor.organisationId, id),
    choices.focusAreas(exec, actor.organisationId),
  ]);
  const names = new Map(areas.map((a) => [a.id, a.name]));
  const seen = versions.filter((v) =>
    canSee(viewer, {
      author_user_id: insight.author_user_id,
      visibility: v.visibility,
      cohort_id: insight.cohort_id,
      set_id: v.set_id,
    }),
  );
  return { items: seen.map((v) => presentVersion(v, names)) };
}

/** The choices of the library's filters and of the insight form. */
export async function getOptions(ctx: AppContext, actor: OrgActor): Promise<InsightOptionsRes> {
  const exec = ctx.db.kysely;
  const viewer = await viewerOf(exec, actor);
  const [areas, fields, visibleCohorts, mine] = await Promise.all([
    choices.focusAreas(exec, actor.organisationId),
    choices.activeFields(exec, actor.organisationId),
    choices.cohortsOfVisible(exec, viewer),
    choices.cohortsByIds(exec, actor.organisationId, ownCohortIds(viewer)),
  ]);
  const cohorts = new Map([...mine, ...visibleCohorts].map((c) => [c.id, c]));
  return {
    focusAreas: areas
      .filter((a) => a.archived_at === null)
      .map(({ id, name, colour }) => ({ id, name, colour })),
    fields,
    cohorts: [...cohorts.values()]
      .sort((a, b) => b.starts_on.localeCompare(a.starts_on) || a.name.localeCompare(b.name, 'da'))
      .map(({ id, name }) => ({ id, name })),
    myCohorts: mine.map(({ id, name }) => ({
      id,
      name,
      inSet: viewer.memberSets.some((s) => s.cohortId === id),
    })),
  };
}

/** A source the reader may make an insight from, as the form shows it. */
export async function getSource(
  ctx: AppContext,
  actor: OrgActor,
  query: InsightSourceQuery,
): Promise<InsightSourceRes> {
  const exec = ctx.db.kysely;
  const viewer = await viewerOf(exec, actor);
  const source = await resolveSource(exec, viewer, query.type, query.id);
  const [cohort] = await choices.cohortsByIds(exec, actor.organisationId, [source.cohortId]);
  if (!cohort) throw notFound();
  return {
    sourceType: source.type,
    sourceId: source.id,
    cohort: { id: cohort.id, name: cohort.name },
    title: source.title,
    phase: source.phase,
    date: source.date,
    excerpt: source.excerpt,
    inSet: source.setId !== null || viewer.memberSets.some((s) => s.cohortId === source.cohortId),
  };
}
