import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { storedLanguage, type Language } from './language';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

/**
 * One resource file per language, with the same keys (locales.test.ts checks
 * that). Text is never built in components.
 */
export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const satisfies Record<Language, unknown>;

export type { Language };

/** Starts in the language given, else the one chosen last on this till (localStorage). */
export function initI18n(lng: Language = storedLanguage()): I18n {
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
