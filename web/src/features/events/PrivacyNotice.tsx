import { useTranslation } from 'react-i18next';

/** What is stored about a registrant, why and for how long: short, before they send. */
export function PrivacyNotice({ organisation }: { organisation: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="registration-privacy-heading" className="mt-6">
      <h3 id="registration-privacy-heading">{t('events.privacyHeading')}</h3>
      <ul>
        <li>{t('events.privacyWhat')}</li>
        <li>{t('events.privacyWhy')}</li>
        <li>{t('events.privacyHowLong')}</li>
        <li>{t('events.privacyWho', { organisation })}</li>
      </ul>
    </section>
  );
}
