import { foldName } from '../../../../core/csv/templates.js';
import { personSearchText } from '../../../../core/organisation.js';
import { NOW, type PersonInput, type PersonOp, type PersonValues } from './imports.types.js';
import { diff, label, type PlanContext, withSubunits } from './planner.js';

const PERSON_KEYS: Array<Exclude<keyof PersonValues, 'search_text'>> = [
  'name',
  'email',
  'job_title',
  'unit_id',
  'level',
  'field_id',
  'left_at',
];

/**
 * Plans the people of a file: creates, changes, moves and returns (a person who had left is in the
 * file again). People with an external id who are no longer in the file are marked as left, but
 * only in the units the file covers: the units it places people in, the units of its units part
 * (`unitScope`), and every existing unit below those. A partial file (`ctx.fullExtract` false)
 * marks nobody as left.
 */
export function planPeople(
  ctx: PlanContext,
  rows: PersonInput[],
  unitScope: Set<string>,
): { ops: PersonOp[]; unchanged: number } {
  const fields = ctx.existing.fields.filter((f) => !f.archived_at);
  const fieldByName = new Map<string, string>();
  for (const f of fields) {
    fieldByName.set(foldName(f.key), f.id);
    fieldByName.set(foldName(f.name), f.id);
  }
  const fieldName = new Map(ctx.existing.fields.map((f) => [f.id, f.name]));
  const ops: PersonOp[] = [];
  const scope = new Set(unitScope);
  let unchanged = 0;

  for (const p of rows) {
    const id = ctx.filePersonIds.get(p.externalId)!;
    const before = ctx.personsByExt.get(p.externalId);
    let unit = before?.unit_id ?? null;
    if (p.unitExternalId === null) unit = null;
    else if (p.unitExternalId !== undefined) {
      unit = ctx.fileUnitIds.get(p.unitExternalId) ?? ctx.unitsByExt.get(p.unitExternalId)?.id ?? null;
      if (!unit) ctx.problem(p, 'unitExternalId', 'import.problem.unit_missing', { unit: p.unitExternalId });
      else if (ctx.unitsById.has(unit)) scope.add(unit);
    }
    let field = before?.field_id ?? null;
    if (p.field === null) field = null;
    else if (p.field !== undefined) {
      field = fieldByName.get(foldName(p.field)) ?? null;
      if (!field) {
        ctx.problem(p, 'field', 'import.problem.unknown_field', {
          value: p.field,
          known: fields.map((f) => f.name).join(', '),
        });
      }
    }
    const name = p.name ?? before?.name ?? p.externalId;
    const email = p.email === undefined ? (before?.email ?? null) : p.email;
    const after: PersonValues = {
      name,
      email,
      search_text: personSearchText(name, email),
      job_title: p.jobTitle === undefined ? (before?.job_title ?? null) : p.jobTitle,
      unit_id: unit,
      level: p.level ?? before?.level ?? 'medarbejder',
      field_id: field,
      left_at: null,
    };
    const show = { line: p.line, externalId: p.externalId, name };
    if (!before) {
      ops.push({
        op: 'create',
        id,
        externalId: p.externalId,
        values: after,
        category: 'created',
        show: { ...show, fields: [] },
      });
      continue;
    }
    const change = diff(before, after, PERSON_KEYS, (key, value) => {
      if (key === 'unit_id') return label(ctx, 'unit', value);
      if (key === 'field_id') return value === null ? null : (fieldName.get(value) ?? value);
      return value;
    });
    if (change.fields.length === 0) {
      unchanged++;
      continue;
    }
    if (change.set.name !== undefined || change.set.email !== undefined)
      change.set.search_text = after.search_text;
    const category = before.left_at ? 'returned' : before.unit_id !== after.unit_id ? 'moved' : 'changed';
    ops.push({
      op: 'update',
      id,
      externalId: p.externalId,
      ...change,
      category,
      show: { ...show, fields: change.fields },
    });
  }

  if (!ctx.fullExtract) return { ops, unchanged };
  const covered = withSubunits(ctx, scope);
  for (const person of ctx.existing.persons) {
    if (!person.external_id || person.left_at || !person.unit_id || !covered.has(person.unit_id)) continue;
    if (ctx.filePersonIds.has(person.external_id)) continue;
    ops.push({
      op: 'update',
      id: person.id,
      externalId: person.external_id,
      set: { left_at: NOW },
      expect: { left_at: null, unit_id: person.unit_id },
      category: 'left',
      show: {
        line: null,
        externalId: person.external_id,
        name: person.name,
        fields: [{ field: 'left', from: null, to: ctx.nowIso }],
      },
    });
  }
  return { ops, unchanged };
}
