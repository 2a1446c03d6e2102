import type { AppContext } from '../../lib/context.js';

/**
 * Makes sure every closed month since the organisation's first post has its stored release
 * (to be filled).
 */
export async function ensureMonthReleases(_ctx: AppContext, _organisationId: string): Promise<void> {}
