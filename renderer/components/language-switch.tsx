import { useTranslation } from 'react-i18next';
import { LANGUAGES, saveLanguage } from '../i18n/language';

/** English | 中文 in the header: switches at once, and the till remembers it across reloads. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((l) => (
        <button
          key={l.code}
          type="button"
          className="nav-button language-button"
          lang={l.code}
          aria-label={l.name}
          aria-pressed={current === l.code}
          data-testid={`language-${l.code}`}
          onClick={() => {
            saveLanguage(l.code);
            void i18n.changeLanguage(l.code);
            document.documentElement.lang = l.code;
          }}
        >
          {l.label}
        </button>
      ))}
    </div>
  );
}
