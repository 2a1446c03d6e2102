import {
  BANDS,
  INSTRUMENT_V1,
  type Instrument,
  type OrganisationItems,
  OrganisationItemsSchema,
  withOrganisationItems,
} from '../../../../core/assessment/instrument.js';
import type {
  InstrumentBandRes,
  InstrumentDimensionRes,
  InstrumentVersionRes,
  InstrumentVersionSummary,
} from '../../../../core/schemas/assessment-instruments.js';
import type { AssessmentInstrumentRow } from './assessment.tables.js';

/** The built-in instruments by version; a stored version names the one it extends. */
const BUILT_IN: ReadonlyMap<number, Instrument> = new Map([[INSTRUMENT_V1.version, INSTRUMENT_V1]]);

/** The built-in instrument new versions extend. */
export const CURRENT_BASE = INSTRUMENT_V1;

export function builtInInstrument(version: number): Instrument {
  const instrument = BUILT_IN.get(version);
  if (!instrument) throw new Error(`no built-in instrument version ${version}`);
  return instrument;
}

/** A stored version's own items, checked against core's schema. */
export function ownItemsOf(row: Pick<AssessmentInstrumentRow, 'own_items'>): OrganisationItems {
  return OrganisationItemsSchema.parse(JSON.parse(row.own_items));
}

/** Every dimension with its statements; the organisation's own ones marked as such, after the built-in. */
export function presentDimensions(base: Instrument, own: OrganisationItems): InstrumentDimensionRes[] {
  const ownKeys = new Set(own.map((e) => e.item.key));
  return withOrganisationItems(base, own).dimensions.map((d) => ({
    key: d.key,
    kind: d.kind,
    name: d.name,
    description: d.description,
    reflections: d.reflections,
    items: d.items.map((item) => ({
      key: item.key,
      text: item.text,
      reverse: item.reverse,
      source: ownKeys.has(item.key) ? ('organisation' as const) : ('built_in' as const),
    })),
  }));
}

/** The four bands, each with where it ends (the next band's start; the last includes 100). */
export function presentBands(): InstrumentBandRes[] {
  return BANDS.map((b, i) => ({
    key: b.key,
    from: b.from,
    to: BANDS[i + 1]?.from ?? 100,
    name: b.name,
    description: b.description,
  }));
}

/** The newest published version: the one rounds opened from now on use. */
export function newestPublished(rows: readonly AssessmentInstrumentRow[]): AssessmentInstrumentRow | null {
  return rows
    .filter((r) => r.status === 'published')
    .reduce<AssessmentInstrumentRow | null>(
      (best, r) => (!best || r.version > best.version ? r : best),
      null,
    );
}

export function presentSummary(
  row: AssessmentInstrumentRow,
  newestPublishedId: string | null,
): InstrumentVersionSummary {
  return {
    id: row.id,
    version: Number(row.version),
    status: row.status === 'published' ? 'published' : 'draft',
    baseVersion: Number(row.base_version),
    ownItemCount: ownItemsOf(row).length,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    usedByNewRounds: row.id === newestPublishedId,
  };
}

export function presentVersion(
  row: AssessmentInstrumentRow,
  newestPublishedId: string | null,
): InstrumentVersionRes {
  return {
    ...presentSummary(row, newestPublishedId),
    dimensions: presentDimensions(builtInInstrument(Number(row.base_version)), ownItemsOf(row)),
  };
}
