import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  SecondFactorEnrolmentRes,
  SecondFactorStatusRes,
} from '../../../../core/schemas/second-factor.js';
import { ApiError } from '../../api/client.js';
import {
  confirmSecondFactor,
  disableSecondFactor,
  getSecondFactor,
  renewRecoveryCodes,
  startSecondFactor,
} from '../../api/second-factor.js';
import { Alert } from '../../components/Alert.js';
import { Notice, type NoticeMessage } from '../../components/Notice.js';
import { Page } from '../../components/Page.js';
import { useSession } from '../auth/session.js';
import { EnrolSteps } from './EnrolSteps.js';
import { RecoveryCodes } from './RecoveryCodes.js';
import { SecondFactorOn } from './SecondFactorOn.js';

export const SECOND_FACTOR_PATH = '/konto/totrinsbekraeftelse';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Every signed-in person's two-step verification: turn it on (app + QR code, then the recovery
 * codes once), make new recovery codes, turn it off. Administrators who must have it land here.
 */
export function SecondFactorPage() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const [status, setStatus] = useState<SecondFactorStatusRes | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolmentRes | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [busy, setBusy] = useState(false);
  // After a step that removes what had focus, focus goes to the status line that replaces it.
  const statusLine = useRef<HTMLParagraphElement>(null);
  const [focusStatus, setFocusStatus] = useState(false);
  useEffect(() => {
    if (!focusStatus) return;
    statusLine.current?.focus();
    setFocusStatus(false);
  });

  const load = useCallback(async () => {
    try {
      setStatus(await getSecondFactor());
      setError(null);
    } catch (err) {
      setError(message(err));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const start = async () => {
    setBusy(true);
    setNotice(null);
    try {
      setEnrolment(await startSecondFactor());
    } catch (err) {
      setNotice({ variant: 'error', text: message(err) });
      void load();
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (code: string) => {
    try {
      const recoveryCodes = await confirmSecondFactor(code);
      setEnrolment(null);
      setCodes(recoveryCodes);
      setNotice({ variant: 'success', text: t('secondFactor.enabled') });
    } catch (err) {
      // Turned on in another tab, or the enrolment is gone: show the real state.
      if (err instanceof ApiError && err.status === 409) {
        setEnrolment(null);
        setNotice({ variant: 'error', text: err.message });
        void load();
        return;
      }
      throw err;
    }
    // The session is a full one now: the rest of Aktion opens.
    await Promise.all([load(), refresh().catch(() => undefined)]);
  };

  const renew = async (code: string) => {
    setCodes(await renewRecoveryCodes(code));
    setNotice({ variant: 'success', text: t('secondFactor.renewed') });
    void load();
  };

  const disable = async (code: string) => {
    await disableSecondFactor(code);
    setNotice({ variant: 'success', text: t('secondFactor.disabled') });
    await load();
    setFocusStatus(true);
  };

  let body: ReactNode;
  if (codes) {
    body = (
      <RecoveryCodes
        codes={codes}
        email={me?.user.email ?? ''}
        onDone={() => {
          setCodes(null);
          setNotice(null);
          setFocusStatus(true);
        }}
      />
    );
  } else if (!status) {
    body = error ? (
      <Alert variant="error">
        <p>{error}</p>
      </Alert>
    ) : (
      <p>{t('common.loading')}</p>
    );
  } else if (status.status === 'on') {
    body = <SecondFactorOn status={status} statusRef={statusLine} onRenew={renew} onDisable={disable} />;
  } else if (enrolment) {
    body = <EnrolSteps enrolment={enrolment} onConfirm={confirm} />;
  } else {
    body = (
      <>
        <p ref={statusLine} tabIndex={-1}>
          {t(status.status === 'pending' ? 'secondFactor.statusPending' : 'secondFactor.statusOff')}
        </p>
        <button type="button" className="button button-primary" onClick={() => void start()} disabled={busy}>
          {t('secondFactor.start')}
        </button>
      </>
    );
  }

  return (
    <Page title={t('secondFactor.title')}>
      {me?.secondFactorSetupRequired && (
        <Alert variant="warning" heading={t('secondFactor.requiredHeading')}>
          <p>{t('secondFactor.required')}</p>
        </Alert>
      )}
      <Notice notice={notice} />
      <p>{t('secondFactor.intro')}</p>
      {me?.signedInWith === 'sso' && (
        <Alert variant="info">
          <p>{t('secondFactor.ssoNote')}</p>
        </Alert>
      )}
      {body}
    </Page>
  );
}
