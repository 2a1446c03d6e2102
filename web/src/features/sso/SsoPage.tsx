import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SsoConfigRes } from '../../../../core/schemas/sso.js';
import { getSsoConfig } from '../../api/sso.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { formatDateTime } from '../../i18n/format.js';
import { useSession } from '../auth/session.js';
import { SsoForm } from './SsoForm.js';

/** /admin/single-sign-on: the organisation's connection to its identity provider. */
export function SsoPage() {
  const { t, i18n } = useTranslation();
  const { organisation } = useSession();
  const [config, setConfig] = useState<SsoConfigRes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    getSsoConfig()
      .then((res) => {
        if (!cancelled) setConfig(res);
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('sso.title')}>
      <p>{t('sso.intro')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {!config ? (
        !error && <p>{t('common.loading')}</p>
      ) : (
        <>
          <p>
            {config.configured && config.updatedAt
              ? t('sso.updated', { time: formatDateTime(config.updatedAt, i18n.language) })
              : t('sso.notConfigured')}
          </p>
          <SsoForm config={config} organisationName={organisation?.name ?? ''} onSaved={setConfig} />
        </>
      )}
    </Page>
  );
}
