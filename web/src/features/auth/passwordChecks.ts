import type { TFunction } from 'i18next';
import { Limits } from '../../../../core/limits.js';
import type { FieldError } from '../../components/ErrorSummary.js';

/** The client-side checks of a new password: long enough, and typed the same twice. */
export function newPasswordErrors(
  t: TFunction,
  password: string,
  repeat: string,
  ids: { password: string; repeat: string },
): FieldError[] {
  const errors: FieldError[] = [];
  if ([...password].length < Limits.passwordMin) {
    errors.push({ id: ids.password, message: t('form.passwordTooShort', { min: Limits.passwordMin }) });
  }
  if (password !== repeat) errors.push({ id: ids.repeat, message: t('form.passwordsDiffer') });
  return errors;
}
