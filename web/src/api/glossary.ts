import type { TextType } from '../../../core/plain-language/targets.js';
import type {
  GlossaryRes,
  GlossaryTermBody,
  GlossaryTermRes,
  ReadabilityReportRes,
  ReadabilityTargetsBody,
  ReadabilityTargetsRes,
} from '../../../core/schemas/glossary.js';
import { query, request } from './client.js';

const TERMS = '/api/glossary/terms';
const termPath = (id: string) => `${TERMS}/${encodeURIComponent(id)}`;

/** The organisation's glossary (every member), whether I may edit it, and how many starter terms it lacks. */
export function getGlossary(): Promise<GlossaryRes> {
  return request('GET', '/api/glossary');
}

/** A new term; 409 `term_exists` when the glossary has it or one of its forms (any case). */
export function createGlossaryTerm(body: GlossaryTermBody): Promise<GlossaryTermRes> {
  return request('POST', TERMS, body);
}

export function updateGlossaryTerm(id: string, body: GlossaryTermBody): Promise<GlossaryTermRes> {
  return request('PUT', termPath(id), body);
}

export function deleteGlossaryTerm(id: string): Promise<void> {
  return request('DELETE', termPath(id));
}

/** Adds the built-in starting terms the organisation lacks; its own terms stay as they are. */
export function addStarterGlossary(): Promise<{ added: number }> {
  return request('POST', '/api/glossary/starter', {});
}

/** The LIX target per kind of text (administrators and facilitators; others get 403). */
export function getReadabilityTargets(): Promise<ReadabilityTargetsRes> {
  return request('GET', '/api/readability/targets');
}

export function saveReadabilityTargets(body: ReadabilityTargetsBody): Promise<ReadabilityTargetsRes> {
  return request('PUT', '/api/readability/targets', body);
}

/** The organisation's texts scored, hardest first; `over` keeps only those above their target. */
export function getReadabilityReport(
  filter: { over?: boolean; textType?: TextType } = {},
): Promise<ReadabilityReportRes> {
  return request(
    'GET',
    `/api/readability/report${query({ over: filter.over ? 'true' : undefined, textType: filter.textType })}`,
  );
}
