import { describe, expect, it } from 'vitest';
import type { BundleItem } from '../schemas/index.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { makeClip } from './__fixtures__/make-clip.ts';
import { SAME_STORY_MAX_DISTANCE } from '../fingerprint/is-same-story.ts';
import { foldSameStory } from './fold-same-story.ts';

const itemsOf = (ids: string[], notes: Record<string, string> = {}): BundleItem[] =>
  ids.map((clipId) => ({ clipId, note: notes[clipId] ?? '', alsoClipIds: [] }));

describe('foldSameStory', () => {
  it('folds the syndicated copy of the example week into the first item', () => {
    const folded = foldSameStory(itemsOf(exampleClips.map((c) => c.id)), exampleClips);
    expect(folded.map((i) => [i.clipId, i.alsoClipIds])).toEqual([
      ['clip-lang-son-thu-ngan-sach', ['clip-bao-lang-son-thu-ngan-sach']],
      ['clip-huu-nghi-dan-van-kheo', []], ['clip-chi-ma-kim-ngach', []], ['clip-ky-cuong-doi-moi', []],
    ]);
  });

  it('keeps whichever copy the editor put first, and moves its note over when the kept one has none', () => {
    const order = ['clip-bao-lang-son-thu-ngan-sach', 'clip-huu-nghi-dan-van-kheo', 'clip-lang-son-thu-ngan-sach'];
    const folded = foldSameStory(itemsOf(order, { 'clip-lang-son-thu-ngan-sach': 'Ghi chú giữ lại' }), exampleClips);
    expect(folded).toEqual([
      { clipId: 'clip-bao-lang-son-thu-ngan-sach', note: 'Ghi chú giữ lại', alsoClipIds: ['clip-lang-son-thu-ngan-sach'] },
      { clipId: 'clip-huu-nghi-dan-van-kheo', note: '', alsoClipIds: [] },
    ]);
  });

  it('folds by fingerprint within the given distance (here 3 bits), transitively, and not beyond', () => {
    const clips = [
      makeClip('a', [], { fingerprint: 'ffff0000ffff0000' }),
      makeClip('b', [], { fingerprint: 'ffff0000ffff0007' }), // 3 bits from a
      makeClip('c', [], { fingerprint: 'ffff0000ffff003f' }), // 3 bits from b, 6 from a
      makeClip('d', [], { fingerprint: 'ffff0000ffff0f00' }), // 4 bits from a
      makeClip('e', [], { fingerprint: '' }),
      makeClip('f', [], { fingerprint: '' }),
    ];
    const folded = foldSameStory(itemsOf(['a', 'b', 'c', 'd', 'e', 'f']), clips, { maxDistance: 3 });
    expect(folded.map((i) => [i.clipId, i.alsoClipIds])).toEqual([['a', ['b', 'c']], ['d', []], ['e', []], ['f', []]]);
    expect(foldSameStory(itemsOf(['a', 'b']), clips, { maxDistance: 2 })).toHaveLength(2);
  });

  it('uses the library’s same-story threshold by default', () => {
    const bits = (n: number) => (2 ** n - 1).toString(16).padStart(16, '0');
    const clips = [makeClip('a', [], { fingerprint: bits(0) }), makeClip('b', [], { fingerprint: bits(SAME_STORY_MAX_DISTANCE) }),
      makeClip('c', [], { fingerprint: bits(SAME_STORY_MAX_DISTANCE + 1) })];
    expect(foldSameStory(itemsOf(['a', 'b']), clips)).toHaveLength(1);
    expect(foldSameStory(itemsOf(['a', 'c']), clips)).toHaveLength(2);
  });

  it('folds copies that share a story root even with unrelated fingerprints', () => {
    const clips = [makeClip('x', [], { storyOf: 'root' }), makeClip('y', [], { storyOf: 'root' }), makeClip('z')];
    expect(foldSameStory(itemsOf(['x', 'z', 'y']), clips).map((i) => [i.clipId, i.alsoClipIds])).toEqual([['x', ['y']], ['z', []]]);
  });
});
