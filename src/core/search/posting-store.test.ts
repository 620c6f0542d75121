import { describe, expect, it } from 'vitest';
import { PostingStore } from './posting-store.ts';
import type { DecodedPostings } from './posting-store.ts';

describe('PostingStore', () => {
  it('decodes what was appended, across arena growth, and after a load from bytes', () => {
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
    const check = (from = store) => {
      for (let t = 0; t < terms; t++) {
        const n = from.decode(t, out);
        const got = Array.from({ length: n }, (_, k) => [out.docs[k], out.tfs[k], out.masks[k]]);
        if (JSON.stringify(got) !== JSON.stringify(expected[t])) expect(got).toEqual(expected[t]);
      }
    };
    check();
    // A copy loaded from the concatenated bytes decodes the same and keeps growing.
    const copy = new PostingStore();
    copy.ensureTerms(terms);
    for (let t = 0; t < terms; t++) {
      const bytes = store.blocks(t);
      const len = bytes.reduce((n, b) => n + b.length, 0);
      if (len === 0) continue;
      let at = copy.load(t, len, store.df[t]!, store.last[t]!);
      for (const b of bytes) {
        copy.arena.set(b, at);
        at += b.length;
      }
    }
    for (let t = 0; t < terms; t += 7) {
      copy.append(t, 5_000_000 + t, 2, 1);
      expected[t]!.push([5_000_000 + t, 2, 1]);
    }
    check(copy);
  });

  it('chains blocks for long lists and keeps ids, frequencies and masks', () => {
    const store = new PostingStore();
    for (let doc = 0; doc < 20000; doc++) store.append(0, doc * 3, (doc % 9) + 1, doc % 5 ? 1 : 1 << (doc % 21));
    const out: DecodedPostings = { docs: new Int32Array(8), tfs: new Uint32Array(8), masks: new Uint32Array(8) };
    expect(store.decode(0, out)).toBe(20000);
    expect(store.blocks(0).length).toBeGreaterThan(5);
    for (const k of [0, 1, 4095, 19999]) {
      expect([out.docs[k], out.tfs[k], out.masks[k]]).toEqual([k * 3, (k % 9) + 1, k % 5 ? 1 : 1 << (k % 21)]);
    }
  });
});
