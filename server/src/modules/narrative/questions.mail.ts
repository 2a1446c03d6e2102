import type { AppContext, Trx } from '../../lib/context.js';
import * as versions from '../../lib/document-versions.js';
import { queueMail } from '../../lib/mail/outbox.js';
import { t } from '../../lib/messages.js';
import { NarrativeSpec as spec } from './narrative.document.js';
import type { NarrativeQuestionRow } from './narrative.tables.js';
import * as repo from './questions.repository.js';

/** The page everybody reads the narrative on (web/src/App.tsx). */
export const narrativePageUrl = (publicUrl: string) => `${publicUrl}/fortaelling`;

/**
 * Tells the asker, in their own language, that their question has an answer, with a link to the
 * page. Nothing is sent when the account is gone or no longer a member of the organisation.
 */
export async function tellAskerAnswered(
  ctx: AppContext,
  trx: Trx,
  q: { organisationId: string; askerId: string; row: NarrativeQuestionRow },
): Promise<void> {
  const asker = await repo.askerToNotify(trx, q.organisationId, q.askerId);
  if (!asker) return;
  const published = await versions.findPublished(trx, spec, q.organisationId);
  const part = published?.document.parts.find((p) => p.key === q.row.part_key);
  const locale = asker.locale === 'en' ? 'en' : 'da';
  const params = {
    name: asker.name,
    // The part's headline as it reads now; the narrative's title when the part is gone.
    part: part?.headline ?? published?.document.title ?? '',
    link: narrativePageUrl(ctx.config.publicUrl),
    organisation: asker.organisation_name,
  };
  await queueMail(trx, ctx.clock, {
    organisationId: q.organisationId,
    to: asker.email,
    subject: t(locale, 'mail.narrative.answered.subject', params),
    text: t(locale, 'mail.narrative.answered.body', params),
  });
}
