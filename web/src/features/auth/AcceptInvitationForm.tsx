import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Limits } from '../../../../core/limits.js';
import type { InvitationInfoRes, MeRes } from '../../../../core/schemas/auth.js';
import { acceptInvitation, isChallenge } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { serverFieldErrors, useFormErrors } from '../../components/useFormErrors.js';
import { NewPasswordFields } from './NewPasswordFields.js';
import { newPasswordErrors } from './passwordChecks.js';
import { SecondFactorLoginStep } from './SecondFactorLoginStep.js';
import { useSession } from './session.js';

interface Props {
  token: string;
  info: InvitationInfoRes;
}

const FIELD_IDS = { name: 'name', password: 'password' };

export function AcceptInvitationForm({ token, info }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const form = useFormErrors();
  const [name, setName] = useState(info.name);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [expired, setExpired] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(null);
  const [codeProblem, setCodeProblem] = useState<string | null>(null);
  const existing = info.existingAccount;

  const signedIn = (me: MeRes) => {
    setMe(me);
    navigate('/', { replace: true });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors: FieldError[] = [];
    if (existing) {
      if (!password)
        errors.push({ id: 'password', message: t('form.required', { field: t('login.password') }) });
    } else {
      if (!name.trim()) errors.push({ id: 'name', message: t('form.required', { field: t('invite.name') }) });
      errors.push(...newPasswordErrors(t, password, repeat, { password: 'password', repeat: 'repeat' }));
    }
    if (errors.length) return form.show(errors);
    setBusy(true);
    try {
      const res = await acceptInvitation({ token, name: existing ? info.name : name.trim(), password });
      if (isChallenge(res)) {
        // Accepted; the account's second factor still guards the sign-in.
        setBusy(false);
        return setChallenge(res.challenge);
      }
      signedIn(res);
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 410) return setExpired(true);
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) {
        return form.show(serverFieldErrors(err.fields, FIELD_IDS, 'password'));
      }
      form.show([{ id: 'password', message: err instanceof Error ? err.message : String(err) }]);
    }
  };

  if (codeProblem) {
    return (
      <Alert variant="warning">
        <p>{codeProblem}</p>
        <p>
          <Link to="/login">{t('invitation.acceptedLogIn')}</Link>
        </p>
      </Alert>
    );
  }

  if (challenge) {
    return (
      <>
        <p>{t('invitation.acceptedCode')}</p>
        <SecondFactorLoginStep
          challenge={challenge}
          onSignedIn={signedIn}
          onExpired={setCodeProblem}
          onStartOver={() => navigate('/login')}
        />
      </>
    );
  }

  if (expired) {
    return (
      <Alert variant="warning">
        <p>{t('invitation.expired')}</p>
      </Alert>
    );
  }

  return (
    <>
      <p>{existing ? t('invitation.introExisting') : t('invitation.intro')}</p>
      <p>{t('invitation.email', { email: info.email })}</p>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        {existing ? (
          <TextField
            id="password"
            label={t('invitation.currentPassword')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={form.errorFor('password')}
            maxLength={Limits.passwordMax}
            required
          />
        ) : (
          <>
            <TextField
              id="name"
              label={t('invitation.name')}
              autoComplete="name"
              value={name}
              onChange={setName}
              error={form.errorFor('name')}
              maxLength={Limits.nameMax}
              required
            />
            <NewPasswordFields
              password={password}
              onPassword={setPassword}
              repeat={repeat}
              onRepeat={setRepeat}
              errorFor={form.errorFor}
              passwordLabel={t('invitation.password')}
              repeatLabel={t('invitation.repeat')}
            />
          </>
        )}
        <button type="submit" className="button button-primary mt-6" disabled={busy}>
          {t('invitation.submit')}
        </button>
      </form>
    </>
  );
}
