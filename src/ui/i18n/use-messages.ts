import { isMessageKey, translate } from '../../core/i18n/translate.ts';
import type { Catalog } from './define-messages.ts';
import { useLanguage } from './language-context.tsx';

export type Translate<K extends string> = (key: K | (string & {}), params?: Record<string, string | number>) => string;

const fill = (template: string, params?: Record<string, string | number>) =>
  params ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : template;

/** `t(key, params)` over an area catalog, falling back to the core catalog (codes). */
export function translator<K extends string>(lang: keyof Catalog<K>, catalog: Catalog<K>): Translate<K> {
  return (key, params) => {
    const own = catalog[lang][key as K] ?? catalog.vi[key as K];
    if (own !== undefined) return fill(own, params);
    if (isMessageKey(key)) return translate(lang, key, params);
    return key;
  };
}

export function useMessages<K extends string>(catalog: Catalog<K>): Translate<K> {
  return translator(useLanguage(), catalog);
}
