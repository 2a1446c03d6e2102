import type {
  InsightRes,
  InsightSourceType,
  InsightVersionRes,
  InsightVisibility,
} from '../../../../core/schemas/insights.js';
import type { InsightDisplayRow, InsightVersionDisplayRow } from './insights.repository.js';

export const parseList = (json: string): string[] => JSON.parse(json) as string[];

type FocusArea = { id: string; name: string; colour: string };

export function presentInsight(
  row: InsightDisplayRow,
  focusAreas: FocusArea[],
  viewerUserId: string,
): InsightRes {
  const mine = row.author_user_id === viewerUserId;
  return {
    id: row.id,
    statement: row.statement,
    tags: parseList(row.tags),
    focusAreas,
    field: row.field_id && row.field_name !== null ? { id: row.field_id, name: row.field_name } : null,
    cohort: row.cohort_id && row.cohort_name !== null ? { id: row.cohort_id, name: row.cohort_name } : null,
    visibility: row.visibility as InsightVisibility,
    // Everyone who may see an insight sees who wrote it: see InsightSchema.author.
    author: { name: row.author_name },
    mine,
    sourceType: row.source_type as InsightSourceType | null,
    sourceId: mine ? row.source_id : null,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Focus areas per insight, from focusAreasOf's rows. */
export function focusAreasByInsight(
  rows: ReadonlyArray<{ insight_id: string; id: string; name: string; colour: string }>,
): Map<string, FocusArea[]> {
  const by = new Map<string, FocusArea[]>();
  for (const r of rows) {
    const list = by.get(r.insight_id) ?? [];
    list.push({ id: r.id, name: r.name, colour: r.colour });
    by.set(r.insight_id, list);
  }
  return by;
}

export function presentVersion(
  row: InsightVersionDisplayRow,
  areaNames: Map<string, string>,
): InsightVersionRes {
  return {
    version: row.version,
    statement: row.statement,
    tags: parseList(row.tags),
    focusAreas: parseList(row.focus_area_ids).flatMap((id) => {
      const name = areaNames.get(id);
      return name === undefined ? [] : [{ id, name }];
    }),
    field: row.field_id && row.field_name !== null ? { id: row.field_id, name: row.field_name } : null,
    visibility: row.visibility as InsightVisibility,
    editedBy: row.edited_by,
    createdAt: row.created_at,
  };
}
