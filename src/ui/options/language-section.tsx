import type { UiLanguage } from '../../core/i18n/translate.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { optionsMessages } from './messages.ts';
import { OptionsSection } from './options-section.tsx';
import { SettingsStatus } from './settings-status.tsx';
import { useSettings } from './use-settings.ts';

// Each language named in itself, so a reader lost in the other one finds theirs.
const LANGUAGES: { value: UiLanguage; label: string; lang: string }[] = [
  { value: 'vi', label: 'Tiếng Việt', lang: 'vi' },
  { value: 'en', label: 'English', lang: 'en' },
];

/** The interface language; every page follows the setting at once (LanguageProvider watches it). */
export function LanguageSection() {
  const t = useMessages(optionsMessages);
  const { settings, save, status } = useSettings();
  return (
    <OptionsSection id="language" title={t('language.title')}>
      <p class="muted">{t('language.intro')}</p>
      <fieldset class="options-choices" disabled={!settings}>
        <legend class="visually-hidden">{t('language.title')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l.value} lang={l.lang}>
            <input
              type="radio"
              name="ui-language"
              value={l.value}
              checked={settings?.uiLanguage === l.value}
              onChange={() => save({ uiLanguage: l.value })}
            />
            {l.label}
          </label>
        ))}
      </fieldset>
      <SettingsStatus status={status} />
    </OptionsSection>
  );
}
