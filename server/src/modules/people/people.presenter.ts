import type { Level } from '../../../../core/organisation.js';
import type { FieldRes, PersonRes } from '../../../../core/schemas/organisation.js';
import type { PersonListRow } from './people.repository.js';
import type { FieldRow } from './people.tables.js';

export function presentPerson(row: PersonListRow): PersonRes {
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    email: row.email,
    jobTitle: row.job_title,
    unit: row.unit_id && row.unit_name ? { id: row.unit_id, name: row.unit_name } : null,
    level: row.level as Level,
    field: row.field_id && row.field_name ? { id: row.field_id, name: row.field_name } : null,
    user: row.user_id && row.user_email ? { id: row.user_id, email: row.user_email } : null,
    leftAt: row.left_at,
  };
}

export function presentField(row: FieldRow): FieldRes {
  return { id: row.id, key: row.key, name: row.name, archived: row.archived_at !== null };
}
