import { z } from 'zod';
import {
  explanationWarnings,
  type GlossaryEntry,
  unexplainedTerms,
} from '../../../../core/plain-language/jargon.js';
import { readability } from '../../../../core/plain-language/lix.js';
import { DEFAULT_LIX_TARGETS, TEXT_TYPES, type TextType } from '../../../../core/plain-language/targets.js';
import type {
  ReadabilityItem,
  ReadabilityReportRes,
  ReadabilityTargetsBody,
  ReadabilityTargetsRes,
} from '../../../../core/schemas/glossary.js';
import { fieldError } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { NarrativeAbilities } from '../narrative/narrative.policy.js';
import { GlossaryAbilities } from './glossary.policy.js';
import * as repo from './glossary.repository.js';
import { loadGlossary } from './glossary.service.js';
import * as sources from './readability.repository.js';

/** Texts shorter than this say too little for a LIX score to mean anything. */
export const MIN_REPORT_WORDS = 5;

/** The organisation's target per text type: its own where set, else the default. */
async function targetsOf(exec: Executor, organisationId: string): Promise<Record<TextType, number>> {
  const own = new Map((await repo.listTargets(exec, organisationId)).map((r) => [r.text_type, r.target]));
  return Object.fromEntries(
    TEXT_TYPES.map((t) => [t, Number(own.get(t) ?? DEFAULT_LIX_TARGETS[t])]),
  ) as Record<TextType, number>;
}

export async function getTargets(ctx: AppContext, actor: OrgActor): Promise<ReadabilityTargetsRes> {
  const targets = await targetsOf(ctx.db.kysely, actor.organisationId);
  return {
    targets: TEXT_TYPES.map((t) => ({
      textType: t,
      target: targets[t],
      defaultTarget: DEFAULT_LIX_TARGETS[t],
    })),
    canEdit: can(actor, GlossaryAbilities.edit),
  };
}

/** Sets the given types' targets (the others stay); each type at most once (400 naming it). */
export async function saveTargets(
  ctx: AppContext,
  actor: OrgActor,
  body: ReadabilityTargetsBody,
): Promise<ReadabilityTargetsRes> {
  const seen = new Set<TextType>();
  body.targets.forEach((t, i) => {
    if (seen.has(t.textType)) throw fieldError(`targets.${i}.textType`, 'field.duplicate_text_type');
    seen.add(t.textType);
  });
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await targetsOf(trx, actor.organisationId);
    await repo.upsertTargets(trx, actor.organisationId, body.targets, ctx.clock.now().toISOString());
    const changes = Object.fromEntries(
      body.targets
        .filter((t) => t.target !== before[t.textType])
        .map((t) => [t.textType, [before[t.textType], t.target]]),
    );
    if (Object.keys(changes).length === 0) return;
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'readability_targets.updated',
      entityType: 'readability_targets',
      entityId: null,
      changes,
    });
  });
  return getTargets(ctx, actor);
}

/** One text before it is scored. */
interface Text {
  textType: TextType;
  title: string;
  context: string | null;
  path: string;
  text: string;
  /** Set for glossary explanations: the warnings the glossary itself shows. */
  unexplained?: readonly string[];
}

/** What the report reads of a narrative document (one that is not like this gives no items). */
const StoredNarrativeSchema = z.object({
  title: z.string(),
  parts: z.array(z.object({ headline: z.string(), body: z.string(), forLeaders: z.string() })),
});

/**
 * Every text of the organisation that leaders or employees read. The narrative: its newest version
 * (the draft too) for those who write it, else the newest published one, which is all they may
 * read. The e-mail type has a target but no texts here: the product has no e-mail texts an
 * organisation edits yet (its e-mails are fixed texts in server/src/lib/messages.ts).
 */
async function collectTexts(
  exec: Executor,
  actor: OrgActor,
  glossary: readonly GlossaryEntry[],
): Promise<Text[]> {
  const organisationId = actor.organisationId;
  const writesNarrative = can(actor, NarrativeAbilities.manage);
  const [narrative, modules, events] = await Promise.all([
    sources.newestNarrative(exec, organisationId, !writesNarrative),
    sources.newestProgrammeModules(exec, organisationId),
    sources.eventDescriptions(exec, organisationId),
  ]);
  const texts: Text[] = [];
  const doc = narrative ? StoredNarrativeSchema.safeParse(JSON.parse(narrative)) : null;
  for (const part of doc?.success ? doc.data.parts : []) {
    texts.push({
      textType: 'narrative',
      title: part.headline,
      context: doc?.data?.title ?? null,
      path: writesNarrative ? '/fortaelling/rediger' : '/fortaelling',
      text: [part.body, part.forLeaders].filter((s) => s.trim()).join('\n\n'),
    });
  }
  for (const m of modules) {
    texts.push({
      textType: 'programme_module',
      title: m.title,
      context: m.programme,
      path: `/programmer/${m.programmeId}`,
      text: m.description,
    });
  }
  for (const e of events) {
    texts.push({
      textType: 'event_description',
      title: e.title,
      context: null,
      path: `/admin/arrangementer/${e.id}`,
      text: e.description,
    });
  }
  for (const entry of glossary) {
    texts.push({
      textType: 'glossary',
      title: entry.term,
      context: null,
      path: '/ordliste',
      text: entry.explanation,
      unexplained: explanationWarnings(entry, glossary),
    });
  }
  return texts;
}

/** The organisation's texts scored against its glossary and targets, hardest first. */
export async function getReport(
  ctx: AppContext,
  actor: OrgActor,
  filter: { over?: 'true' | 'false'; textType?: TextType },
): Promise<ReadabilityReportRes> {
  const exec = ctx.db.kysely;
  const [{ entries }, targets] = await Promise.all([
    loadGlossary(exec, actor.organisationId),
    targetsOf(exec, actor.organisationId),
  ]);
  const scored: ReadabilityItem[] = [];
  for (const t of await collectTexts(exec, actor, entries)) {
    const score = readability(t.text);
    if (score.words < MIN_REPORT_WORDS) continue;
    const target = targets[t.textType];
    scored.push({
      textType: t.textType,
      title: t.title,
      context: t.context,
      path: t.path,
      lix: score.lix,
      words: score.words,
      target,
      overTarget: score.lix > target,
      unexplainedTerms: t.unexplained ? [...t.unexplained] : unexplainedTerms(t.text, entries),
    });
  }
  scored.sort((a, b) => b.lix - a.lix || a.title.localeCompare(b.title, 'da'));
  // The totals cover every type whatever the filter, so a page can show them beside a filtered list.
  const totals = TEXT_TYPES.map((textType) => {
    const ofType = scored.filter((i) => i.textType === textType);
    return { textType, texts: ofType.length, overTarget: ofType.filter((i) => i.overTarget).length };
  });
  const items = scored.filter(
    (i) => (filter.over !== 'true' || i.overTarget) && (!filter.textType || i.textType === filter.textType),
  );
  return { items, totals };
}
