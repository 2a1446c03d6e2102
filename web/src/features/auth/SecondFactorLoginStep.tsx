import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeRes } from '../../../../core/schemas/auth.js';
import { loginSecondFactor } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/TextField.js';
import { useFormErrors } from '../../components/useFormErrors.js';

interface SecondFactorLoginStepProps {
  challenge: string;
  onSignedIn: (me: MeRes) => void;
  /** The challenge ran out (or had too many wrong codes): back to the password, with the server's words. */
  onExpired: (message: string) => void;
  onStartOver: () => void;
}

const FIELD = 'second-factor-code';

/** The second step of a password login: the code from the app, or a recovery code. */
export function SecondFactorLoginStep({
  challenge,
  onSignedIn,
  onExpired,
  onStartOver,
}: SecondFactorLoginStepProps) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // The step replaces the password form: move focus to it so it is read out.
  useEffect(() => heading.current?.focus(), []);

  const switchKind = () => {
    setRecovery((r) => !r);
    setCode('');
    form.clear();
    input.current?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      return form.show([
        { id: FIELD, message: t(recovery ? 'login.recoveryRequired' : 'login.codeRequired') },
      ]);
    }
    setBusy(true);
    try {
      onSignedIn(await loginSecondFactor({ challenge, code: code.trim() }));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.status === 401) return onExpired(err.message);
      const message = err instanceof ApiError ? (err.fields.code ?? err.message) : String(err);
      setCode('');
      form.show([{ id: FIELD, message }]);
    }
  };

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('login.codeHeading')}
      </h2>
      <p>{t(recovery ? 'login.recoveryIntro' : 'login.codeIntro')}</p>
      <ErrorSummary errors={form.errors} focusSignal={form.focusSignal} />
      <form onSubmit={submit} noValidate>
        <TextField
          id={FIELD}
          inputRef={input}
          label={t(recovery ? 'login.recoveryCode' : 'login.code')}
          hint={t(recovery ? 'login.recoveryHint' : 'login.codeHint')}
          value={code}
          onChange={setCode}
          error={form.errorFor(FIELD)}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          inputMode={recovery ? 'text' : 'numeric'}
          inputClassName={recovery ? 'input-width-s' : 'input-width-xs'}
          maxLength={recovery ? 20 : 10}
          verbatim
          required
        />
        <p>
          <button type="button" className="function-link" onClick={switchKind}>
            {t(recovery ? 'login.useApp' : 'login.useRecovery')}
          </button>
        </p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <p className="mt-6">{t('login.lostBoth')}</p>
      <p>
        <button type="button" className="function-link" onClick={onStartOver}>
          {t('login.startOver')}
        </button>
      </p>
    </>
  );
}
