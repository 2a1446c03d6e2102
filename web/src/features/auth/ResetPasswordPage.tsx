import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { confirmPasswordReset } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Page } from '../../components/Page.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';
import { NewPasswordFields } from './NewPasswordFields.js';
import { newPasswordErrors } from './passwordChecks.js';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const form = useFormErrors();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<'form' | 'done' | 'expired'>('form');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = newPasswordErrors(t, password, repeat, { password: 'password', repeat: 'repeat' });
    if (errors.length) return form.show(errors);
    setBusy(true);
    try {
      await confirmPasswordReset({ token, password });
      setState('done');
    } catch (err) {
      if (err instanceof ApiError && err.status === 410) setState('expired');
      else if (err instanceof ApiError && err.status === 400 && Object.keys(err.fields).length > 0) {
        form.show(serverFieldErrors(err.fields, { password: 'password' }, 'password'));
      } else {
        form.show([{ id: 'password', message: err instanceof Error ? err.message : String(err) }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('reset.title')}>
      {state === 'done' && (
        <Alert variant="success" heading={t('reset.doneHeading')} live>
          <p>{t('reset.done')}</p>
          <p>
            <Link to="/login">{t('login.title')}</Link>
          </p>
        </Alert>
      )}
      {state === 'expired' && (
        <Alert variant="warning">
          <p>{t('reset.expired')}</p>
          <p>
            <Link to="/glemt-adgangskode">{t('reset.askNew')}</Link>
          </p>
        </Alert>
      )}
      {state === 'form' && (
        <>
          <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
          <form onSubmit={submit} noValidate>
            <NewPasswordFields
              password={password}
              onPassword={setPassword}
              repeat={repeat}
              onRepeat={setRepeat}
              errorFor={form.errorFor}
              passwordLabel={t('reset.password')}
              repeatLabel={t('reset.repeat')}
            />
            <button type="submit" className="button button-primary mt-6" disabled={busy}>
              {t('reset.submit')}
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
