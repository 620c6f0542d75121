import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { optionsMessages } from './messages.ts';
import { OptionsSection } from './options-section.tsx';
import { useOptionsServices } from './options-services.ts';

/** The clip shortcut as the browser has it, and where each browser lets the user change it. */
export function ShortcutSection() {
  const t = useMessages(optionsMessages);
  const services = useOptionsServices();
  const [keys, setKeys] = useState<string | undefined>(undefined);
  useEffect(() => {
    const read = () => void services.shortcut().then(setKeys, () => setKeys(''));
    read();
    // Changed in the browser's own page, in another tab: read it again on coming back.
    const onVisible = () => document.visibilityState === 'visible' && read();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [services]);
  return (
    <OptionsSection id="shortcut" title={t('shortcut.title')}>
      <p>
        {keys === undefined ? '\u00a0' : keys ? (
          <>
            {t('shortcut.current')} <kbd class="options-kbd">{keys}</kbd>
          </>
        ) : (
          t('shortcut.none')
        )}
      </p>
      <p class="muted">{t('shortcut.what')}</p>
      {services.browserKind === 'firefox' ? (
        <p>{t('shortcut.firefox')}</p>
      ) : (
        <p class="options-row">
          <span>{t('shortcut.chrome')}</span>
          <button type="button" onClick={() => services.openShortcutSettings()}>
            {t('shortcut.open-chrome')}
          </button>
        </p>
      )}
    </OptionsSection>
  );
}
