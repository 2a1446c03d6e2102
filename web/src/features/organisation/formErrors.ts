import { ApiError } from '../../api/client.js';
import type { FieldError } from '../../components/ErrorSummary.js';
import { serverFieldErrors } from '../../components/useFormErrors.js';
import { messageOf } from './labels.js';

/**
 * A failed save as errors on the form's fields: the server's `fields` where it names them, a conflict
 * (409) on `conflictId`, anything else on `fallbackId`.
 */
export function saveErrors(
  err: unknown,
  idFor: Record<string, string>,
  fallbackId: string,
  conflictId: string = fallbackId,
): FieldError[] {
  if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
    return serverFieldErrors(err.fields, idFor, fallbackId);
  }
  const id = err instanceof ApiError && err.code === 'conflict' ? conflictId : fallbackId;
  return [{ id, message: messageOf(err) }];
}
