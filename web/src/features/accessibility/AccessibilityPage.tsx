import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('accessibility.title')}>
      <p className="font-lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.standardHeading')}</h2>
      <p>{t('accessibility.standard')}</p>
      <h2>{t('accessibility.problemsHeading')}</h2>
      <p>{t('accessibility.problems')}</p>
      <h2>{t('accessibility.reportHeading')}</h2>
      <p>{t('accessibility.report')}</p>
      <h2>{t('accessibility.complaintHeading')}</h2>
      <p>
        {t('accessibility.complaint')} <span lang="da">{t('accessibility.complaintAddress')}</span>
      </p>
    </Page>
  );
}
