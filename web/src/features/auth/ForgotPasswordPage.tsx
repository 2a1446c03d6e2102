import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Limits } from '../../../../core/limits.js';
import { requestPasswordReset } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Page } from '../../components/Page.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim())
      return form.show([{ id: 'email', message: t('form.required', { field: t('forgot.email') }) }]);
    setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      form.clear();
      setSent(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400) {
        const errors = serverFieldErrors(err.fields, { email: 'email' }, 'email');
        form.show(errors.length ? errors : [{ id: 'email', message: t('form.emailInvalid') }]);
      } else {
        form.show([{ id: 'email', message: err instanceof Error ? err.message : String(err) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('forgot.title')}>
      {sent ? (
        <Alert variant="success" heading={t('forgot.sentHeading')} live>
          <p>{t('forgot.sent')}</p>
        </Alert>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
          <form onSubmit={submit} noValidate>
            <TextField
              id="email"
              label={t('forgot.email')}
              type="email"
              autoComplete="email"
              value={email}
              onChange={setEmail}
              error={form.errorFor('email')}
              maxLength={Limits.emailMax}
              required
            />
            <button type="submit" className="button button-primary mt-6" disabled={busy}>
              {t('forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p className="mt-6">
        <Link to="/login">{t('forgot.backToLogin')}</Link>
      </p>
    </Page>
  );
}
