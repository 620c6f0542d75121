import type { UiLanguage } from '../../core/i18n/translate.ts';

/**
 * A catalog of one UI area (popup, library, options, composer…), Vietnamese
 * first; the English one must give every key (the type says so). Areas keep
 * their own catalogs so they grow without touching one another; codes from
 * the core (errors, warnings) stay in src/core/i18n.
 */
export type Catalog<K extends string> = Record<UiLanguage, Record<K, string>>;

export function defineMessages<const V extends Record<string, string>>(
  vi: V,
  en: Record<keyof V & string, string>,
): Catalog<keyof V & string> {
  return { vi, en };
}
