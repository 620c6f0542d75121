import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../core/i18n/translate.ts';

// The settings module brings zod with it; loaded after the first paint, so
// the popup paints at once (in `initial`, its remembered language).
const settingsModule = () => import('../../platform/settings/settings.ts');

const LanguageContext = createContext<UiLanguage>('vi');

/**
 * Gives every page the user's interface language (settings, Vietnamese by
 * default) and follows changes made in another page at once.
 */
export function LanguageProvider({ children, initial = 'vi' }: { children: ComponentChildren; initial?: UiLanguage }) {
  const [lang, setLang] = useState<UiLanguage>(initial);
  useEffect(() => {
    let alive = true;
    let stop = () => {};
    settingsModule()
      .then(async ({ loadSettings, watchSettings }) => {
        if (!alive) return;
        stop = watchSettings((s) => setLang(s.uiLanguage));
        const settings = await loadSettings();
        if (alive) setLang(settings.uiLanguage);
      })
      // Unreadable settings keep the initial language rather than fail the page.
      .catch(() => undefined);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LanguageContext.Provider value={lang}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): UiLanguage {
  return useContext(LanguageContext);
}
