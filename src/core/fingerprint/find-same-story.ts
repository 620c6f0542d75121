import { fingerprintHalves, popcount32 } from './hamming-distance.ts';
import { SAME_STORY_MAX_DISTANCE } from './is-same-story.ts';

// Finding the earlier clip of a story is a linear scan: 50k fingerprints are
// 400 kB as 32-bit halves, and comparing them is an XOR and two popcounts,
// faster than any index would repay at this size.

/** Fingerprints as [high, low] pairs, with a flag for entries that are not fingerprints ('' before tagging). */
export interface PackedFingerprints {
  halves: Uint32Array;
  valid: Uint8Array;
}

export function packFingerprints(fingerprints: readonly string[]): PackedFingerprints {
  const halves = new Uint32Array(fingerprints.length * 2);
  const valid = new Uint8Array(fingerprints.length);
  fingerprints.forEach((fp, i) => {
    const h = fingerprintHalves(fp);
    if (!h) return;
    halves[2 * i] = h[0];
    halves[2 * i + 1] = h[1];
    valid[i] = 1;
  });
  return { halves, valid };
}

export interface SameStoryMatch {
  /** Position in the candidates. */
  index: number;
  distance: number;
}

/**
 * The closest candidate within `maxDistance` (the first one on ties), or
 * null. Pack the candidates once with `packFingerprints` when scanning often.
 */
export function findSameStory(
  fingerprint: string,
  candidates: readonly string[] | PackedFingerprints,
  maxDistance = SAME_STORY_MAX_DISTANCE,
): SameStoryMatch | null {
  const h = fingerprintHalves(fingerprint);
  if (!h) return null;
  const { halves, valid } = Array.isArray(candidates) ? packFingerprints(candidates) : (candidates as PackedFingerprints);
  const [hi, lo] = h;
  let best: SameStoryMatch | null = null;
  let limit = maxDistance;
  for (let i = 0; i < valid.length; i++) {
    if (valid[i] === 0) continue;
    const d = popcount32(halves[2 * i]! ^ hi) + popcount32(halves[2 * i + 1]! ^ lo);
    if (d > limit) continue;
    best = { index: i, distance: d };
    if (d === 0) break;
    limit = d - 1;
  }
  return best;
}
