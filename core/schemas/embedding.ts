import { z } from 'zod';
import { Limits } from '../limits.js';

/**
 * Web sites that may show registration for an organisation's events (CORS on the public event
 * API). An entry is an origin exactly as a browser sends it: `https://host[:port]`.
 */

/** Why a typed address cannot be used; the server's texts are `field.<problem>`, the web's `embedding.<problem>`. */
export type EmbedOriginProblem =
  | 'embed_origin_url'
  | 'embed_origin_https'
  | 'embed_origin_path'
  | 'embed_origin_wildcard';

export type EmbedOriginCheck = { ok: true; origin: string } | { ok: false; problem: EmbedOriginProblem };

/** http is allowed only on the administrator's own machine (a site being built). */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);
/** Letters, digits and hyphens between dots (IDN names arrive here as punycode), or an IPv4 address. */
const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
/** scheme "://" authority, then anything after the host (which must be nothing). */
const SHAPE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#\\]*)(.*)$/is;

/**
 * Checks one address and normalises it as a browser writes its Origin header: lower case,
 * punycode, no default port (`https://Www.Viborg.DK:443` → `https://www.viborg.dk`).
 */
export function checkEmbedOrigin(value: string): EmbedOriginCheck {
  const text = value.trim();
  if (text.includes('*')) return { ok: false, problem: 'embed_origin_wildcard' };
  const shape = SHAPE.exec(text);
  if (!shape) return { ok: false, problem: 'embed_origin_url' };
  const [, scheme = '', authority = '', rest = ''] = shape;
  if (rest !== '') return { ok: false, problem: 'embed_origin_path' };
  if (authority === '' || authority.includes('@') || /\s/.test(authority)) {
    return { ok: false, problem: 'embed_origin_url' };
  }
  let url: URL;
  try {
    url = new URL(`${scheme}://${authority}`);
  } catch {
    return { ok: false, problem: 'embed_origin_url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, problem: 'embed_origin_https' };
  if (!HOST.test(url.hostname)) return { ok: false, problem: 'embed_origin_url' };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    return { ok: false, problem: 'embed_origin_https' };
  return { ok: true, origin: url.origin };
}

export const EmbedOriginSchema = z
  .string()
  .max(Limits.embedOriginMax)
  .transform((value, ctx) => {
    const checked = checkEmbedOrigin(value);
    if (checked.ok) return checked.origin;
    ctx.addIssue({ code: 'custom', message: checked.problem });
    return z.NEVER;
  });

/** The duplicates in a list of normalised origins, each once. */
export function duplicateOrigins(origins: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const o of origins) (seen.has(o) ? twice : seen).add(o);
  return [...twice];
}

/** PUT: the whole list, which replaces the stored one. */
export const EmbedOriginsBodySchema = z.strictObject({
  origins: z.array(EmbedOriginSchema).superRefine((origins, ctx) => {
    if (origins.length > Limits.embedOriginsMax)
      ctx.addIssue({ code: 'custom', message: 'embed_origins_too_many' });
    if (duplicateOrigins(origins).length > 0)
      ctx.addIssue({ code: 'custom', message: 'embed_origins_duplicate' });
  }),
});
export type EmbedOriginsReq = z.infer<typeof EmbedOriginsBodySchema>;

export const EmbedOriginsSchema = z.object({
  /** Normalised origins, alphabetically. */
  origins: z.array(z.string()),
});
export type EmbedOriginsRes = z.infer<typeof EmbedOriginsSchema>;
