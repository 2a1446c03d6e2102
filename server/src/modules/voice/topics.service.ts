import type { VoiceTopic } from '../../../../core/schemas/voice.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';

/** Themes taken up in workshops and action projects (to be filled). */
export async function listTopics(_ctx: AppContext, _actor: OrgActor): Promise<VoiceTopic[]> {
  return [];
}
