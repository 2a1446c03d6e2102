import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/Alert.js';
import { Icon } from '../../components/Icon.js';
import { Page } from '../../components/Page.js';

export function BackToEvents() {
  const { t } = useTranslation();
  return (
    <p>
      <Link className="back-link" to="/admin/arrangementer">
        <Icon name="chevron-left" />
        {t('eventAdmin.back')}
      </Link>
    </p>
  );
}

/** What an organiser's event page shows before the event is there: not found, an error, or loading. */
export function EventNotReady({
  missing,
  error,
  title,
}: {
  missing: boolean;
  error: string | null;
  title: string;
}) {
  const { t } = useTranslation();
  if (missing) {
    return (
      <Page title={t('eventAdmin.notFoundTitle')}>
        <p>{t('eventAdmin.notFound')}</p>
        <BackToEvents />
      </Page>
    );
  }
  return (
    <Page title={title}>
      {error ? (
        <Alert variant="error">
          <p>{error}</p>
        </Alert>
      ) : (
        <p>{t('common.loading')}</p>
      )}
    </Page>
  );
}
