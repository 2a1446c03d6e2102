import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../../core/assessment/instrument.js';

/** Picks the instrument's text in the reader's language (Danish unless English is chosen). */
export function useLeaderText(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback((text: LocalizedText) => (english ? text.en : text.da), [english]);
}
