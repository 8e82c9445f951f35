import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

/**
 * One resource file per language; adding zh-CN is a new JSON file with the
 * same keys and one more entry here. Text is never built in components.
 */
export const resources = {
  en: { translation: en },
} as const;

export type Language = keyof typeof resources;

export function initI18n(lng: Language = 'en'): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    // Synchronous init: the resources are bundled, so the first render already has its text.
    initAsync: false,
    // React escapes what it renders; escaping here would show "&amp;" on screen.
    interpolation: { escapeValue: false },
  });
  return instance;
}
