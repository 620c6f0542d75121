import { useEffect } from 'preact/hooks';
import type { UiLanguage } from '../../core/i18n/translate.ts';
import { useLanguage } from '../i18n/language-context.tsx';

// The settings live in browser.storage, which only answers asynchronously;
// the popup must paint before it answers. Extension pages share one
// localStorage, read synchronously, so the language last seen there paints
// the first frame and the settings correct it in the rare case they differ.

const KEY = 'bantin.uiLanguage';

/** The interface language last seen on an extension page; Vietnamese when none. */
export function rememberedLanguage(): UiLanguage {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function rememberLanguage(lang: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // Storage refused (private mode, quota): the next page paints in Vietnamese first.
  }
}

/** Keeps the remembered language in step with the one the page shows. */
export function RememberLanguage() {
  const lang = useLanguage();
  useEffect(() => rememberLanguage(lang), [lang]);
  return null;
}
