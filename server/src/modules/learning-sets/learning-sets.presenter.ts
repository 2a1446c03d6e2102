import type { DiversityScore, SetCandidate } from '../../../../core/learning-sets.js';
import type { Level } from '../../../../core/organisation.js';
import type { SavedSetRes, SetMemberRes } from '../../../../core/schemas/learning-sets.js';
import type { ParticipantForSetsRow } from './learning-sets.repository.js';

export function presentMember(
  row: ParticipantForSetsRow,
  area: { id: string; name: string } | null,
  managerIds: string[],
): SetMemberRes {
  return {
    personId: row.id,
    name: row.name,
    areaId: area?.id ?? null,
    areaName: area?.name ?? null,
    fieldId: row.field_id,
    fieldName: row.field_name ?? null,
    level: row.level as Level,
    managerIds,
  };
}

/** A member as composition sees them: ids only. */
export const toCandidate = (m: SetMemberRes): SetCandidate => ({
  personId: m.personId,
  areaId: m.areaId,
  fieldId: m.fieldId,
  level: m.level,
  managerIds: m.managerIds,
});

export function presentSavedSet(
  row: { id: string; name: string; facilitator_user_id: string | null; facilitator_name: string | null },
  members: SetMemberRes[],
  score: DiversityScore,
): SavedSetRes {
  return {
    id: row.id,
    name: row.name,
    facilitator:
      row.facilitator_user_id && row.facilitator_name !== null
        ? { id: row.facilitator_user_id, name: row.facilitator_name }
        : null,
    members,
    score,
  };
}
