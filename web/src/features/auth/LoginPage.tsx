import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Limits } from '../../../../core/limits.js';
import { login } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';
import { useSession } from './session.js';

/** Only same-site paths: never an open redirect. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldError[] = [];
    if (!email.trim()) errors.push({ id: 'email', message: t('form.required', { field: t('login.email') }) });
    if (!password)
      errors.push({ id: 'password', message: t('form.required', { field: t('login.password') }) });
    if (errors.length) return form.show(errors);
    setBusy(true);
    try {
      setMe(await login({ email: email.trim(), password }));
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && (err.status === 401 || err.status === 400)) {
        form.show([{ id: 'email', message: t('login.wrong') }]);
      } else {
        form.show([{ id: 'email', message: err instanceof Error ? err.message : t('login.wrong') }]);
      }
    }
  };

  return (
    <Page title={t('login.title')}>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
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
      <p className="mt-6">
        <Link to="/glemt-adgangskode">{t('login.forgot')}</Link>
      </p>
    </Page>
  );
}
