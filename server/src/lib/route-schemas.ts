import { ErrorBodySchema } from '../../../core/errors.js';

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 429;

/** The error responses a route declares, all in the one error shape. 500 is implied everywhere. */
export function errorResponses(...statuses: ErrorStatus[]) {
  return Object.fromEntries([...statuses, 500].map((s) => [s, ErrorBodySchema])) as Record<
    ErrorStatus | 500,
    typeof ErrorBodySchema
  >;
}

/** Errors any signed-in route can answer with. */
export const SIGNED_IN_ERRORS = [400, 401, 403] as const;
