// `normalize('NFC')` runs ICU over the whole text even when, as nearly
// always, it is NFC already. A text made only of code units that NFC leaves
// as they are, whatever stands next to them, is returned as it is: no
// combining marks (U+0300 and up, outside the ranges below), no Hangul, no
// compatibility singletons (U+2126 Ω, U+212B Å, U+F900…). Anything else goes
// through ICU.

function stable(c: number): boolean {
  return (
    c < 0x300 ||
    // Latin Extended Additional: the precomposed Vietnamese letters ("ệ", "ữ").
    (c >= 0x1e00 && c <= 0x1eff) ||
    // Dashes, quotes, bullets, ellipsis, per mille, primes.
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    // Currency signs.
    (c >= 0x20a0 && c <= 0x20c0)
  );
}

/** `text.normalize('NFC')`, without the ICU pass when no code unit can change. */
export function toNfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && !stable(c)) return text.normalize('NFC');
  }
  return text;
}
