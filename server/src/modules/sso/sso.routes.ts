import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  LoginOptionsSchema,
  SsoConfigBodySchema,
  SsoConfigSchema,
  SsoStartParamsSchema,
  SsoStartQuerySchema,
  SsoTestBodySchema,
  SsoTestResultSchema,
} from '../../../../core/schemas/sso.js';
import type { AppContext } from '../../lib/context.js';
import { authorize } from '../../lib/policy.js';
import { errorResponses } from '../../lib/route-schemas.js';
import { requireActor } from '../../plugins/auth.js';
import { deleteSession } from '../auth/auth.repository.js';
import { setSessionCookie } from '../auth/auth.routes.js';
import { openLoggedInSession } from '../auth/auth.service.js';
import { testConnection } from './connection-test.js';
import { SsoAbilities } from './sso.policy.js';
import * as sso from './sso.service.js';

/** Ties a login to the browser that began it. */
export const SSO_LOGIN_COOKIE = 'aktion_sso_login';

export function ssoRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/auth/login-options',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'The single sign-on buttons and whether the password form is shown',
          response: { 200: LoginOptionsSchema },
        },
      },
      async () => sso.loginOptions(ctx),
    );

    app.get(
      '/api/auth/sso/:slug/start',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Begin a login at the organisation’s identity provider (a redirect)',
          params: SsoStartParamsSchema,
          querystring: SsoStartQuerySchema,
          response: { 302: z.null(), ...errorResponses(400, 429) },
        },
      },
      async (request, reply) => {
        const { location, browserToken } = await sso.startLogin(
          ctx,
          request.params.slug,
          request.query.returnTo,
          request.ip,
        );
        if (browserToken) {
          reply.setCookie(SSO_LOGIN_COOKIE, browserToken, {
            httpOnly: true,
            // Lax: sent when the provider sends the browser back with a top-level GET.
            sameSite: 'lax',
            secure: ctx.config.publicUrl.startsWith('https:') || request.protocol === 'https',
            path: '/api/auth/sso',
            maxAge: 10 * 60,
          });
        }
        return reply.redirect(location, 302);
      },
    );

    app.get(
      '/api/auth/sso/callback',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Where the identity provider sends the browser back (a redirect)',
          querystring: z.record(z.string(), z.string().max(4000)),
          response: { 302: z.null(), ...errorResponses(400) },
        },
      },
      async (request, reply) => {
        const outcome = await sso.finishLogin(ctx, request.query, request.cookies[SSO_LOGIN_COOKIE]);
        reply.clearCookie(SSO_LOGIN_COOKIE, { path: '/api/auth/sso' });
        if (!outcome.ok) return reply.redirect(sso.loginPageWithError(outcome.error), 302);
        // A session the browser already had is replaced, not left behind.
        if (request.actor) await deleteSession(ctx.db.kysely, request.actor.sessionId);
        const session = await openLoggedInSession(
          ctx,
          outcome.userId,
          outcome.organisationId,
          { method: 'sso' },
          { organisationId: outcome.organisationId, idToken: outcome.idToken },
        );
        setSessionCookie(ctx, request, reply, session.token);
        return reply.redirect(outcome.returnTo, 302);
      },
    );

    app.get(
      '/api/organisations/current/sso',
      {
        schema: {
          tags: ['sso'],
          summary: 'The organisation’s single sign-on configuration (without the client secret)',
          response: { 200: SsoConfigSchema, ...errorResponses(401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, SsoAbilities.configure);
        return sso.getConfig(ctx, actor);
      },
    );

    app.put(
      '/api/organisations/current/sso',
      {
        schema: {
          tags: ['sso'],
          summary: 'Save the organisation’s single sign-on configuration',
          body: SsoConfigBodySchema,
          response: { 200: SsoConfigSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, SsoAbilities.configure);
        return sso.saveConfig(ctx, actor, request.body);
      },
    );

    app.post(
      '/api/organisations/current/sso/test',
      {
        schema: {
          tags: ['sso'],
          summary: 'Check an issuer’s discovery document and keys, and say in plain words what is wrong',
          body: SsoTestBodySchema,
          response: { 200: SsoTestResultSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, SsoAbilities.configure);
        return testConnection(request.body.issuer, request.locale);
      },
    );
  };
}
