import { canonicalSpelling, normalizeTone } from '../text/fold.ts';

/** A value taken from the text: NFC, new-style tones, one plain space between words. */
export function canonicalText(s: string): string {
  // Slices of the NFC text need no normalising; anything with a combining mark does.
  const spelled = /[\u0300-\u036f]/.test(s) ? canonicalSpelling(s) : normalizeTone(s);
  return spelled.replace(/\s+/g, ' ').trim();
}
