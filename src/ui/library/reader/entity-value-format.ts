import type { UiLanguage } from '../../../core/i18n/translate.ts';
import type { AmountValue, DateValue, QuantityValue } from '../../../core/schemas/entity.ts';
import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';
import { formatPartialDate } from '../format-dates.ts';

type T = (key: string) => string;

// Values as a reader says them: "hơn 38 tỷ USD", "44,24%", "gần 3.500 bộ
// tờ khai", "2021 – 2025". Words come from the library catalog.

const SCALES = [
  [1e12, 'scale.trillion'],
  [1e9, 'scale.billion'],
  [1e6, 'scale.million'],
] as const;

export function formatNumber(n: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 3 }).format(n);
}

/** Large amounts with a scale word ("6.452,7 tỷ"); others in full. */
export function formatAmount(n: number, lang: UiLanguage, t: T): string {
  for (const [scale, key] of SCALES) if (Math.abs(n) >= scale) return `${formatNumber(n / scale, lang)} ${t(key)}`;
  return formatNumber(n, lang);
}

const approx = (a: string | undefined, t: T) => (a ? `${t(`approx.${a}`)} ` : '');

export function formatEntityValue(entity: Pick<ClipEntity, 'type' | 'value'>, lang: UiLanguage, t: T): string {
  const v = entity.value;
  switch (entity.type) {
    case 'amount': {
      const a = v as AmountValue;
      return `${approx(a.approx, t)}${formatAmount(a.amount, lang, t)} ${a.currency}`;
    }
    case 'percent':
      return `${formatNumber(v as number, lang)}%`;
    case 'quantity': {
      const q = v as QuantityValue;
      return `${approx(q.approx, t)}${formatNumber(q.amount, lang)} ${q.unit}`;
    }
    case 'date': {
      const d = v as DateValue;
      return d.end ? `${formatPartialDate(d.start)} – ${formatPartialDate(d.end)}` : formatPartialDate(d.start);
    }
    default:
      return String(v);
  }
}
