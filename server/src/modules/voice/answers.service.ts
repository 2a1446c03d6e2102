import type { VoiceAnswer } from '../../../../core/schemas/voice.js';
import type { AppContext } from '../../lib/context.js';
import type { OrgActor } from '../../lib/policy.js';

/** The organisation's published answers, newest first (to be filled). */
export async function listAnswers(_ctx: AppContext, _actor: OrgActor): Promise<VoiceAnswer[]> {
  return [];
}
