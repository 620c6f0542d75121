import { describe, expect, it } from 'vitest';
import { findSameStory, packFingerprints } from './find-same-story.ts';

describe('findSameStory', () => {
  const candidates = ['ffffffffffffffff', '', '00000000000000ff', 'not-a-fingerprint', '0000000000000007', '0000000300000000'];

  it('returns the closest candidate within the threshold', () => {
    // Index 4 is within 3 bits, but index 5 (2 bits, high half) is closer.
    expect(findSameStory('0000000000000000', candidates)).toEqual({ index: 5, distance: 2 });
    expect(findSameStory('0000000100000000', candidates)).toEqual({ index: 5, distance: 1 });
    expect(findSameStory('0000000000000000', candidates.slice(0, 5))).toEqual({ index: 4, distance: 3 });
    expect(findSameStory('0000000000000000', candidates, 1)).toBeNull();
    expect(findSameStory('00000000000000ff', candidates)).toEqual({ index: 2, distance: 0 });
  });

  it('takes the first of equally close candidates and skips empty ones', () => {
    expect(findSameStory('0000000000000001', ['0000000000000003', '0000000000000005', ''])).toEqual({ index: 0, distance: 1 });
    expect(findSameStory('', candidates)).toBeNull();
    expect(findSameStory('0000000000000000', [])).toBeNull();
  });

  it('gives the same answer on packed candidates', () => {
    const packed = packFingerprints(candidates);
    expect(findSameStory('0000000000000000', packed)).toEqual(findSameStory('0000000000000000', candidates));
    expect(Array.from(packed.valid)).toEqual([1, 0, 1, 0, 1, 1]);
  });
});
