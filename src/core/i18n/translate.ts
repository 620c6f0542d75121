import { messagesEn } from './messages-en.ts';
import { messagesVi, type MessageKey } from './messages-vi.ts';

export type UiLanguage = 'vi' | 'en';
export type { MessageKey };

const CATALOGS: Record<UiLanguage, Record<MessageKey, string>> = { vi: messagesVi, en: messagesEn };

/** True when `key` is in the catalog (for codes that arrive as strings). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messagesVi, key);
}

/**
 * The message in `lang` (Vietnamese when the language is not known), with
 * {placeholders} filled in; a placeholder without a value stays visible.
 */
export function translate(lang: string, key: MessageKey, params?: Record<string, string | number>): string {
  const catalog = CATALOGS[lang as UiLanguage] ?? messagesVi;
  const template = catalog[key] ?? messagesVi[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
