import type { Executor, Trx } from '../../lib/context.js';
import type { GlossaryTermRow, NewGlossaryTermRow, ReadabilityTargetRow } from './glossary.tables.js';

/** The organisation's whole glossary (at most GlossaryLimits.termsMax rows). */
export function listTerms(exec: Executor, organisationId: string): Promise<GlossaryTermRow[]> {
  return exec
    .selectFrom('glossary_terms')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .execute();
}

export function findTerm(
  exec: Executor,
  organisationId: string,
  id: string,
): Promise<GlossaryTermRow | undefined> {
  return exec
    .selectFrom('glossary_terms')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Several terms in one statement; the unique (organisation_id, term_key) refuses a duplicate. */
export async function insertTerms(exec: Executor, rows: NewGlossaryTermRow[]): Promise<void> {
  if (rows.length === 0) return;
  await exec.insertInto('glossary_terms').values(rows).execute();
}

export async function updateTerm(
  trx: Trx,
  organisationId: string,
  id: string,
  values: Pick<GlossaryTermRow, 'term' | 'term_key' | 'variants' | 'explanation' | 'updated_at'>,
): Promise<void> {
  await trx
    .updateTable('glossary_terms')
    .set(values)
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .execute();
}

/** False when there is no such term in the organisation. */
export async function deleteTerm(trx: Trx, organisationId: string, id: string): Promise<boolean> {
  const done = await trx
    .deleteFrom('glossary_terms')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(done.numDeletedRows) === 1;
}

export function listTargets(exec: Executor, organisationId: string): Promise<ReadabilityTargetRow[]> {
  return exec
    .selectFrom('readability_targets')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .execute();
}

/** Sets the given targets, leaving the other text types as they are. */
export async function upsertTargets(
  trx: Trx,
  organisationId: string,
  targets: ReadonlyArray<{ textType: string; target: number }>,
  nowIso: string,
): Promise<void> {
  await trx
    .insertInto('readability_targets')
    .values(
      targets.map((t) => ({
        organisation_id: organisationId,
        text_type: t.textType,
        target: t.target,
        updated_at: nowIso,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'text_type']).doUpdateSet((eb) => ({
        target: eb.ref('excluded.target'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
