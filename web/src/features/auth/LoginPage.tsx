import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { MeRes } from '../../../../core/schemas/auth.js';
import type { LoginOptionsRes } from '../../../../core/schemas/sso.js';
import { getLoginOptions, ssoStartUrl } from '../../api/auth.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { safeNext, ssoErrorFrom } from './loginMessages.js';
import { PasswordLoginForm } from './PasswordLoginForm.js';
import { SecondFactorLoginStep } from './SecondFactorLoginStep.js';
import { useSession } from './session.js';

/** Shown when the options cannot be read: the password form, as before single sign-on. */
const FALLBACK: LoginOptionsRes = { providers: [], passwordLogin: true };

/**
 * /login: a button per organisation with single sign-on, and e-mail + password (then a code when
 * two-step verification is on). `?sso-fejl=<code>` explains a refused single sign-on;
 * `?logget-ud=1` confirms a logout.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { setMe } = useSession();
  const [options, setOptions] = useState<LoginOptionsRes | null>(null);
  const [email, setEmail] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const next = safeNext(params.get('next'));
  const ssoError = ssoErrorFrom(params.get('sso-fejl'));
  const loggedOut = params.get('logget-ud') === '1';

  useEffect(() => {
    let cancelled = false;
    getLoginOptions()
      .catch(() => FALLBACK)
      .then((res) => {
        if (!cancelled) setOptions(res);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const signedIn = (me: MeRes) => {
    setMe(me);
    navigate(next, { replace: true });
  };

  if (challenge) {
    return (
      <Page title={t('login.title')}>
        <SecondFactorLoginStep
          challenge={challenge}
          onSignedIn={signedIn}
          onExpired={(message) => {
            setChallenge(null);
            setProblem(message);
          }}
          onStartOver={() => {
            setChallenge(null);
            setProblem(null);
          }}
        />
      </Page>
    );
  }

  const providers = options?.providers ?? [];
  const passwordForm = (
    <>
      <PasswordLoginForm
        email={email}
        onEmail={setEmail}
        problem={problem}
        onSignedIn={signedIn}
        onChallenge={(c) => {
          setProblem(null);
          setChallenge(c.challenge);
        }}
      />
      <p className="mt-6">
        <Link to="/glemt-adgangskode">{t('login.forgot')}</Link>
      </p>
    </>
  );

  return (
    <Page title={t('login.title')}>
      {loggedOut && !ssoError && (
        <Alert variant="success" live>
          <p>{t('login.loggedOut')}</p>
        </Alert>
      )}
      {ssoError && (
        <Alert variant={ssoError === 'cancelled' ? 'warning' : 'error'} heading={t('login.ssoFailedHeading')}>
          <p>{t(`login.ssoErrors.${ssoError}`)}</p>
        </Alert>
      )}
      {!options ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          {providers.length > 0 && (
            <section aria-labelledby="login-sso-heading">
              <h2 id="login-sso-heading">{t('login.ssoHeading')}</h2>
              <p>{t('login.ssoIntro')}</p>
              <ul className="nobullet-list aktion-sso-list">
                {providers.map((p) => (
                  <li key={p.slug}>
                    <a className="button button-primary" href={ssoStartUrl(p.slug, next)}>
                      {t('login.ssoButton', { name: p.name })}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {!options.passwordLogin ? (
            <details className="details mt-8" open={problem !== null}>
              <summary className="details-summary">
                <span className="details-summary-text">{t('login.passwordDisclosure')}</span>
              </summary>
              <div className="details-text">{passwordForm}</div>
            </details>
          ) : providers.length > 0 ? (
            <section aria-labelledby="login-password-heading" className="mt-8">
              <h2 id="login-password-heading">{t('login.passwordHeading')}</h2>
              {passwordForm}
            </section>
          ) : (
            passwordForm
          )}
        </>
      )}
    </Page>
  );
}
