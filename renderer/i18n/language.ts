/** The screens' languages, each named in itself on the switch (a guest who reads only Chinese must find 中文). */
export const LANGUAGES = [
  { code: 'en', label: 'EN', name: 'English' },
  { code: 'zh-CN', label: '中文', name: '简体中文' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

const KEY = 'docket.language';

const isLanguage = (x: unknown): x is Language => LANGUAGES.some((l) => l.code === x);

/**
 * The language chosen on this till, kept in localStorage: it is the device's
 * setting, not the restaurant's, so it is never an event in the log.
 */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Language {
  try {
    const v = storage?.getItem(KEY);
    return isLanguage(v) ? v : 'en';
  } catch {
    // Storage can be blocked (a locked-down profile): the screens still work, in English.
    return 'en';
  }
}

export function saveLanguage(lng: Language, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, lng);
  } catch {
    // Not persisted; the switch still works for this session.
  }
}
