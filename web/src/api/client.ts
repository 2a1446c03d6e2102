import type { ErrorBody, ErrorCode } from '../../../core/errors.js';

/** The CSRF token from the last MeRes; kept in memory only (never in storage). */
let csrfToken: string | null = null;
let language = 'da';
let onUnauthenticated: (() => void) | null = null;
let onSecondFactorSetupRequired: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The language sent as Accept-Language, so logged-out users get server messages in their language. */
export function setRequestLanguage(lang: string): void {
  language = lang;
}

/** Called when a request outside /api/auth and /api/me answers 401 (the session ran out). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Called when the server refuses a request until the administrator turns on two-step verification. */
export function setSecondFactorSetupHandler(handler: (() => void) | null): void {
  onSecondFactorSetupRequired = handler;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network';
  readonly reason: string | undefined;
  readonly fields: Record<string, string>;
  readonly reference: string | undefined;

  constructor(status: number, body: ErrorBody['error'] | null, fallbackMessage: string) {
    super(body?.message ?? fallbackMessage);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? (status === 0 ? 'network' : 'internal');
    this.reason = body?.reason;
    this.fields = body?.fields ?? {};
    this.reference = body?.reference;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const fallback: Record<string, string> = {
  da: 'Der skete en fejl. Prøv igen om lidt.',
  en: 'Something went wrong. Please try again shortly.',
};

/** A JSON request: `body`, when given, is sent as JSON. */
export function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  return send<T>(
    method,
    path,
    body === undefined ? undefined : { data: JSON.stringify(body), contentType: 'application/json' },
  );
}

/**
 * POSTs a file as the raw body (not JSON), e.g. an import, sent as `contentType` (the server
 * checks a material's type); the answer is JSON as for `request`.
 */
export function upload<T>(path: string, file: Blob, contentType = 'application/octet-stream'): Promise<T> {
  return send<T>('POST', path, { data: file, contentType });
}

async function send<T>(
  method: Method,
  path: string,
  body: { data: string | Blob; contentType: string } | undefined,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = body.contentType;
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const fallbackMessage = fallback[language] ?? fallback.da!;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body?.data,
    });
  } catch {
    throw new ApiError(0, null, fallbackMessage);
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  let errorBody: ErrorBody['error'] | null = null;
  try {
    const parsed = (await res.json()) as Partial<ErrorBody>;
    if (parsed && typeof parsed.error?.message === 'string') errorBody = parsed.error;
  } catch {
    // Not JSON (a proxy error page, for instance): use the generic message.
  }
  if (res.status === 401 && !path.startsWith('/api/auth/') && path !== '/api/me') onUnauthenticated?.();
  if (res.status === 403 && errorBody?.reason === 'second_factor_setup_required')
    onSecondFactorSetupRequired?.();
  throw new ApiError(res.status, errorBody, fallbackMessage);
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
