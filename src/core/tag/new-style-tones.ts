// New-style tone placement for an open syllable: "hoà" → "hòa", "uỷ" →
// "ủy", "thuỷ" → "thủy". A closed syllable keeps its tone where it is
// ("hoàn", "soát", "quý", "huỳnh"): moving it there would misspell the word.
// (fold.ts's normalizeTone moves it everywhere; names the tagger returns must
// stay correctly spelled.)

const MOVE: Readonly<Record<string, string>> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const ALL: Record<string, string> = { ...MOVE };
for (const [k, v] of Object.entries(MOVE)) ALL[k[0]!.toUpperCase() + k.slice(1)] = v[0]!.toUpperCase() + v.slice(1);
// Only at the end of a syllable, and not after "q" ("quý" is q + uý, already new style).
const RE = new RegExp(`(?<![qQ])(${Object.keys(ALL).join('|')})(?![\\p{L}])`, 'gu');

/** NFC text with new-style tones on open syllables. */
export function newStyleTones(s: string): string {
  const nfc = s.normalize('NFC');
  return nfc.replace(RE, (m) => ALL[m]!);
}

/** A value taken from the text: new-style tones, one plain space between words. */
export function canonicalText(s: string): string {
  return newStyleTones(s).replace(/\s+/g, ' ').trim();
}
