// A small diacritic fold for the rules' own comparisons. `foldText`
// (core/text/fold.ts) builds lookup tables that would weigh on the script
// injected into every clipped page, which must stay small; this fold does
// the same job for the short strings the rules compare, and keeps the
// length of NFC input so offsets carry over.
const MARKS = /[\u0300-\u036f]/g;

const folded = new Map<string, string>();

function foldChar(c: string): string {
  let f = folded.get(c);
  if (f === undefined) {
    const base = c.normalize('NFD').replace(MARKS, '');
    f = c === 'đ' || c === 'Đ' ? 'd' : c === '\u00a0' ? ' ' : /[\u2010-\u2015\u2212]/.test(c) ? '-' : base.length === 1 ? base.toLowerCase() : c;
    folded.set(c, f);
  }
  return f;
}

/** Lower case without Vietnamese diacritics, đ → d, NBSP → space, dashes → '-'; same length as NFC input. */
export function foldForMatch(s: string): string {
  return s.replace(/[^\x00-\x7f]/g, foldChar).toLowerCase();
}
