import { describe, expect, it } from 'vitest';
import { exampleBundle } from './__fixtures__/example-bundle.ts';
import { moveItem } from './move-item.ts';

const layout = (b: typeof exampleBundle) => b.sections.map((s) => s.items.map((i) => i.clipId));
const twoInFirst = {
  ...exampleBundle,
  sections: [{ id: 's1', title: 'A', items: ['a', 'b', 'c'].map((clipId) => ({ clipId, note: clipId, alsoClipIds: [] })) },
    { id: 's2', title: 'B', items: [{ clipId: 'd', note: '', alsoClipIds: [] }] }],
};

describe('moveItem', () => {
  it('moves down and up inside a section, without touching the original', () => {
    const before = structuredClone(twoInFirst);
    expect(layout(moveItem(twoInFirst, { section: 0, index: 0 }, { section: 0, index: 1 }))).toEqual([['b', 'a', 'c'], ['d']]);
    expect(layout(moveItem(twoInFirst, { section: 0, index: 2 }, { section: 0, index: 0 }))).toEqual([['c', 'a', 'b'], ['d']]);
    expect(twoInFirst).toEqual(before);
  });

  it('moves across sections, keeping the note, and clamps the index to the end', () => {
    const moved = moveItem(twoInFirst, { section: 0, index: 1 }, { section: 1, index: 99 });
    expect(layout(moved)).toEqual([['a', 'c'], ['d', 'b']]);
    expect(moved.sections[1]!.items[1]!.note).toBe('b');
    expect(moved.sections[0]!.id).toBe('s1');
  });

  it('returns the same bundle for a no-op or an impossible move', () => {
    expect(moveItem(twoInFirst, { section: 0, index: 1 }, { section: 0, index: 1 })).toBe(twoInFirst);
    expect(moveItem(twoInFirst, { section: 5, index: 0 }, { section: 0, index: 0 })).toBe(twoInFirst);
    expect(moveItem(twoInFirst, { section: 0, index: 3 }, { section: 0, index: 0 })).toBe(twoInFirst);
    expect(moveItem(twoInFirst, { section: 0, index: 0 }, { section: 2, index: 0 })).toBe(twoInFirst);
  });
});
