import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../core/i18n/translate.ts';
import { loadSettings, watchSettings } from '../../platform/settings/settings.ts';

const LanguageContext = createContext<UiLanguage>('vi');

/**
 * Gives every page the user's interface language (settings, Vietnamese by
 * default) and follows changes made in another page at once.
 */
export function LanguageProvider({ children, initial = 'vi' }: { children: ComponentChildren; initial?: UiLanguage }) {
  const [lang, setLang] = useState<UiLanguage>(initial);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => alive && setLang(s.uiLanguage));
    const stop = watchSettings((s) => setLang(s.uiLanguage));
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
