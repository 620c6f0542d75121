import { canonicalSpelling } from '../text/fold.ts';

/** A value taken from the text: NFC, new-style tones, one plain space between words. */
export function canonicalText(s: string): string {
  return canonicalSpelling(s).replace(/\s+/g, ' ').trim();
}
