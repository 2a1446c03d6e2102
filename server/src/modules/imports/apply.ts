import { conflict } from '../../lib/app-error.js';
import type { Trx } from '../../lib/context.js';
import { insertPerson, updatePerson } from '../people/people.repository.js';
import { insertUnit, updateUnit } from '../units/units.repository.js';
import * as repo from './imports.repository.js';
import { NOW, type Plan } from './imports.types.js';

const stale = (detail: string) => conflict('import.stale', 'import_stale', { detail });

function resolveNow<V extends object>(values: V, nowIso: string): V {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === NOW ? nowIso : v])) as V;
}

function matches(current: object, expected: object): boolean {
  const row = current as Record<string, unknown>;
  return Object.entries(expected).every(([k, v]) => row[k] === v);
}

/**
 * Writes a plan in the caller's transaction, in order: units (parents first), then people. Each
 * write first checks that the organisation is still as the dry run saw it (no external id taken
 * meanwhile, no changed row); the first that is not throws 409 `import_stale`, and the caller's
 * transaction rolls back everything written before it.
 */
export async function applyPlan(trx: Trx, organisationId: string, plan: Plan, nowIso: string): Promise<void> {
  const existing = await repo.loadExisting(trx, organisationId);
  const units = new Map(existing.units.map((u) => [u.id, u]));
  const unitIdByExt = new Map(existing.units.filter((u) => u.external_id).map((u) => [u.external_id!, u.id]));
  const persons = new Map(existing.persons.map((p) => [p.id, p]));
  const personIdByExt = new Map(
    existing.persons.filter((p) => p.external_id).map((p) => [p.external_id!, p.id]),
  );
  const stamp = { created_at: nowIso, updated_at: nowIso, organisation_id: organisationId };

  for (const op of plan.units) {
    if (op.op === 'create') {
      if (units.has(op.id) || unitIdByExt.has(op.externalId)) throw stale(op.externalId);
      const values = resolveNow(op.values, nowIso);
      await insertUnit(trx, { ...values, ...stamp, id: op.id, external_id: op.externalId });
      units.set(op.id, { ...values, id: op.id, external_id: op.externalId });
      unitIdByExt.set(op.externalId, op.id);
    } else {
      const current = units.get(op.id);
      if (!current || current.external_id !== op.externalId || !matches(current, op.expect)) {
        throw stale(op.externalId);
      }
      await updateUnit(trx, organisationId, op.id, {
        ...resolveNow(op.set, nowIso),
        updated_at: nowIso,
      });
    }
  }
  for (const op of plan.people) {
    if (op.op === 'create') {
      if (persons.has(op.id) || personIdByExt.has(op.externalId)) throw stale(op.externalId);
      await insertPerson(trx, {
        ...resolveNow(op.values, nowIso),
        ...stamp,
        id: op.id,
        external_id: op.externalId,
      });
      personIdByExt.set(op.externalId, op.id);
    } else {
      const current = persons.get(op.id);
      if (!current || current.external_id !== op.externalId || !matches(current, op.expect)) {
        throw stale(op.externalId);
      }
      await updatePerson(trx, organisationId, op.id, {
        ...resolveNow(op.set, nowIso),
        updated_at: nowIso,
      });
    }
  }
}

// A unique index refusing a write means someone took an external id between the check and the write.
export { isUniqueViolation } from '../../lib/db-errors.js';
