import { parseVietnameseNumber } from '../../../core/tag/parse-vietnamese-number.ts';
import { canonicalSpelling, foldText } from '../../../core/text/fold.ts';
import {
  EntitySchema,
  type AmountValue,
  type Approx,
  type Currency,
  type DateValue,
  type EntityType,
  type QuantityValue,
} from '../../../core/schemas/entity.ts';

// The correction form edits a draft of plain strings, one field per part of
// the value's shape (entities.md); the draft becomes a value only when every
// field reads, and the value is then checked against the entity schema.

export interface EntityDraft {
  type: EntityType;
  /** Names, document numbers, marker numbers. */
  name: string;
  role: string;
  /** Amount, quantity or percent as typed ("6.452,7 tỷ", "44,24"). */
  number: string;
  currency: Currency;
  unit: string;
  approx: Approx | '';
  start: string;
  end: string;
}

export type DraftField = 'name' | 'number' | 'unit' | 'start' | 'end';
export type DraftProblem = 'required' | 'not-a-number' | 'not-a-date' | 'dates-reversed' | 'invalid';

export const NAMED_TYPES: readonly EntityType[] = ['campaign', 'unit', 'person', 'place', 'document', 'marker'];

const BLANK: Omit<EntityDraft, 'type'> = { name: '', role: '', number: '', currency: 'VND', unit: '', approx: '', start: '', end: '' };

/** A draft showing an entity's current value (or a guessed one). */
export function draftOf(type: EntityType, value: unknown, role?: string): EntityDraft {
  const d: EntityDraft = { ...BLANK, type, role: role ?? '' };
  if (NAMED_TYPES.includes(type)) return { ...d, name: typeof value === 'string' ? value : '' };
  if (type === 'percent') return { ...d, number: typeof value === 'number' ? numberText(value) : '' };
  if (type === 'date') {
    const v = value as Partial<DateValue> | undefined;
    return { ...d, start: v?.start ?? '', end: v?.end ?? '' };
  }
  const v = value as Partial<AmountValue & QuantityValue> | undefined;
  return {
    ...d,
    number: typeof v?.amount === 'number' ? numberText(v.amount) : '',
    currency: v?.currency ?? 'VND',
    unit: v?.unit ?? '',
    approx: v?.approx ?? '',
  };
}

/** Plain digits the Vietnamese way (comma before decimals), which parseNumber reads back. */
function numberText(n: number): string {
  return String(n).replace('.', ',');
}

const SCALE_WORDS: [string, number][] = [
  ['nghin ty', 1e12],
  ['ngan ty', 1e12],
  ['trillion', 1e12],
  ['ty', 1e9],
  ['ti', 1e9],
  ['billion', 1e9],
  ['trieu', 1e6],
  ['million', 1e6],
  ['nghin', 1e3],
  ['ngan', 1e3],
  ['thousand', 1e3],
];

/** "6.452,7 tỷ" → 6452700000000; "44,24" → 44.24; NaN when it is not a number. */
export function parseNumber(text: string): number {
  const s = text.trim().replace(/\s+/g, ' ');
  const parsed = /^\d/.test(s) ? parseVietnameseNumber(s, 0) : null;
  if (!parsed) return NaN;
  const rest = foldText(s.slice(parsed.end)).trim();
  if (rest === '') return parsed.value;
  const scale = SCALE_WORDS.find(([word]) => rest === word);
  return scale ? parsed.value * scale[1] : NaN;
}

/** "20/5/2023" → "2023-05-20", "5/2023" → "2023-05"; ISO partial dates as they are; null when unreadable. */
export function parsePartialDate(text: string): string | null {
  const s = text.trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)) return s;
  const m = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const two = (n: string) => n.padStart(2, '0');
  return m[1] ? `${m[3]}-${two(m[2]!)}-${two(m[1])}` : `${m[3]}-${two(m[2]!)}`;
}

export type DraftResult =
  | { ok: true; value: unknown; role?: string }
  | { ok: false; field: DraftField | null; problem: DraftProblem };

function valueOf(d: EntityDraft): DraftResult {
  const fail = (field: DraftField | null, problem: DraftProblem): DraftResult => ({ ok: false, field, problem });
  if (NAMED_TYPES.includes(d.type)) {
    const name = canonicalSpelling(d.name).trim().replace(/\s+/g, ' ');
    if (!name) return fail('name', 'required');
    const value = d.type === 'document' || d.type === 'marker' ? name.replace(/\s+/g, '') : name;
    return { ok: true, value, ...(d.type === 'person' && d.role.trim() ? { role: d.role.trim() } : {}) };
  }
  if (d.type === 'date') {
    const start = parsePartialDate(d.start);
    if (!start) return fail('start', d.start.trim() ? 'not-a-date' : 'required');
    if (!d.end.trim()) return { ok: true, value: { start } };
    const end = parsePartialDate(d.end);
    if (!end) return fail('end', 'not-a-date');
    if (end < start) return fail('end', 'dates-reversed');
    return { ok: true, value: { start, end } };
  }
  if (!d.number.trim()) return fail('number', 'required');
  const amount = parseNumber(d.number);
  if (!Number.isFinite(amount)) return fail('number', 'not-a-number');
  if (d.type === 'percent') return { ok: true, value: amount };
  const approx = d.approx ? { approx: d.approx } : {};
  if (d.type === 'amount') return { ok: true, value: { amount, currency: d.currency, ...approx } };
  const unit = d.unit.trim();
  if (!unit) return fail('unit', 'required');
  return { ok: true, value: { amount, unit, ...approx } };
}

/** The value of a draft, checked against the entity schema as the repository will. */
export function readDraft(d: EntityDraft): DraftResult {
  const result = valueOf(d);
  if (!result.ok) return result;
  const probe = { type: d.type, value: result.value, text: 'x', start: 0, end: 1, sentence: '', ...(result.role ? { role: result.role } : {}) };
  return EntitySchema.safeParse(probe).success ? result : { ok: false, field: null, problem: 'invalid' };
}
