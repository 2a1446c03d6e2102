import {
  type CreateInsightReq,
  INSIGHT_SOURCE_TYPES,
  InsightLimits,
  type InsightRes,
  type InsightSourceType,
  type InsightVisibility,
  type UpdateInsightReq,
} from '../../../../core/schemas/insights.js';

export interface InsightFormState {
  statement: string;
  /** Tags as typed: separated by commas. */
  tags: string;
  focusAreaIds: string[];
  /** '' for none. */
  fieldId: string;
  /** '' for none; fixed to the source's cohort when made from a source. */
  cohortId: string;
  visibility: InsightVisibility;
}

export const INSIGHT_IDS = {
  statement: 'insight-statement',
  tags: 'insight-tags',
  focusAreaIds: 'insight-focus-areas',
  fieldId: 'insight-field',
  cohortId: 'insight-cohort',
  visibility: 'insight-visibility',
} as const;

/** A new insight is private until its author chooses to share it: sharing is explicit. */
export const emptyInsight = (cohortId = ''): InsightFormState => ({
  statement: '',
  tags: '',
  focusAreaIds: [],
  fieldId: '',
  cohortId,
  visibility: 'private',
});

export const insightToForm = (i: InsightRes): InsightFormState => ({
  statement: i.statement,
  tags: i.tags.join(', '),
  focusAreaIds: i.focusAreas.map((a) => a.id),
  fieldId: i.field?.id ?? '',
  cohortId: i.cohort?.id ?? '',
  visibility: i.visibility,
});

/** "hjemmepleje,  planlægning ,," → ["hjemmepleje", "planlægning"]: commas separate, spaces tidied. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => t !== '');
}

export type InsightProblem =
  | 'statement'
  | 'statementTooLong'
  | 'tagsTooMany'
  | 'tagTooLong'
  | 'needsCohort'
  | 'noSet';

/**
 * What must be put right before sending. `inSet`: whether the author is in a learning set of the
 * chosen cohort (sharing with the set needs one).
 */
export function validateInsight(
  s: InsightFormState,
  inSet: boolean,
): Array<{ id: string; problem: InsightProblem }> {
  const problems: Array<{ id: string; problem: InsightProblem }> = [];
  const statement = s.statement.trim();
  if (!statement) problems.push({ id: INSIGHT_IDS.statement, problem: 'statement' });
  else if (statement.length > InsightLimits.statementMax)
    problems.push({ id: INSIGHT_IDS.statement, problem: 'statementTooLong' });
  const tags = parseTags(s.tags);
  if (tags.length > InsightLimits.tagsMax) problems.push({ id: INSIGHT_IDS.tags, problem: 'tagsTooMany' });
  else if (tags.some((t) => t.length > InsightLimits.tagMax))
    problems.push({ id: INSIGHT_IDS.tags, problem: 'tagTooLong' });
  if ((s.visibility === 'set' || s.visibility === 'cohort') && !s.cohortId)
    problems.push({ id: INSIGHT_IDS.visibility, problem: 'needsCohort' });
  else if (s.visibility === 'set' && !inSet) problems.push({ id: INSIGHT_IDS.visibility, problem: 'noSet' });
  return problems;
}

export function toCreateInsightBody(
  s: InsightFormState,
  source: { type: InsightSourceType; id: string } | null,
): CreateInsightReq {
  return {
    statement: s.statement.trim(),
    tags: parseTags(s.tags),
    focusAreaIds: s.focusAreaIds,
    fieldId: s.fieldId || null,
    visibility: s.visibility,
    cohortId: source ? null : s.cohortId || null,
    sourceType: source?.type ?? null,
    sourceId: source?.id ?? null,
  };
}

export function toUpdateInsightBody(s: InsightFormState, version: number): UpdateInsightReq {
  return {
    version,
    statement: s.statement.trim(),
    tags: parseTags(s.tags),
    focusAreaIds: s.focusAreaIds,
    fieldId: s.fieldId || null,
    visibility: s.visibility,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The `?kilde=` of /indsigter/ny, which other pages link with: `journal_entry:<id>`,
 * `project:<id>` or `meeting:<id>`. Anything else is no source.
 */
export function parseSourceParam(value: string | null): { type: InsightSourceType; id: string } | null {
  if (!value) return null;
  const at = value.indexOf(':');
  const type = value.slice(0, at);
  const id = value.slice(at + 1);
  if (at < 0 || !(INSIGHT_SOURCE_TYPES as readonly string[]).includes(type) || !UUID.test(id)) return null;
  return { type: type as InsightSourceType, id };
}

/** The link that opens the form with a source filled in. */
export const newInsightPath = (source?: { type: InsightSourceType; id: string }): string =>
  source ? `/indsigter/ny?kilde=${source.type}:${source.id}` : '/indsigter/ny';

/** Where a server field error belongs: `tags.3` is the tags field. */
export function insightFieldId(field: string): string {
  const first = field.split('.')[0] ?? '';
  return first in INSIGHT_IDS ? INSIGHT_IDS[first as keyof typeof INSIGHT_IDS] : INSIGHT_IDS.statement;
}
