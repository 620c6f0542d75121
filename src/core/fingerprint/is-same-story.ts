import { hammingDistance } from './hamming-distance.ts';

/**
 * Most differing bits for two fingerprints to be one story.
 *
 * Why 10 and not 3: SimHash flips about 64·θ/π bits for texts whose shingle
 * vectors are at angle θ, so ≤ 3 bits means ~99% shared shingles, which a
 * changed lead sentence already breaks in a 300-word article. Measured with
 * simhash() on the development corpus (../shared/corpus, 26 texts):
 * - the same article scraped two ways (text/seed-00N vs pages-gold body of
 *   the rebuilt page: extra slug lines, captions, dateline): 5, 5 and 6 bits;
 * - whole articles (560–1270 words) with a different lead sentence: 1–10
 *   bits; with the lead, captions and punctuation all changed: 1–10 bits;
 *   whitespace, case, NFD and stripped diacritics: 0 bits;
 * - 175–350-word excerpts with a different lead sentence: 19 of 26 within 10
 *   (changing one sentence is a fifth of such a text);
 * - all 325 pairs of distinct articles: minimum 15 (two different customs
 *   emulation-campaign articles, news-037 vs seed-003), then 20, median 31.
 * 10 keeps every distinct pair 5 bits clear (for unrelated texts the chance
 * of ≤ 10 is ~1e-8 a pair) and admits all whole-article edits measured.
 */
export const SAME_STORY_MAX_DISTANCE = 10;

/** True when two fingerprints (16 hex digits) are close enough to be the same story; '' never matches. */
export function isSameStory(a: string, b: string, maxDistance = SAME_STORY_MAX_DISTANCE): boolean {
  return hammingDistance(a, b) <= maxDistance;
}
