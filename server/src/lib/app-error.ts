import { ERROR_STATUS, type ErrorCode } from '../../../core/errors.js';
import type { MessageKey, MessageParams } from './messages.js';

/**
 * The one error type services throw. The message is a key, translated into the user's language
 * by the error handler; `fields` maps a field name to a message key (or already translated text).
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: MessageKey,
    readonly options: {
      reason?: string;
      params?: MessageParams;
      fields?: Record<string, { key: MessageKey; params?: MessageParams }>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(messageKey);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = () => new AppError('not_found', 'error.not_found');
export const forbidden = (reason?: string) => new AppError('forbidden', 'error.forbidden', { reason });
export const unauthenticated = () => new AppError('unauthenticated', 'error.unauthenticated');
export const conflict = (key: MessageKey, reason: string, params?: MessageParams) =>
  new AppError('conflict', key, { reason, params });
export const gone = (reason: string) => new AppError('gone', 'error.gone', { reason });
export const fieldError = (field: string, key: MessageKey, params?: MessageParams) =>
  new AppError('validation_failed', 'error.validation_failed', { fields: { [field]: { key, params } } });
