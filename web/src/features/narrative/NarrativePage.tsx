import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';

/** Placeholder until the page is built (issue 9). */
export function NarrativePage() {
  const { t } = useTranslation();
  return <Page title={t('narrative.title')} />;
}
