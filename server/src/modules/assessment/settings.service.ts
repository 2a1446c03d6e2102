import { ANONYMITY_K, resolveK } from '../../../../core/assessment/release.js';
import type { AssessmentSettings } from '../../../../core/schemas/assessment.js';
import { recordAudit } from '../../lib/audit.js';
import type { AppContext, Executor } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';
import * as repo from './settings.repository.js';

function present(k: number): AssessmentSettings {
  return { k, defaultK: ANONYMITY_K.default, minK: ANONYMITY_K.min, maxK: ANONYMITY_K.max };
}

export async function getSettings(exec: Executor, actor: OrgActor): Promise<AssessmentSettings> {
  return present(await repo.organisationK(exec, actor.organisationId));
}

/**
 * Sets the organisation's k (3–50; the route's schema refuses anything else). Rounds made from now
 * on keep it as their own k. A round not closed yet closes with the larger of its own k and the
 * organisation's k then (releaseK): raising k raises it, lowering k never lowers what its
 * invitations promised. A closed round keeps the k its release was computed with.
 */
export async function updateSettings(
  ctx: AppContext,
  actor: OrgActor,
  k: number,
): Promise<AssessmentSettings> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const before = await repo.storedK(trx, actor.organisationId);
    const value = resolveK(k);
    await repo.saveK(trx, actor.organisationId, value, now);
    await recordAudit(trx, ctx.clock, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'assessment_settings.updated',
      entityType: 'assessment_settings',
      entityId: actor.organisationId,
      changes: { k: { before: resolveK(before), after: value } },
    });
    return present(value);
  });
}
