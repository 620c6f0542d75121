import { tokenize } from '../search/tokenize.ts';
import { foldText } from '../text/fold.ts';
import { fnv1a64 } from './fnv1a64.ts';

// A story republished by another site keeps most of its sentences but not its
// punctuation, captions, lead or diacritic quirks. SimHash over 3-word
// shingles of folded words changes only a few of its 64 bits for such edits,
// while unrelated texts differ in about half of them (see is-same-story.ts).

const SHINGLE = 3;

/** 64-bit SimHash of the text's 3-word shingles as 16 hex digits; '' when it has no words. */
export function simhash(text: string): string {
  const words: string[] = [];
  tokenize(text, (token) => {
    words.push(foldText(token));
  });
  if (words.length === 0) return '';
  const counts = new Int32Array(64);
  const h = new Uint32Array(2);
  const shingles = Math.max(1, words.length - SHINGLE + 1);
  for (let s = 0; s < shingles; s++) {
    fnv1a64(words.slice(s, s + SHINGLE).join(' '), h);
    const hi = h[0]!;
    const lo = h[1]!;
    for (let b = 0; b < 32; b++) {
      counts[b]! += (lo >>> b) & 1 ? 1 : -1;
      counts[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (counts[b]! > 0) lo |= 1 << b;
    if (counts[b + 32]! > 0) hi |= 1 << b;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
