import { personSearchText } from '../../../../core/organisation.js';
import type { Executor } from '../../lib/context.js';
import type { NewPersonRow } from '../../modules/people/people.tables.js';
import type { NewUnitRow } from '../../modules/units/units.tables.js';
import type { Municipality } from './municipality.js';

const CHUNK = 500;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * Writes a generated municipality into an organisation: units (parents first), people, and the
 * managers of the units. `idOf` decides the row ids (stable for the demo, random for benchmarks);
 * `override` lets the demo put its login accounts on chosen people. Returns person ids by external id.
 */
export async function insertMunicipality(
  exec: Executor,
  organisationId: string,
  m: Municipality,
  options: {
    nowIso: string;
    fieldIds: ReadonlyMap<string, string>;
    idOf: (kind: 'unit' | 'person', externalId: string) => string;
    override?: (
      externalId: string,
    ) => Partial<Pick<NewPersonRow, 'name' | 'email' | 'user_id' | 'job_title'>> | undefined;
  },
): Promise<Map<string, string>> {
  const { nowIso, fieldIds, idOf } = options;
  const unitId = new Map(m.units.map((u) => [u.key, idOf('unit', u.externalId)]));
  const personId = new Map(m.persons.map((p) => [p.externalId, idOf('person', p.externalId)]));
  const managerOf = new Map(
    m.persons.filter((p) => p.manages).map((p) => [p.manages as string, personId.get(p.externalId)!]),
  );

  const units: NewUnitRow[] = m.units.map((u) => ({
    id: unitId.get(u.key)!,
    organisation_id: organisationId,
    external_id: u.externalId,
    name: u.name,
    kind: u.kind,
    parent_id: u.parentKey ? (unitId.get(u.parentKey) ?? null) : null,
    manager_person_id: managerOf.get(u.key) ?? null,
    ended_at: null,
    created_at: nowIso,
    updated_at: nowIso,
  }));
  await inChunks(units, (chunk) => exec.insertInto('units').values(chunk).execute());

  const persons: NewPersonRow[] = m.persons.map((p) => {
    const o = options.override?.(p.externalId) ?? {};
    const name = o.name ?? p.name;
    const email = o.email ?? p.email;
    return {
      id: personId.get(p.externalId)!,
      organisation_id: organisationId,
      external_id: p.externalId,
      name,
      email,
      search_text: personSearchText(name, email),
      job_title: o.job_title ?? p.jobTitle,
      unit_id: unitId.get(p.unitKey) ?? null,
      level: p.level,
      field_id: p.field ? (fieldIds.get(p.field) ?? null) : null,
      user_id: o.user_id ?? null,
      left_at: null,
      created_at: nowIso,
      updated_at: nowIso,
    };
  });
  await inChunks(persons, (chunk) => exec.insertInto('persons').values(chunk).execute());
  return personId;
}
