import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LoginSchema,
  MeSchema,
  PasswordResetConfirmSchema,
  PasswordResetRequestSchema,
  SentSchema,
  SwitchOrganisationSchema,
  UpdateLocaleSchema,
} from '../../../../core/schemas/auth.js';
import {
  SecondFactorChallengeSchema,
  SecondFactorLoginSchema,
} from '../../../../core/schemas/second-factor.js';
import { LogoutSchema } from '../../../../core/schemas/sso.js';
import { DAY } from '../../lib/clock.js';
import type { AppContext } from '../../lib/context.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import * as sso from '../sso/sso.service.js';
import * as auth from './auth.service.js';
import * as me from './me.service.js';
import { describeMe, resolveSession, SESSION_COOKIE } from './session.service.js';

export function setSessionCookie(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https:') || request.protocol === 'https',
    path: '/',
    maxAge: (30 * DAY) / 1000,
  });
}

/** Opens a session and answers with the body of GET /api/me. */
export async function startSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
) {
  setSessionCookie(ctx, request, reply, token);
  const actor = await resolveSession(ctx, token);
  if (!actor) throw new Error('a session just created could not be read back');
  request.actor = actor;
  return describeMe(ctx, actor);
}

export function authRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Log in with e-mail and password (answers a challenge when a second factor is on)',
          body: LoginSchema,
          response: {
            200: z.union([MeSchema, SecondFactorChallengeSchema]),
            ...errorResponses(400, 401, 403, 429),
          },
        },
      },
      async (request, reply) => {
        const outcome = await auth.login(ctx, request.body, request.ip);
        if (outcome.kind === 'second_factor') return outcome.challenge;
        return startSession(ctx, request, reply, outcome.token);
      },
    );

    app.post(
      '/api/auth/login/second-factor',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'The second step of a password login: a code from the app or a recovery code',
          body: SecondFactorLoginSchema,
          response: { 200: MeSchema, ...errorResponses(400, 401, 403, 429) },
        },
      },
      async (request, reply) => {
        const session = await auth.loginWithSecondFactor(ctx, request.body, request.ip);
        return startSession(ctx, request, reply, session.token);
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { beforeSecondFactor: true },
        schema: {
          tags: ['auth'],
          summary: 'End my session (and say where to end the identity provider’s, if any)',
          response: { 200: LogoutSchema, ...errorResponses(401, 403) },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const endSessionUrl = await sso.endSessionUrl(ctx, actor);
        await auth.logout(ctx, actor.sessionId, actor.userId, actor.organisationId);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { endSessionUrl };
      },
    );

    app.post(
      '/api/auth/password-reset',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Send a password reset link (same answer whether or not the address has an account)',
          body: PasswordResetRequestSchema,
          response: { 202: SentSchema, ...errorResponses(400, 429) },
        },
      },
      async (request, reply) => {
        await auth.requestPasswordReset(ctx, request.body.email, request.ip);
        return reply.status(202).send({ status: 'sent' as const });
      },
    );

    app.post(
      '/api/auth/password-reset/confirm',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Set a new password from a reset link',
          body: PasswordResetConfirmSchema,
          response: { 204: z.null(), ...errorResponses(400, 410) },
        },
      },
      async (request, reply) => {
        await auth.confirmPasswordReset(ctx, request.body);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/me',
      {
        config: { beforeSecondFactor: true },
        schema: { tags: ['me'], summary: 'Who I am', response: { 200: MeSchema, ...errorResponses(401) } },
      },
      async (request) => describeMe(ctx, requireActor(request)),
    );

    app.put(
      '/api/me/organisation',
      {
        schema: {
          tags: ['me'],
          summary: 'Switch my active organisation',
          body: SwitchOrganisationSchema,
          response: { 200: MeSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = await me.switchOrganisation(ctx, requireActor(request), request.body.organisationId);
        return describeMe(ctx, actor);
      },
    );

    app.put(
      '/api/me/locale',
      {
        config: { beforeSecondFactor: true },
        schema: {
          tags: ['me'],
          summary: 'Choose my language',
          body: UpdateLocaleSchema,
          response: { 200: MeSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = await me.updateLocale(ctx, requireActor(request), request.body.locale);
        return describeMe(ctx, actor);
      },
    );
  };
}
