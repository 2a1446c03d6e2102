/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, for testing single
 * sign-on end to end: from Vitest over plain HTTP (`authorize`, `cancel`, `endSession` act as the
 * browser) and from Chromium (the provider's own login page is a small accessible HTML form).
 *
 * - Authorization code flow with PKCE (S256) required, state and nonce; one confidential client
 *   (`client_secret_basic` or `client_secret_post`); scopes `openid email profile`, with `groups`
 *   released under `profile`. ID tokens carry the scope's claims, not only `sub`.
 * - Our own interaction pages at /interaction/:uid (log in by login name, or cancel); consent is
 *   granted automatically. RP-initiated logout signs out without a confirmation click.
 * - `tamperNextIdToken` swaps the next token response's id_token for a forged copy.
 *
 * The provider keeps everything in memory and lives until `close()`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CryptoKey,
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';

export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
  [claim: string]: unknown;
}

export type IdTokenTamper = 'foreign_audience' | 'expired' | 'bad_signature' | 'wrong_issuer' | 'wrong_nonce';

export interface TestOidcProvider {
  /** e.g. http://127.0.0.1:<port> (no trailing slash). */
  issuer: string;
  /** 'aktion-test' */
  clientId: string;
  clientSecret: string;
  /** Accounts by login name (what a person types on the provider's login page). */
  setAccount(login: string, account: TestAccount): void;
  /**
   * The next token response's id_token is replaced by a tampered copy (signed with the provider's
   * own key unless 'bad_signature', which uses another key under the provider's `kid`). One-shot.
   */
  tamperNextIdToken(kind: IdTokenTamper): void;
  /**
   * Acts as the browser: GETs the authorization URL, follows redirects (keeping cookies) to the
   * provider's login page, submits `login`, follows on until the redirect that leaves the provider
   * for a registered redirect_uri, and returns that full URL (with code & state, or error=...)
   * without requesting it. Each call starts with an empty cookie jar (no earlier provider session);
   * the jar it ends with is kept for `endSession`. Throws if it gets lost (e.g. unknown login).
   */
  authorize(authorizationUrl: string, login: string): Promise<string>;
  /** Same, but the person presses "Cancel" on the login page: returns the redirect with error=access_denied. */
  cancel(authorizationUrl: string): Promise<string>;
  /**
   * Acts as the browser on an end-session URL (RP-initiated logout), with the cookies of the last
   * `authorize`, submitting the provider's self-submitting logout form; returns the redirect that
   * leaves the provider (the post_logout_redirect_uri, with state), without requesting it.
   */
  endSession(endSessionUrl: string): Promise<string>;
  close(): Promise<void>;
}

const CLIENT_ID = 'aktion-test';
const MAX_HOPS = 20;

// ---------------------------------------------------------------------------------------------
// The slice of oidc-provider's (untyped) API used here.

interface KoaContext {
  method: string;
  path: string;
  status: number;
  type: string;
  body: unknown;
  req: IncomingMessage;
  res: ServerResponse;
  respond: boolean;
  set(field: string, value: string): void;
}

interface OidcGrant {
  jti: string;
  accountId: string;
  addOIDCScope(scope: Set<string> | string): void;
  addOIDCClaims(claims: Set<string> | string[]): void;
  save(): Promise<string>;
}

interface OidcInteraction {
  uid: string;
  prompt: { name: string; reasons: string[] };
  params: Record<string, unknown>;
  session?: { accountId?: string };
  grantId?: string;
}

interface OidcProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  use(middleware: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): unknown;
  pathFor(name: string): string;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<OidcInteraction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  Grant: {
    new (init: { accountId: string; clientId: string }): OidcGrant;
    find(id: string): Promise<OidcGrant | undefined>;
  };
}

type OidcProviderClass = new (issuer: string, configuration: object) => OidcProviderInstance;

/** What loadExistingGrant sees of `ctx.oidc`. */
interface GrantContext {
  oidc: {
    client: { clientId: string };
    session: { accountId?: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    requestParamOIDCScopes: Set<string>;
    requestParamClaims: Set<string>;
  };
}

/** What logoutSource & co. see of `ctx`. */
interface HtmlContext {
  type: string;
  body: unknown;
}

/**
 * oidc-provider prints notices through console.warn/info: at import ("Unsupported runtime" on
 * Node 20), for the in-memory adapter, and on first use of a default it wants replaced. Only its
 * own lines are dropped, and only while `fn` runs.
 */
async function withoutProviderNotices<T>(fn: () => Promise<T>): Promise<T> {
  const { warn, info } = console;
  const filter =
    (print: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('oidc-provider ')) return;
      print.apply(console, args);
    };
  console.warn = filter(warn);
  console.info = filter(info);
  try {
    return await fn();
  } finally {
    console.warn = warn;
    console.info = info;
  }
}

async function loadProviderClass(): Promise<OidcProviderClass> {
  // A variable specifier: the package has no type declarations (see the interfaces above).
  const specifier = 'oidc-provider';
  const mod = (await withoutProviderNotices(() => import(specifier))) as { default: OidcProviderClass };
  return mod.default;
}

// ---------------------------------------------------------------------------------------------
// Small HTML and HTTP helpers.

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function unescapeHtml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, entity: string) => {
    const map: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
    return map[entity] ?? '';
  });
}

function page(title: string, main: string, extra = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main>
${main}
</main>
${extra}
</body>
</html>`;
}

function loginPage(uid: string, error?: string, login = ''): string {
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const message = error ? `<p id="login-error" role="alert">${escapeHtml(error)}</p>` : '';
  const described = error ? ' aria-invalid="true" aria-describedby="login-error"' : '';
  return page(
    'Sign in at the test provider',
    `<h1>Sign in at the test provider</h1>
${message}
<form method="post" action="${action}">
  <label for="login">Login</label>
  <input id="login" name="login" type="text" autocomplete="username" required autofocus value="${escapeHtml(login)}"${described}>
  <button type="submit">Sign in</button>
</form>
<form method="post" action="${action}/cancel">
  <button type="submit">Cancel</button>
</form>`,
  );
}

/** Reads a small application/x-www-form-urlencoded body. */
async function readForm(req: IncomingMessage, limit = 64 * 1024): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

interface HtmlForm {
  action: string;
  method: string;
  fields: Record<string, string>;
  inner: string;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1];
    if (name) out[name.toLowerCase()] = unescapeHtml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** The forms of a page with their named inputs' values (enough for the provider's own pages). */
function parseForms(html: string): HtmlForm[] {
  const forms: HtmlForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const attrs = attributes(m[1] ?? '');
    const inner = m[2] ?? '';
    const fields: Record<string, string> = {};
    for (const input of inner.matchAll(/<input\b([^>]*)>/gi)) {
      const a = attributes(input[1] ?? '');
      if (a.name) fields[a.name] = a.value ?? '';
    }
    forms.push({ action: attrs.action ?? '', method: (attrs.method ?? 'get').toUpperCase(), fields, inner });
  }
  return forms;
}

function pageText(html: string): string {
  return unescapeHtml(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ).slice(0, 400);
}

/** Cookies by name, as a browser would keep them for one origin (paths are ignored). */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((attr) => {
        const [key = '', val = ''] = attr.split('=').map((s) => s.trim());
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
        if (key.toLowerCase() === 'expires') return Date.parse(val) <= Date.now();
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

type Step = { url: URL; method: 'GET' | 'POST'; form?: Record<string, string> };

/**
 * Drives the provider like a browser without JavaScript. `onPage` picks the next request from an
 * HTML page (a form to submit). Returns the first redirect that leaves the provider's origin.
 */
async function browse(
  origin: string,
  jar: CookieJar,
  start: string,
  onPage: (html: string, url: URL, forms: HtmlForm[]) => Step,
): Promise<string> {
  let step: Step = { url: new URL(start), method: 'GET' };
  const trail: string[] = [];
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    if (step.url.origin !== origin) return step.url.href;
    trail.push(`${step.method} ${step.url.pathname}`);
    const headers: Record<string, string> = { accept: 'text/html' };
    const cookie = jar.header();
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (step.method === 'POST') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(step.form ?? {}).toString();
    }
    const res = await fetch(step.url, { method: step.method, headers, body, redirect: 'manual' });
    jar.store(res.headers.getSetCookie());
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      step = { url: new URL(location, step.url), method: 'GET' };
      continue;
    }
    const html = await res.text();
    if (res.status !== 200 || !/html/i.test(res.headers.get('content-type') ?? '')) {
      throw new Error(
        `test OIDC provider: unexpected ${res.status} at ${step.method} ${step.url.href} ` +
          `(after ${trail.join(' → ')}): ${pageText(html)}`,
      );
    }
    try {
      step = onPage(html, step.url, parseForms(html));
    } catch (err) {
      throw new Error(
        `test OIDC provider: ${(err as Error).message} at ${step.url.href} (after ${trail.join(' → ')}). ` +
          `Page: ${pageText(html)}`,
      );
    }
  }
  throw new Error(`test OIDC provider: more than ${MAX_HOPS} requests without leaving: ${trail.join(' → ')}`);
}

function submit(form: HtmlForm, base: URL, extra: Record<string, string> = {}): Step {
  const url = new URL(form.action || base.href, base);
  if (form.method === 'GET') {
    for (const [key, value] of Object.entries({ ...form.fields, ...extra })) url.searchParams.set(key, value);
    return { url, method: 'GET' };
  }
  return { url, method: 'POST', form: { ...form.fields, ...extra } };
}

// ---------------------------------------------------------------------------------------------

export async function startTestOidcProvider(opts: {
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  port?: number;
}): Promise<TestOidcProvider> {
  const Provider = await loadProviderClass();

  const [signing, other] = await Promise.all([
    generateKeyPair('RS256', { extractable: true }),
    generateKeyPair('RS256', { extractable: true }),
  ]);
  const kid = `test-${randomBytes(6).toString('hex')}`;
  const signingJwk = { ...(await exportJWK(signing.privateKey)), kid, alg: 'RS256', use: 'sig' };

  const accounts = new Map<string, TestAccount>();
  let pendingTamper: IdTokenTamper | undefined;
  let lastJar = new CookieJar();
  const clientSecret = randomBytes(24).toString('base64url');

  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (handler) handler(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  function accountBySub(sub: string): TestAccount | undefined {
    for (const account of accounts.values()) if (account.sub === sub) return account;
    return undefined;
  }

  async function tamper(idToken: string, kind: IdTokenTamper): Promise<string> {
    const header = decodeProtectedHeader(idToken);
    const payload: JWTPayload = { ...decodeJwt(idToken) };
    const now = Math.floor(Date.now() / 1000);
    switch (kind) {
      case 'foreign_audience':
        payload.aud = 'someone-else';
        break;
      case 'expired': {
        // Same lifetime, ended an hour ago.
        const lifetime = (payload.exp ?? now) - (payload.iat ?? now);
        payload.exp = now - 3600;
        payload.iat = payload.exp - lifetime;
        break;
      }
      case 'wrong_issuer':
        payload.iss = 'http://evil.example';
        break;
      case 'wrong_nonce':
        payload.nonce = 'not-the-nonce';
        break;
      case 'bad_signature':
        break;
    }
    // bad_signature: same claims and the provider's kid, but another key signs.
    const key: CryptoKey = kind === 'bad_signature' ? other.privateKey : signing.privateKey;
    return new SignJWT(payload).setProtectedHeader({ ...header, alg: 'RS256', kid }).sign(key);
  }

  /** The grant that makes the consent prompt unnecessary: everything requested, for this client. */
  async function grantFor(
    provider: OidcProviderInstance,
    { accountId, clientId, grantId, scopes, claims }: GrantRequest,
  ): Promise<OidcGrant> {
    let grant = grantId ? await provider.Grant.find(grantId) : undefined;
    if (grant && grant.accountId !== accountId) grant = undefined;
    grant ??= new provider.Grant({ accountId, clientId });
    grant.addOIDCScope(scopes);
    if (claims.size) grant.addOIDCClaims(claims);
    await grant.save();
    return grant;
  }

  const configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        client_name: 'Aktion (test)',
        redirect_uris: opts.redirectUris,
        post_logout_redirect_uris: opts.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        // client_secret_post is accepted too: oidc-provider treats both as the same registration.
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username', 'groups'],
    },
    // The ID token carries the granted scopes' claims (not only sub), like most IdPs.
    conformIdTokenClaims: false,
    jwks: { keys: [signingJwk] },
    cookies: {
      // Cookies are shared across ports of 127.0.0.1: keep clear of the app's names.
      names: { session: 'op_session', interaction: 'op_interaction', resume: 'op_interaction_resume' },
      keys: [randomBytes(32).toString('base64url')],
    },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx: HtmlContext, form: string) {
          // Sign out of the whole provider session, without a confirmation click.
          const autoForm = form.replace(
            '</form>',
            '<input type="hidden" name="logout" value="yes"/>' +
              '<noscript><button type="submit">Sign out</button></noscript></form>',
          );
          ctx.type = 'html';
          ctx.body = page(
            'Signing out',
            `<h1>Signing out of the test provider</h1>\n${autoForm}`,
            `<script>document.getElementById('op.logoutForm').submit();</script>`,
          );
        },
        async postLogoutSuccessSource(ctx: HtmlContext) {
          ctx.type = 'html';
          ctx.body = page('Signed out', '<h1>Signed out of the test provider</h1>');
        },
      },
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    async loadExistingGrant(ctx: GrantContext) {
      const { client, session, result } = ctx.oidc;
      if (!session.accountId) return undefined;
      return grantFor(provider, {
        accountId: session.accountId,
        clientId: client.clientId,
        grantId: result?.consent?.grantId ?? session.grantIdFor(client.clientId),
        scopes: ctx.oidc.requestParamOIDCScopes,
        claims: ctx.oidc.requestParamClaims,
      });
    },
    async findAccount(_ctx: unknown, sub: string) {
      const account = accountBySub(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ ...account, sub }) };
    },
    clientBasedCORS: () => false,
    async renderError(ctx: HtmlContext, out: Record<string, string>) {
      const rows = Object.entries(out)
        .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(String(value))}</dd>`)
        .join('');
      ctx.type = 'html';
      ctx.body = page('Error at the test provider', `<h1>Error at the test provider</h1><dl>${rows}</dl>`);
    },
  };

  let provider: OidcProviderInstance;
  try {
    provider = await withoutProviderNotices(async () => new Provider(issuer, configuration));
  } catch (err) {
    server.close();
    throw err;
  }
  const tokenPath = provider.pathFor('token');

  async function interaction(ctx: KoaContext, uid: string, action: 'show' | 'login' | 'cancel') {
    const { req, res } = ctx;
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== uid) throw new Error('this sign-in is not the one in progress');
    const finish = async (result: Record<string, unknown>) => {
      ctx.respond = false;
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
    };
    if (action === 'cancel') {
      return finish({ error: 'access_denied', error_description: 'End-User aborted interaction' });
    }
    if (details.prompt.name === 'consent') {
      // Not expected (loadExistingGrant grants everything); finish it without a click anyway.
      const accountId = details.session?.accountId;
      const clientId = details.params.client_id;
      if (!accountId || typeof clientId !== 'string') throw new Error('consent without a session');
      const scope = typeof details.params.scope === 'string' ? details.params.scope : 'openid';
      const grant = await grantFor(provider, {
        accountId,
        clientId,
        grantId: details.grantId,
        scopes: new Set(scope.split(' ')),
        claims: new Set(),
      });
      return finish({ consent: { grantId: grant.jti } });
    }
    if (details.prompt.name !== 'login') throw new Error(`unsupported prompt ${details.prompt.name}`);
    ctx.type = 'html';
    ctx.set('cache-control', 'no-store');
    if (action === 'show') {
      ctx.body = loginPage(uid);
      return;
    }
    const login = ((await readForm(req)).get('login') ?? '').trim();
    const account = accounts.get(login);
    if (!account) {
      ctx.body = loginPage(uid, `Unknown login "${login}".`, login);
      return;
    }
    return finish({ login: { accountId: account.sub } });
  }

  provider.use(async (ctx, next) => {
    const match = /^\/interaction\/([^/]+)(\/cancel)?$/.exec(ctx.path);
    if (match?.[1]) {
      const uid = decodeURIComponent(match[1]);
      const action =
        ctx.method === 'GET' && !match[2]
          ? 'show'
          : ctx.method !== 'POST'
            ? null
            : match[2]
              ? 'cancel'
              : 'login';
      if (!action) {
        ctx.status = 405;
        return;
      }
      try {
        await interaction(ctx, uid, action);
      } catch (err) {
        if (!ctx.respond) throw err;
        ctx.status = 400;
        ctx.type = 'html';
        ctx.body = page(
          'Error at the test provider',
          `<h1>Error at the test provider</h1><p role="alert">${escapeHtml((err as Error).message)}</p>`,
        );
      }
      return;
    }
    await next();
    if (ctx.method !== 'POST' || ctx.path !== tokenPath || !pendingTamper || ctx.status !== 200) return;
    const body = ctx.body as Record<string, unknown> | null;
    if (typeof body !== 'object' || body === null || typeof body.id_token !== 'string') return;
    const kind = pendingTamper;
    pendingTamper = undefined;
    // A new object body: Koa serialises it and sets content-length for the new JSON.
    ctx.body = { ...body, id_token: await tamper(body.id_token, kind) };
  });

  handler = provider.callback();

  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret,
    setAccount(login, account) {
      accounts.set(login, { ...account });
    },
    tamperNextIdToken(kind) {
      pendingTamper = kind;
    },
    async authorize(authorizationUrl, login) {
      const jar = new CookieJar();
      lastJar = jar;
      let submitted = false;
      return browse(issuer, jar, authorizationUrl, (_html, url, forms) => {
        const form = forms.find((f) => 'login' in f.fields);
        if (!form) throw new Error('expected the login page');
        if (submitted) throw new Error(`login "${login}" was not accepted`);
        submitted = true;
        return submit(form, url, { login });
      });
    },
    async cancel(authorizationUrl) {
      const jar = new CookieJar();
      return browse(issuer, jar, authorizationUrl, (_html, url, forms) => {
        const form = forms.find((f) => />\s*Cancel\s*</i.test(f.inner));
        if (!form) throw new Error('expected the login page with a Cancel button');
        return submit(form, url);
      });
    },
    async endSession(endSessionUrl) {
      let submitted = 0;
      return browse(issuer, lastJar, endSessionUrl, (_html, url, forms) => {
        // The logout page (and oidc-provider's no-session variant) submits its form by script.
        const form = forms[0];
        if (form?.method !== 'POST') throw new Error('expected a self-submitting logout form');
        if (++submitted > 2) throw new Error('the logout form keeps coming back');
        return submit(form, url);
      });
    },
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

interface GrantRequest {
  accountId: string;
  clientId: string;
  grantId: string | undefined;
  scopes: Set<string>;
  claims: Set<string>;
}
