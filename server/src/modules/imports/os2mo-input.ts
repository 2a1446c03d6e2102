import { ImportFileError } from '../../../../core/csv/decode.js';
import { foldName, parseUnitKind } from '../../../../core/csv/templates.js';
import { type Level, parseLevel, type UnitKind } from '../../../../core/organisation.js';
import { EmailSchema } from '../../../../core/schemas/common.js';
import { IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS } from '../../../../core/schemas/imports.js';
import { AppError } from '../../lib/app-error.js';
import type { ImportInput, PersonInput, Problem, UnitInput } from './imports.types.js';

/**
 * OS2mo unit levels and types → Aktion kinds (docs/import/README.md). Names are compared folded
 * (case, accents, spaces and hyphens ignored); a name Aktion knows itself (`Afdeling`) wins.
 */
export const OS2MO_KINDS: Record<string, UnitKind> = {
  kommunaldirektion: 'direktion',
  direktionen: 'direktion',
  ny6niveau: 'direktion',
  ny5niveau: 'forvaltning',
  omraade: 'forvaltning',
  center: 'forvaltning',
  sekretariat: 'stab',
  ny4niveau: 'afdeling',
  ny3niveau: 'afdeling',
  kontor: 'afdeling',
  enhed: 'afdeling',
  ny2niveau: 'institution',
  skole: 'institution',
  daginstitution: 'institution',
  dagtilbud: 'institution',
  plejecenter: 'institution',
  ny1niveau: 'team',
  gruppe: 'team',
};
export const OS2MO_DEFAULT_KIND: UnitKind = 'afdeling';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
/** `"uuid"` or `{ "uuid": "…" }`. */
const ref = (v: unknown): string | null => str(v) ?? (isObj(v) ? str(v.uuid) : null);
/** `"Afdeling"` or `{ "name": "Afdeling" }`. */
const named = (v: unknown): string | null => str(v) ?? (isObj(v) ? str(v.name) : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function kindOf(unit: Obj): UnitKind {
  for (const name of [named(unit.org_unit_level), named(unit.unit_type)]) {
    if (!name) continue;
    const folded = foldName(name);
    const kind =
      parseUnitKind(name) ?? (Object.hasOwn(OS2MO_KINDS, folded) ? OS2MO_KINDS[folded] : undefined);
    if (kind) return kind;
  }
  return OS2MO_DEFAULT_KIND;
}

/** Ended when `validity.to` is a day before today (OS2mo's `to` is the last valid day). */
function hasEnded(item: Obj, today: string): boolean {
  const to = isObj(item.validity) ? str(item.validity.to) : null;
  return to !== null && to.slice(0, 10) < today;
}

/** Reads JSON shaped like OS2mo data into units and people. */
export function os2moInput(bytes: Uint8Array, nowIso: string): ImportInput {
  let data: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.trim()) throw new ImportFileError('empty_file');
    data = JSON.parse(text);
  } catch (e) {
    if (e instanceof ImportFileError) throw e;
    throw new ImportFileError('invalid_json');
  }
  if (!isObj(data) || (!Array.isArray(data.org_units) && !Array.isArray(data.engagements))) {
    throw new AppError('validation_failed', 'import.not_os2mo', { reason: 'import_not_os2mo' });
  }
  if (list(data.org_units).length + list(data.engagements).length > IMPORT_MAX_ROWS) {
    throw new AppError('validation_failed', 'import.too_large_table', {
      reason: 'import_too_many_rows',
      params: { rows: IMPORT_MAX_ROWS, columns: IMPORT_MAX_COLUMNS },
    });
  }

  const today = nowIso.slice(0, 10);
  const problems: Problem[] = [];
  const missing = (path: string, field: string) =>
    problems.push({ line: null, path, column: null, key: 'import.problem.missing_value', params: { field } });

  const managers = new Map<string, string>(); // unit → its manager (person uuid)
  const managerOf = new Map<string, { unit: string; level: Level; person: Obj }>(); // person → what they manage
  for (const [i, m] of list(data.managers).entries()) {
    const path = `managers[${i}]`;
    if (!isObj(m)) {
      missing(path, 'person');
      continue;
    }
    if (hasEnded(m, today)) continue;
    const person = ref(m.person);
    const unit = ref(m.org_unit);
    if (!person) {
      missing(path, 'person');
      continue;
    }
    if (!unit) {
      missing(path, 'org_unit');
      continue;
    }
    const level = parseLevel(named(m.manager_level) ?? '') ?? 'leder';
    if (!managers.has(unit)) managers.set(unit, person);
    if (!managerOf.has(person))
      managerOf.set(person, { unit, level, person: isObj(m.person) ? m.person : {} });
  }

  const units: UnitInput[] = [];
  for (const [i, u] of list(data.org_units).entries()) {
    const path = `org_units[${i}]`;
    if (!isObj(u)) {
      missing(path, 'uuid');
      continue;
    }
    const externalId = str(u.uuid);
    if (!externalId) {
      missing(path, 'uuid');
      continue;
    }
    const name = str(u.name) ?? undefined;
    if (!name) missing(path, 'name');
    units.push({
      line: null,
      path,
      externalId,
      name,
      kind: kindOf(u),
      parentExternalId: ref(u.parent) ?? str(u.parent_uuid),
      managerExternalId: managers.get(externalId) ?? null,
      ended: hasEnded(u, today),
    });
  }

  const people = new Map<string, PersonInput>();
  for (const [i, e] of list(data.engagements).entries()) {
    const path = `engagements[${i}]`;
    if (!isObj(e)) {
      missing(path, 'person');
      continue;
    }
    if (hasEnded(e, today)) continue;
    const person = isObj(e.person) ? e.person : { uuid: e.person };
    const externalId = ref(person);
    if (!externalId) {
      missing(path, 'person');
      continue;
    }
    if (people.has(externalId)) continue; // the first active engagement places the person
    const unit = ref(e.org_unit);
    if (!unit) missing(path, 'org_unit');
    people.set(
      externalId,
      personOf(externalId, person, path, unit, named(e.job_function), managerOf, problems),
    );
  }
  // A manager without an engagement is placed in the unit they manage.
  for (const [externalId, m] of managerOf) {
    if (!people.has(externalId)) {
      people.set(externalId, personOf(externalId, m.person, 'managers', m.unit, null, managerOf, problems));
    }
  }
  return {
    units: Array.isArray(data.org_units) ? units : null,
    people: Array.isArray(data.engagements) ? [...people.values()] : null,
    problems,
    file: {
      encoding: 'utf-8',
      separator: null,
      columns: [],
      mapping: {},
      suggestedMapping: {},
      missingFields: [],
    },
  };
}

function personOf(
  externalId: string,
  person: Obj,
  path: string,
  unit: string | null,
  jobTitle: string | null,
  managerOf: Map<string, { level: Level }>,
  problems: Problem[],
): PersonInput {
  const managed = managerOf.get(externalId);
  const rawEmail = str(person.email);
  const email = rawEmail ? EmailSchema.safeParse(rawEmail) : null;
  if (rawEmail && !email?.success) {
    problems.push({
      line: null,
      path,
      column: 'email',
      key: 'import.problem.invalid_email',
      params: { value: rawEmail },
    });
  }
  const name = str(person.name) ?? undefined;
  if (!name) {
    problems.push({
      line: null,
      path,
      column: null,
      key: 'import.problem.missing_value',
      params: { field: 'person.name' },
    });
  }
  return {
    line: null,
    path,
    externalId,
    name,
    email: email?.success ? email.data : null,
    jobTitle,
    unitExternalId: unit,
    level: managed?.level ?? 'medarbejder',
    field: undefined,
  };
}
