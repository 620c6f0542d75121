import { describe, expect, it } from 'vitest';
import { PostingStore } from './posting-store.ts';
import type { DecodedPostings } from './posting-store.ts';

describe('PostingStore', () => {
  it('decodes what was appended, across arena growth, moves and repacks', () => {
    const store = new PostingStore();
    const terms = 3000;
    store.ensureTerms(terms);
    const expected: [number, number, number][][] = Array.from({ length: terms }, () => []);
    let seed = 1;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let doc = 0; doc < 1000; doc++) {
      for (let k = 0; k < 40; k++) {
        // Skewed: low term ids are frequent, like syllables; high ones rare.
        const t = Math.floor((next() / 2147483647) ** 3 * terms);
        const list = expected[t]!;
        const id = doc * 1000 + (next() % 1000);
        if (list.length > 0 && list[list.length - 1]![0] >= id) continue;
        const tf = next() % 7 === 0 ? 300 + (next() % 100000) : 1 + (next() % 5);
        const mask = next() % 3 === 0 ? 1 << next() % 21 : 1;
        store.append(t, id, tf, mask);
        list.push([id, tf, mask]);
      }
    }
    const out: DecodedPostings = { docs: new Int32Array(1), tfs: new Uint32Array(1), masks: new Uint32Array(1) };
    const check = () => {
      for (let t = 0; t < terms; t++) {
        const n = store.decode(t, out);
        const got = Array.from({ length: n }, (_, k) => [out.docs[k], out.tfs[k], out.masks[k]]);
        if (JSON.stringify(got) !== JSON.stringify(expected[t])) expect(got).toEqual(expected[t]);
      }
    };
    check();
    store.repack(terms);
    expect(store.dead).toBe(0);
    check();
  });

  it('rewrites a list in place with smaller ids (compaction)', () => {
    const store = new PostingStore();
    for (let doc = 0; doc < 100; doc++) store.append(0, doc * 5000, doc + 1, doc % 2 ? 1 : 6);
    const out: DecodedPostings = { docs: new Int32Array(8), tfs: new Uint32Array(8), masks: new Uint32Array(8) };
    const n = store.decode(0, out);
    const { off, top } = { off: store.off[0], top: store.top };
    store.reset(0);
    for (let k = 0; k < n; k += 2) store.append(0, k, out.tfs[k]!, out.masks[k]!);
    expect([store.off[0], store.top]).toEqual([off, top]);
    expect(store.decode(0, out)).toBe(50);
    expect(Array.from(out.docs.subarray(0, 3))).toEqual([0, 2, 4]);
    expect(Array.from(out.masks.subarray(0, 2))).toEqual([6, 6]);
  });
});
