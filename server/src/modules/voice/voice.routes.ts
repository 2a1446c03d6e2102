import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.js';
import { voiceAdminRoutes } from './admin.routes.js';
import { voiceAnswersRoutes } from './answers.routes.js';
import { voiceModerationRoutes } from './moderation.routes.js';
import { voiceOverviewRoutes } from './overview.routes.js';
import { voicePostingRoutes } from './posting.routes.js';
import { voiceTopicsRoutes } from './topics.routes.js';

/** The employee voice (issue 10): posting, released aggregates, moderation, answers, topics. */
export function voiceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(voicePostingRoutes(ctx));
    await app.register(voiceAdminRoutes(ctx));
    await app.register(voiceOverviewRoutes(ctx));
    await app.register(voiceModerationRoutes(ctx));
    await app.register(voiceAnswersRoutes(ctx));
    await app.register(voiceTopicsRoutes(ctx));
  };
}
