import { explanationWarnings, type GlossaryEntry, termKey } from '../../../../core/plain-language/jargon.js';
import { STARTER_GLOSSARY } from '../../../../core/plain-language/starter-glossary.js';
import {
  GlossaryLimits,
  type GlossaryRes,
  type GlossaryTermBody,
  type GlossaryTermRes,
} from '../../../../core/schemas/glossary.js';
import { conflict, fieldError, notFound } from '../../lib/app-error.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor, Trx } from '../../lib/context.js';
import { isUniqueViolation } from '../../lib/db-errors.js';
import { newId } from '../../lib/ids.js';
import { can, type OrgActor } from '../../lib/policy.js';
import { lockOrganisation } from '../organisations/organisations.repository.js';
import { GlossaryAbilities } from './glossary.policy.js';
import { byTerm, formsOf, presentTerm, toEntry } from './glossary.presenter.js';
import * as repo from './glossary.repository.js';
import type { GlossaryTermRow } from './glossary.tables.js';

/** The organisation's terms as core's functions take them, beside their rows. */
export async function loadGlossary(exec: Executor, organisationId: string) {
  const rows = await repo.listTerms(exec, organisationId);
  return { rows, entries: rows.map(toEntry) };
}

export async function getGlossary(ctx: AppContext, actor: OrgActor): Promise<GlossaryRes> {
  const { rows, entries } = await loadGlossary(ctx.db.kysely, actor.organisationId);
  return {
    terms: rows
      .map((row, i) => presentTerm(row, entries[i]!, explanationWarnings(entries[i]!, entries)))
      .sort(byTerm),
    canEdit: can(actor, GlossaryAbilities.edit),
    starterMissing: missingStarterTerms(entries).length,
  };
}

/**
 * The starting terms the organisation lacks: those whose term is neither a term nor a variant
 * there (a term kept as another term's variant counts as present, or the button to add the
 * missing ones would never go away). A starting variant another entry already has is left out,
 * so every form keeps belonging to one entry. Counting and adding use this one list.
 */
export function missingStarterTerms(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  const taken = formsOf(entries);
  const missing: GlossaryEntry[] = [];
  for (const starter of STARTER_GLOSSARY) {
    const key = termKey(starter.term);
    if (taken.has(key)) continue;
    taken.set(key, starter.term);
    const variants = starter.variants.filter((v) => {
      if (taken.has(termKey(v))) return false;
      taken.set(termKey(v), starter.term);
      return true;
    });
    missing.push({ term: starter.term, variants, explanation: starter.explanation });
  }
  return missing;
}

/**
 * Adds the starting terms the organisation lacks; returns how many. Used by the route, for a new
 * organisation (operations.ts) and by the demo seed (stable ids). The starting list does not
 * count against GlossaryLimits.termsMax: it is ours and short.
 */
export async function addStarterTerms(
  exec: Executor,
  organisationId: string,
  nowIso: string,
  idOf: (term: string) => string = () => newId(),
): Promise<number> {
  const missing = missingStarterTerms((await loadGlossary(exec, organisationId)).entries);
  await repo.insertTerms(
    exec,
    missing.map((e) => rowOf(idOf(e.term), organisationId, e, nowIso)),
  );
  return missing.length;
}

function rowOf(id: string, organisationId: string, e: GlossaryEntry, nowIso: string): GlossaryTermRow {
  return {
    id,
    organisation_id: organisationId,
    term: e.term,
    term_key: termKey(e.term),
    variants: JSON.stringify(e.variants),
    explanation: e.explanation,
    created_at: nowIso,
    updated_at: nowIso,
  };
}

/** The body's own forms are distinct (by termKey, which also folds spaces): else 400 on `variants`. */
function checkOwnForms(body: GlossaryTermBody): GlossaryEntry {
  const own = termKey(body.term);
  const seen = new Set<string>();
  for (const v of body.variants) {
    const key = termKey(v);
    if (key === own) throw fieldError('variants', 'field.variant_is_term');
    if (seen.has(key)) throw fieldError('variants', 'field.duplicate_variant');
    seen.add(key);
  }
  return { term: body.term, variants: body.variants, explanation: body.explanation };
}

/** 409 `term_exists` when the term or a variant is already a form of another entry. */
function checkFree(entry: GlossaryEntry, others: readonly GlossaryEntry[]): void {
  const taken = formsOf(others);
  for (const form of [entry.term, ...entry.variants]) {
    const owner = taken.get(termKey(form));
    if (owner === undefined) continue;
    if (termKey(owner) === termKey(form)) throw termExists(owner);
    throw conflict('glossary.form_exists', 'term_exists', { form, term: owner });
  }
}
const termExists = (term: string) => conflict('glossary.term_exists', 'term_exists', { term });

async function audit(ctx: AppContext, trx: Trx, actor: OrgActor, id: string, entry: AuditOf) {
  await recordAudit(trx, ctx.clock, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    entityType: 'glossary_term',
    entityId: id,
    ...entry,
  });
}
type AuditOf = { action: string; changes: Record<string, unknown> };

/**
 * Adds a term. The check for a taken form runs under the organisation lock (SQLite: BEGIN
 * IMMEDIATE); the unique (organisation_id, term_key) refuses a duplicate term that races past it.
 */
export async function createTerm(
  ctx: AppContext,
  actor: OrgActor,
  body: GlossaryTermBody,
): Promise<GlossaryTermRes> {
  const entry = checkOwnForms(body);
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
      const { entries } = await loadGlossary(trx, actor.organisationId);
      if (entries.length >= GlossaryLimits.termsMax)
        throw conflict('glossary.full', 'glossary_full', { max: GlossaryLimits.termsMax });
      checkFree(entry, entries);
      const row = rowOf(newId(), actor.organisationId, entry, ctx.clock.now().toISOString());
      await repo.insertTerms(trx, [row]);
      await audit(ctx, trx, actor, row.id, {
        action: 'glossary_term.created',
        changes: { term: entry.term, variants: entry.variants },
      });
      return presentTerm(row, entry, explanationWarnings(entry, entries));
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw termExists(entry.term);
    throw error;
  }
}

/** Changes a term; another organisation's is 404. */
export async function updateTerm(
  ctx: AppContext,
  actor: OrgActor,
  id: string,
  body: GlossaryTermBody,
): Promise<GlossaryTermRes> {
  const entry = checkOwnForms(body);
  try {
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
      const { rows, entries } = await loadGlossary(trx, actor.organisationId);
      const index = rows.findIndex((r) => r.id === id);
      const before = rows[index];
      if (!before) throw notFound();
      const others = entries.filter((_, i) => i !== index);
      checkFree(entry, others);
      const now = ctx.clock.now().toISOString();
      const row = { ...rowOf(id, actor.organisationId, entry, now), created_at: before.created_at };
      const { term, term_key, variants, explanation } = row;
      await repo.updateTerm(trx, actor.organisationId, id, {
        term,
        term_key,
        variants,
        explanation,
        updated_at: now,
      });
      const variantsBefore = entries[index]!.variants;
      await audit(ctx, trx, actor, id, {
        action: 'glossary_term.updated',
        changes: {
          term: before.term === entry.term ? entry.term : [before.term, entry.term],
          ...(variantsBefore.join('\n') !== entry.variants.join('\n') && {
            variants: [variantsBefore, entry.variants],
          }),
          explanationChanged: before.explanation !== entry.explanation,
        },
      });
      return presentTerm(row, entry, explanationWarnings(entry, others));
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw termExists(entry.term);
    throw error;
  }
}

export async function deleteTerm(ctx: AppContext, actor: OrgActor, id: string): Promise<void> {
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await repo.findTerm(trx, actor.organisationId, id);
    if (!row || !(await repo.deleteTerm(trx, actor.organisationId, id))) throw notFound();
    await audit(ctx, trx, actor, id, { action: 'glossary_term.deleted', changes: { term: row.term } });
  });
}

/** Adds the missing starting terms; a second call adds none and records nothing. */
export async function addStarter(ctx: AppContext, actor: OrgActor): Promise<{ added: number }> {
  return ctx.db.kysely.transaction().execute(async (trx) => {
    await lockOrganisation(trx, ctx.db.dialect, actor.organisationId);
    const added = await addStarterTerms(trx, actor.organisationId, ctx.clock.now().toISOString());
    if (added > 0) {
      await recordAudit(trx, ctx.clock, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action: 'glossary.starter_added',
        entityType: 'glossary',
        entityId: null,
        changes: { added },
      });
    }
    return { added };
  });
}
