import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Limits } from '../../core/limits.js';
import type { Config } from './config.js';
import { createDb, type Db } from './db/dialect.js';
import { type Clock, HOUR, MINUTE, systemClock } from './lib/clock.js';
import type { AppContext } from './lib/context.js';
import type { DocumentRaceHooks } from './lib/document-versions.js';
import { newId } from './lib/ids.js';
import { createHousekeepingHandler, HOUSEKEEPING_JOB } from './lib/jobs/housekeeping.js';
import { JobRunner } from './lib/jobs/runner.js';
import { createMailHandler, MAIL_JOB } from './lib/mail/outbox.js';
import { SecretBox, verifySecretKey } from './lib/secret-box.js';
import { actionProjectRoutes } from './modules/action-projects/action-projects.routes.js';
import { JOURNAL_REMINDERS_JOB, sendJournalReminders } from './modules/action-projects/journal-reminders.js';
import { journalReminderRoutes } from './modules/action-projects/journal-reminders.routes.js';
import { actionLearningOverviewRoutes } from './modules/action-projects/overview.routes.js';
import { heatmapRoutes } from './modules/assessment/heatmap.routes.js';
import { instrumentRoutes } from './modules/assessment/instruments.routes.js';
import { myAssessmentRoutes } from './modules/assessment/my-assessments.routes.js';
import { ASSESSMENT_ROUNDS_JOB, runAssessmentRounds } from './modules/assessment/rounds.job.js';
import { roundRoutes } from './modules/assessment/rounds.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { activityRoutes } from './modules/cohorts/activities.routes.js';
import { cohortRoutes } from './modules/cohorts/cohorts.routes.js';
import { myProgrammeRoutes } from './modules/cohorts/my-programme.routes.js';
import { REMINDERS_JOB, sendDueReminders } from './modules/cohorts/reminders.js';
import { embeddingRoutes } from './modules/embedding/embedding.routes.js';
import { eventRoutes } from './modules/events/events.routes.js';
import { expireOffers, OFFERS_JOB } from './modules/events/lifecycle.service.js';
import { memberEventRoutes } from './modules/events/member.routes.js';
import { publicEventRoutes } from './modules/events/public.routes.js';
import type { RegistrationRaceHooks } from './modules/events/registration.service.js';
import { applyEventRetention, RETENTION_JOB } from './modules/events/retention.js';
import { TICKET_FILES, ticketFileMaker } from './modules/events/ticket-files.js';
import { fileRoutes } from './modules/files/files.routes.js';
import { glossaryRoutes } from './modules/glossary/glossary.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { importRoutes } from './modules/imports/imports.routes.js';
import { insightRoutes } from './modules/insights/insights.routes.js';
import { learningSetRoutes } from './modules/learning-sets/learning-sets.routes.js';
import { meetingRoutes } from './modules/learning-sets/meetings.routes.js';
import { narrativeRoutes } from './modules/narrative/narrative.routes.js';
import { outboxRoutes } from './modules/outbox/outbox.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { programmeRoutes } from './modules/programmes/programmes.routes.js';
import { responsibilityRoutes } from './modules/responsibilities/responsibilities.routes.js';
import { secondFactorRoutes } from './modules/second-factor/second-factor.routes.js';
import { ssoRoutes } from './modules/sso/sso.routes.js';
import { unitRoutes } from './modules/units/units.routes.js';
import { invitationRoutes } from './modules/users/invitations.routes.js';
import { userRoutes } from './modules/users/users.routes.js';
import { voiceRoutes } from './modules/voice/voice.routes.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerOpenApi } from './plugins/openapi.js';

export interface BuildOptions {
  /** An open database (tests share one per suite); otherwise one is opened from config.databaseUrl. */
  db?: Db;
  clock?: Clock;
  /** Test-only (server/src/test/race-hooks.ts): the registration control test's unsafe path. */
  registrationRace?: RegistrationRaceHooks;
  /** Test-only (server/src/test/race-hooks.ts): the matrix's lost-update control test. */
  responsibilityRace?: DocumentRaceHooks;
}

export interface RouteInfo {
  method: string;
  url: string;
  public: boolean;
}

export interface BuiltApp {
  app: FastifyInstance;
  ctx: AppContext;
  runner: JobRunner;
  /** Every registered route (the route-table test walks them). */
  routes: RouteInfo[];
}

/** The whole app without listen(): plugins, modules and the job runner (not started). */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<BuiltApp> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // No personal data in logs: the route pattern instead of the URL (which may hold a token),
      // no client address, no bodies.
      serializers: {
        req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched', id: req.id }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
    bodyLimit: Limits.jsonBodyBytes,
    trustProxy: config.trustProxy,
    genReqId: () => newId(),
  }).withTypeProvider<ZodTypeProvider>();
  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      routes.push({ method, url: route.url, public: route.config?.public === true });
    }
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const db = options.db ?? createDb(config.databaseUrl);
  if (!config.secretKey) throw new Error('config.secretKey is missing (see withSecretKey)');
  const ctx: AppContext = {
    config,
    db,
    clock: options.clock ?? systemClock,
    log: app.log,
    secrets: new SecretBox(config.secretKey),
  };
  await verifySecretKey(db.kysely, ctx.secrets);
  const runner = new JobRunner(db, ctx.clock, app.log, { pollMs: config.jobPollMs, instanceId: newId() });
  runner.register(MAIL_JOB, createMailHandler(ctx, { [TICKET_FILES]: ticketFileMaker(ctx) }));
  runner.register(HOUSEKEEPING_JOB, createHousekeepingHandler(ctx));
  runner.every(HOUSEKEEPING_JOB, HOUR);
  runner.register(OFFERS_JOB, async () => {
    await expireOffers(ctx);
  });
  runner.every(OFFERS_JOB, MINUTE);
  runner.register(RETENTION_JOB, async () => {
    const removed = await applyEventRetention(ctx);
    if (removed.dietary + removed.registrants > 0) app.log.info({ removed }, 'event retention');
  });
  runner.every(RETENTION_JOB, HOUR);
  runner.register(REMINDERS_JOB, async () => {
    await sendDueReminders(ctx);
  });
  runner.every(REMINDERS_JOB, config.reminderScanMs);
  runner.register(JOURNAL_REMINDERS_JOB, async () => {
    await sendJournalReminders(ctx);
  });
  runner.every(JOURNAL_REMINDERS_JOB, config.reminderScanMs);
  runner.register(ASSESSMENT_ROUNDS_JOB, async () => {
    await runAssessmentRounds(ctx);
  });
  runner.every(ASSESSMENT_ROUNDS_JOB, config.reminderScanMs);
  app.addHook('onResponse', async (request) => {
    if (request.method !== 'GET') runner.wake();
  });
  if (!options.db) app.addHook('onClose', () => db.close());

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
  });
  registerErrorHandler(app);
  registerAuth(app, ctx);
  await registerOpenApi(app);

  await app.register(healthRoutes(ctx));
  await app.register(authRoutes(ctx));
  await app.register(secondFactorRoutes(ctx));
  await app.register(ssoRoutes(ctx));
  await app.register(embeddingRoutes(ctx));
  await app.register(eventRoutes(ctx));
  await app.register(memberEventRoutes(ctx));
  await app.register(programmeRoutes(ctx));
  await app.register(fileRoutes(ctx));
  await app.register(cohortRoutes(ctx));
  await app.register(activityRoutes(ctx));
  await app.register(learningSetRoutes(ctx));
  await app.register(meetingRoutes(ctx));
  await app.register(actionProjectRoutes(ctx));
  await app.register(actionLearningOverviewRoutes(ctx));
  await app.register(journalReminderRoutes(ctx));
  await app.register(insightRoutes(ctx));
  await app.register(roundRoutes(ctx));
  await app.register(myAssessmentRoutes(ctx));
  await app.register(heatmapRoutes(ctx));
  await app.register(instrumentRoutes(ctx));
  await app.register(glossaryRoutes(ctx));
  await app.register(responsibilityRoutes(ctx, options.responsibilityRace));
  await app.register(narrativeRoutes(ctx));
  await app.register(voiceRoutes(ctx));
  await app.register(myProgrammeRoutes(ctx));
  await app.register(publicEventRoutes(ctx, options.registrationRace));
  await app.register(userRoutes(ctx));
  await app.register(invitationRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(outboxRoutes(ctx));
  await app.register(unitRoutes(ctx));
  await app.register(peopleRoutes(ctx));
  await app.register(importRoutes(ctx));

  const webRoot = resolve(config.webDistDir);
  if (existsSync(resolve(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
    app.get('/*', { schema: { hide: true }, config: { public: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.type('text/html; charset=utf-8').sendFile('index.html', { maxAge: 0 });
    });
  }
  return { app, ctx, runner, routes };
}
