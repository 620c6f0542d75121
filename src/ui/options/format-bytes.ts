import type { UiLanguage } from '../../core/i18n/translate.ts';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** "12,3 MB" in Vietnamese, "12.3 MB" in English (powers of 1024, as the browsers count). */
export function formatBytes(bytes: number, lang: UiLanguage): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** "0,6%" / "0.6%": small shares keep a decimal, and a young library reads "< 0,1%", not 0. */
export function formatShare(part: number, whole: number, lang: UiLanguage): string {
  const share = whole > 0 ? part / whole : 0;
  const format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: share < 0.1 ? 1 : 0 });
  return share > 0 && share < 0.001 ? `< ${format.format(0.001)}` : format.format(share);
}

export function formatCount(n: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(n);
}
