import type { Candidate } from './candidate.ts';
import { nextNonSpace, startsNumber } from './figure-helpers.ts';
import type { TagContext } from './tag-context.ts';
import { Kind } from './tokenize.ts';

// Document numbers of the state ("70/2025/NĐ-CP", "01/TCHQ-TCCB",
// "198/QH15") and the Party ("05-CT/TW", "101 – QĐ/TW"). The value is the
// number and symbol with spaces removed and dashes made plain.

const PART = '\\p{Lu}[\\p{L}\\d]*';
const DASH = '-‐‑‒–—−';
const STATE = new RegExp(`^\\d{1,5}(?:\\/\\d{4})?\\s?\\/\\s?${PART}(?:\\s?[${DASH}\\/]\\s?${PART})*`, 'u');
const PARTY = new RegExp(`^\\d{1,5}\\s?[${DASH}]\\s?${PART}\\/${PART}(?:[${DASH}\\/]${PART})*`, 'u');
const SEPARATOR = new RegExp(`\\s?[${DASH}/]\\s?`, 'g');

// "QĐ", "TTr", "QH15" are symbols; "Trung" in "2019 - Trung Quốc" is not.
function isSymbol(part: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const ch of part) {
    if (ch >= '0' && ch <= '9') continue;
    if (ch === ch.toUpperCase()) upper++;
    else lower++;
  }
  return upper >= 1 && lower <= 1 && upper >= lower;
}

export function findDocuments(ctx: TagContext): Candidate[] {
  const { toks, text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < toks.count; i++) {
    if (toks.kind[i] !== Kind.Number || !startsNumber(ctx, i)) continue;
    const s = toks.start[i]!;
    const next = ctx.fold[toks.end[i]!];
    if (next !== '/' && next !== '-' && !(next === ' ' && nextNonSpace(ctx, toks.end[i]!) === '-')) continue;
    const slice = text.slice(s, s + 60);
    const m = STATE.exec(slice) ?? PARTY.exec(slice);
    if (!m) continue;
    let raw = m[0];
    // Trailing parts must be symbols too; cut at the first that is not.
    const parts = raw.split(SEPARATOR);
    const numeric = parts.filter((p) => /^\d+$/.test(p)).length;
    const symbols = parts.slice(numeric);
    let ok = symbols.length;
    for (let k = 0; k < symbols.length; k++) {
      if (!isSymbol(symbols[k]!)) {
        ok = k;
        break;
      }
    }
    if (ok === 0) continue;
    if (ok < symbols.length) {
      let cut = 0;
      let seen = 0;
      for (const mm of raw.matchAll(SEPARATOR)) {
        seen++;
        if (seen === numeric + ok) {
          cut = mm.index;
          break;
        }
      }
      raw = raw.slice(0, cut);
    }
    const after = text.charCodeAt(s + raw.length);
    if (after >= 48 && after <= 57) continue;
    out.push({ type: 'document', start: s, end: s + raw.length, value: raw.replace(/\s/g, '').replace(/[‐‑‒–—−]/g, '-'), rank: 3 });
    while (i + 1 < toks.count && toks.start[i + 1]! < s + raw.length) i++;
  }
  return out;
}
