/** The language of the whole app, chosen from a short list in the header. */
import { useTranslation } from 'react-i18next';
import { applyLanguage } from '../i18n/applyLanguage';
import { isLanguage, LANGUAGES } from '../i18n/languages';
import { t } from '../i18n/instance';

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  return (
    <select
      className="language-switch"
      aria-label={t('common:language.label')}
      data-testid="language-switch"
      value={i18n.language}
      onChange={(event) => {
        const language = event.target.value;
        if (isLanguage(language)) void applyLanguage(language, { fromUser: true });
      }}
    >
      {LANGUAGES.map((language) => (
        // Each language named in itself, so a reader finds their own whatever is shown now.
        <option key={language} value={language} lang={language}>
          {t(`common:language.name.${language}`)}
        </option>
      ))}
    </select>
  );
}
