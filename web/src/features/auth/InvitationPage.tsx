import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { InvitationInfoRes } from '../../../../core/schemas/auth.js';
import { getInvitation } from '../../api/auth.js';
import { ApiError } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { AcceptInvitationForm } from './AcceptInvitationForm.js';

type Load =
  | { state: 'loading' }
  | { state: 'ready'; info: InvitationInfoRes }
  | { state: 'expired' }
  | { state: 'error'; message: string };

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    getInvitation(token)
      .then((info) => !cancelled && setLoad({ state: 'ready', info }))
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiError && (err.status === 410 || err.status === 404 || err.status === 400)) {
          setLoad({ state: 'expired' });
        } else setLoad({ state: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      cancelled = true;
    };
  }, [token]);

  if (load.state === 'ready') {
    return (
      <Page title={t('invitation.heading', { organisation: load.info.organisationName })}>
        <AcceptInvitationForm token={token} info={load.info} />
      </Page>
    );
  }
  return (
    <Page title={t('invitation.title')}>
      {load.state === 'loading' && <p>{t('common.loading')}</p>}
      {load.state === 'expired' && (
        <Alert variant="warning">
          <p>{t('invitation.expired')}</p>
        </Alert>
      )}
      {load.state === 'error' && (
        <Alert variant="error">
          <p>{load.message}</p>
        </Alert>
      )}
    </Page>
  );
}
