import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getEmbedOrigins } from '../../api/embedding.js';
import { Alert } from '../../components/Alert.js';
import { Page } from '../../components/Page.js';
import { EmbedOriginsForm } from './EmbedOriginsForm.js';

/** /admin/indlejring: the web sites that may show registration for the organisation's events. */
export function EmbeddingPage() {
  const { t } = useTranslation();
  const [origins, setOrigins] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const here = window.location.origin;

  useEffect(() => {
    let cancelled = false;
    getEmbedOrigins()
      .then((res) => {
        if (!cancelled) setOrigins(res.origins);
      })
      .catch((err: unknown) => {
        if (!cancelled) setError(err instanceof Error ? err.message : String(err));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <Page title={t('embedding.title')}>
      <p>{t('embedding.intro')}</p>
      {error && (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      )}
      {origins === null ? (
        !error && <p>{t('common.loading')}</p>
      ) : (
        <EmbedOriginsForm origins={origins} onSaved={setOrigins} />
      )}

      <section aria-labelledby="embed-developers-heading" className="mt-8">
        <h2 id="embed-developers-heading">{t('embedding.developersHeading')}</h2>
        <p>{t('embedding.developersIntro')}</p>
        <dl className="aktion-facts aktion-addresses">
          <div>
            <dt>{t('embedding.eventsUrl')}</dt>
            <dd>
              <code>{`${here}/api/public/events`}</code>
            </dd>
          </div>
          <div>
            <dt>{t('embedding.registrationUrl')}</dt>
            <dd>
              <code>{`${here}/api/public/events/{slug}/registrations`}</code>
            </dd>
          </div>
          <div>
            <dt>{t('embedding.docs')}</dt>
            <dd>
              <a href="/api/docs">{`${here}/api/docs`}</a>
            </dd>
          </div>
        </dl>
      </section>
    </Page>
  );
}
