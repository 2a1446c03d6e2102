import type { Trx } from '../../lib/context.js';
import { addStarterTerms } from '../../modules/glossary/glossary.service.js';
import { stableId } from './municipality.js';

/** Demo Kommune starts with the built-in starting glossary, as every new organisation does (stable ids). */
export async function insertDemoGlossary(trx: Trx, organisationId: string, now: Date): Promise<void> {
  await addStarterTerms(trx, organisationId, now.toISOString(), (term) => stableId(`glossary:${term}`));
}
