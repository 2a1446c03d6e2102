import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../../core/limits.js';
import type { MeRes } from '../../../../core/schemas/auth.js';
import type { SecondFactorChallengeRes } from '../../../../core/schemas/second-factor.js';
import { isChallenge, login } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';

interface PasswordLoginFormProps {
  email: string;
  onEmail: (email: string) => void;
  /** A problem to show when the form appears (the code step ran out, say). */
  problem: string | null;
  onSignedIn: (me: MeRes) => void;
  onChallenge: (challenge: SecondFactorChallengeRes) => void;
}

/** E-mail and password; answers either the signed-in person or a challenge for the second step. */
export function PasswordLoginForm({
  email,
  onEmail,
  problem,
  onSignedIn,
  onChallenge,
}: PasswordLoginFormProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { show } = form;

  useEffect(() => {
    if (problem) show([{ id: 'password', message: problem }]);
  }, [problem, show]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldError[] = [];
    if (!email.trim()) errors.push({ id: 'email', message: t('form.required', { field: t('login.email') }) });
    if (!password)
      errors.push({ id: 'password', message: t('form.required', { field: t('login.password') }) });
    if (errors.length) return form.show(errors);
    setBusy(true);
    try {
      const res = await login({ email: email.trim(), password });
      if (isChallenge(res)) onChallenge(res);
      else onSignedIn(res);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && (err.status === 401 || err.status === 400)) {
        form.show([{ id: 'email', message: t('login.wrong') }]);
      } else {
        // 403: the organisation uses single sign-on, or the account is deactivated; 429: too many tries.
        form.show([{ id: 'email', message: err instanceof Error ? err.message : t('login.wrong') }]);
      }
    }
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={onEmail}
          error={form.errorFor('email')}
          maxLength={Limits.emailMax}
          required
        />
        <TextField
          id="password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={form.errorFor('password')}
          maxLength={Limits.passwordMax}
          required
        />
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </>
  );
}
