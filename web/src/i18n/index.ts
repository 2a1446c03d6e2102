import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../core/schemas/common.js';
import { setRequestLanguage } from '../api/client.js';
import { da } from './da.js';
import { en } from './en.js';

export const LOCALES: readonly Locale[] = ['da', 'en'];
const STORAGE_KEY = 'aktion.locale';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof da };
  }
}

export function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage may be blocked; the choice then lasts for this visit only.
  }
}

function applyLanguage(lng: string): void {
  document.documentElement.lang = lng;
  setRequestLanguage(lng);
}

i18n.on('languageChanged', applyLanguage);

void i18n.use(initReactI18next).init({
  resources: { da: { translation: da }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: 'da',
  supportedLngs: ['da', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(i18n.language);

export default i18n;
