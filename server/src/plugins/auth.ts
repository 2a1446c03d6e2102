import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '../../../core/schemas/common.js';
import { AppError, unauthenticated } from '../lib/app-error.js';
import type { AppContext } from '../lib/context.js';
import { pickLocale } from '../lib/messages.js';
import type { Actor } from '../lib/policy.js';
import { resolveSession, SESSION_COOKIE } from '../modules/auth/session.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, login, reset, public event pages). Reviewed by hand. */
    public?: boolean;
    /** Open to a session that must still enrol a second factor (me, logout, enrolment). */
    beforeSecondFactor?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function ownOrigins(request: FastifyRequest, publicUrl: string): string[] {
  return [new URL(publicUrl).origin, `${request.protocol}://${request.host}`];
}

/**
 * Authentication before anything reads the body: the session cookie becomes `request.actor`;
 * routes not marked public answer 401 without one. State-changing requests must come from the
 * app's own origin and, with a session, carry its CSRF token in `x-csrf-token`.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'da');

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    request.actor = token ? await resolveSession(ctx, token) : null;
    request.locale = pickLocale(request.actor?.locale, request.headers['accept-language']);

    // Decide on the matched route pattern, never the raw URL: the router decodes `/%61pi/…`
    // to `/api/…`, so a check on the raw URL could be stepped around.
    const route = request.routeOptions.url ?? '';
    const publicApi = route.startsWith('/api/public/');
    const isPublic =
      request.routeOptions.config?.public === true || request.is404 || route.startsWith('/api/docs');

    if (!SAFE_METHODS.has(request.method) && !publicApi) {
      const origin = request.headers.origin;
      if (origin && !ownOrigins(request, ctx.config.publicUrl).includes(origin)) {
        throw new AppError('forbidden', 'error.foreign_origin', { reason: 'foreign_origin' });
      }
      if (request.actor && !isPublic) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, request.actor.csrfToken)) {
          throw new AppError('forbidden', 'error.csrf', { reason: 'csrf_token' });
        }
      }
    }
    if (!route.startsWith('/api/') || publicApi) return;
    if (!isPublic && !request.actor) throw unauthenticated();
    if (
      !isPublic &&
      request.actor?.secondFactorSetupRequired &&
      request.routeOptions.config?.beforeSecondFactor !== true
    ) {
      throw new AppError('forbidden', 'second_factor.setup_required', {
        reason: 'second_factor_setup_required',
      });
    }
  });
}

/** The signed-in actor; every non-public route has one (the hook above answered 401 otherwise). */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
