import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '../../../core/errors.js';
import { ERROR_STATUS } from '../../../core/errors.js';
import { AppError } from '../lib/app-error.js';
import { newId } from '../lib/ids.js';
import { type MessageKey, type MessageParams, pickLocale, t } from '../lib/messages.js';
import { describeValidation } from '../lib/validation-messages.js';

/** Other 4xx statuses (from Fastify or a plugin) keep their meaning within the closed set of codes. */
const CODE_BY_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

function localeOf(request: FastifyRequest) {
  return request.locale ?? pickLocale(null, request.headers['accept-language']);
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  key: MessageKey,
  extra: {
    params?: MessageParams;
    reason?: string;
    fields?: Record<string, { key: MessageKey; params?: MessageParams }>;
    reference?: string;
  } = {},
) {
  const locale = localeOf(request);
  const body: ErrorBody = { error: { code, message: t(locale, key, extra.params) } };
  if (extra.reason) body.error.reason = extra.reason;
  if (extra.reference) body.error.reference = extra.reference;
  if (extra.fields) {
    body.error.fields = Object.fromEntries(
      Object.entries(extra.fields).map(([field, f]) => [field, t(locale, f.key, f.params)]),
    );
  }
  return reply.status(ERROR_STATUS[code]).type('application/json; charset=utf-8').send(body);
}

/** One error shape for everything that goes wrong; 5xx details stay in the log. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.options.headers) reply.headers(error.options.headers);
      return send(request, reply, error.code, error.messageKey, {
        params: error.options.params,
        reason: error.options.reason,
        fields: error.options.fields,
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = describeValidation(error.validation, error.validationContext ?? 'body');
      const fields: Record<string, { key: MessageKey; params?: MessageParams }> = {};
      for (const p of problems) fields[p.field] ??= { key: p.key, params: p.params };
      return send(request, reply, 'validation_failed', 'error.validation_failed', { fields });
    }
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        // The route's own limit (1 MB for JSON, 20 MB for an import file), in whole megabytes.
        return send(request, reply, 'payload_too_large', 'error.payload_too_large', {
          params: {
            limit: `${Math.round((request.routeOptions.bodyLimit ?? 1024 * 1024) / (1024 * 1024))} MB`,
          },
        });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(request, reply, 'validation_failed', 'error.unsupported_media_type', {
          reason: 'unsupported_media_type',
        });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(request, reply, 'validation_failed', 'error.invalid_json', { reason: 'invalid_json' });
    }
    if (error instanceof SyntaxError && error.statusCode === 400) {
      return send(request, reply, 'validation_failed', 'error.invalid_json', { reason: 'invalid_json' });
    }
    if (error.statusCode === 429) {
      return send(request, reply, 'rate_limited', 'error.rate_limited', { params: { seconds: 60 } });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ code: error.code, status: error.statusCode }, 'client error');
      const code = CODE_BY_STATUS[error.statusCode] ?? 'validation_failed';
      return send(request, reply, code, `error.${code}` as MessageKey, {
        reason: error.code,
        params: { seconds: 60, limit: '1 MB', method: request.method, url: '' },
      });
    }
    const reference = newId().slice(0, 8);
    request.log.error({ err: error, reference }, 'unexpected error');
    return send(request, reply, 'internal', 'error.internal', { params: { reference }, reference });
  });

  app.setNotFoundHandler((request, reply) =>
    send(request, reply, 'not_found', 'error.route_not_found', {
      params: { method: request.method, url: request.url.split('?')[0] ?? '' },
      reason: 'route_not_found',
    }),
  );
}
