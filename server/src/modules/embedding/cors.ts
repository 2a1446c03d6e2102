import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Limits } from '../../../../core/limits.js';
import type { AppContext } from '../../lib/context.js';
import { originAllowed } from './embedding.service.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * CORS for other web sites (per-organisation allowlist, `embed_origins`): `event` opens the
     * route to the sites of the organisation that holds the event in `:slug`; `listing` (the
     * shared list and feed) to a site any organisation lists. Routes without it get no CORS.
     */
    embed?: 'event' | 'listing';
  }
}

/** How long a browser may reuse a preflight answer: a removed site is shut out within this. */
export const PREFLIGHT_MAX_AGE_SECONDS = 600;

const decisions = new WeakMap<FastifyRequest, Promise<string | null>>();

/** The request's Origin when the route's allowlist holds it; decided once per request. */
export function allowedOrigin(ctx: AppContext, request: FastifyRequest): Promise<string | null> {
  let decision = decisions.get(request);
  if (!decision) {
    decision = decide(ctx, request);
    decisions.set(request, decision);
  }
  return decision;
}

async function decide(ctx: AppContext, request: FastifyRequest): Promise<string | null> {
  const scope = request.routeOptions.config?.embed;
  const origin = request.headers.origin;
  // Aktion's own pages are same-origin and need no CORS; "null" (sandboxed frames, files) never matches.
  if (!scope || !origin || origin === 'null' || origin.length > Limits.embedOriginMax) return null;
  if (origin === new URL(ctx.config.publicUrl).origin) return null;
  let slug: string | null = null;
  if (scope === 'event') {
    const value = (request.params as { slug?: unknown } | undefined)?.slug;
    if (typeof value !== 'string' || value.length > 200) return null;
    slug = value;
  }
  try {
    return (await originAllowed(ctx, origin, slug === null ? 'any' : { slug })) ? origin : null;
  } catch (error) {
    // An answer without CORS headers is safe: the browser then keeps it from the other site.
    request.log.warn({ err: error }, 'embed origin check failed');
    return null;
  }
}

function addVary(reply: FastifyReply, name: string): void {
  const current = reply.getHeader('vary');
  const list =
    current === undefined
      ? []
      : String(current)
          .split(',')
          .map((v) => v.trim());
  if (!list.some((v) => v.toLowerCase() === name.toLowerCase() || v === '*')) list.push(name);
  reply.header('vary', list.filter(Boolean).join(', '));
}

/**
 * CORS for the public event API, registered inside its plugin. Every answer of a route marked
 * `embed` (errors and 429s too, so the other site can show the message) varies by Origin; an
 * allowed origin is echoed in Access-Control-Allow-Origin. Never `*`, never credentials: the
 * routes are sessionless. A site not on the list gets no CORS headers, and the browser keeps the
 * answer from it.
 */
export function registerEmbedCors(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.routeOptions.config?.embed) return payload;
    addVary(reply, 'Origin');
    const origin = await allowedOrigin(ctx, request);
    if (origin) reply.header('access-control-allow-origin', origin);
    return payload;
  });
}

/** The answer to a preflight (OPTIONS) for an `embed` route: 204, with permission only for an allowed origin. */
export async function answerPreflight(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (await allowedOrigin(ctx, request)) {
    reply.headers({
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
    });
  }
  return reply.status(204).send(null);
}
