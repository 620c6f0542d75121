import { canonicalSpelling, normalizeTone } from '../text/fold.ts';
import { OLD_TONE } from './syllable-table.ts';

const UNEVEN_SPACE = /^\s|\s$|[^\S ]| {2}/;

/** A value taken from the text: NFC, new-style tones, one plain space between words. */
export function canonicalText(s: string): string {
  // Slices of the NFC text need no normalising; anything with a combining mark does.
  const spelled = /[\u0300-\u036f]/.test(s) ? canonicalSpelling(s) : OLD_TONE.test(s) ? normalizeTone(s) : s;
  // Most values are single-spaced already: a test allocates nothing, a replace does.
  if (!UNEVEN_SPACE.test(spelled)) return spelled;
  return spelled.replace(/\s+/g, ' ').trim();
}
