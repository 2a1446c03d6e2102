import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.js';

/** Employee voice (issue 10): to be filled. */
export function VoiceSettingsPage() {
  const { t } = useTranslation();
  return <Page title={t('voiceSettings.title')} />;
}
