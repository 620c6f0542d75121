import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';

const words = ['hải', 'quan', 'lạng', 'sơn', 'đường', 'dương', 'thu', 'ngân', 'sách', 'buôn', 'lậu', 'cửa', 'khẩu', 'tăng', '6.452,7'];

/** A deterministic little corpus whose word mix varies per document. */
function build(n: number): SearchIndex {
  const index = new SearchIndex();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < n; i++) {
    const pick = (k: number) => Array.from({ length: k }, () => words[next() % words.length]).join(' ');
    index.add({ id: `doc-${i}`, title: pick(4), lead: pick(8), text: pick(60) });
  }
  return index;
}

const queries = ['hai quan', 'đường', 'duong', 'lang son', 'thu ngan sach', 'buon la', 'cua khau tang', 'dương sơn', '6.452,7', 's', 'xyz'];

describe('SearchIndex serialize/deserialize', () => {
  it('restores an index that answers every query identically', () => {
    const index = build(400);
    for (let i = 0; i < 400; i += 7) index.remove(`doc-${i}`);
    const restored = SearchIndex.deserialize(index.serialize());
    expect(restored.size).toBe(index.size);
    for (const q of queries) expect(restored.search(q, { limit: 50 })).toEqual(index.search(q, { limit: 50 }));
  });

  it('keeps chunks below the size asked for, each typed array owning its buffer', () => {
    const index = build(300);
    const chunks = index.serialize(4096);
    const postings = chunks.filter((c) => c.key.startsWith('postings-'));
    expect(postings.length).toBeGreaterThan(1);
    for (const c of chunks) {
      if (typeof c.data === 'string') continue;
      expect(c.data.byteOffset).toBe(0);
      expect(c.data.buffer.byteLength).toBe(c.data.byteLength);
      if (c.key.startsWith('postings-')) expect(c.data.byteLength).toBeLessThanOrEqual(4096);
    }
    const restored = SearchIndex.deserialize(chunks);
    for (const q of queries) expect(restored.search(q)).toEqual(index.search(q));
  });

  it('keeps growing after a restore, with new terms and prefix search', () => {
    const index = build(100);
    const restored = SearchIndex.deserialize(index.serialize());
    restored.add({ id: 'new', title: 'Chống buôn lậu xăng dầu', lead: '', text: 'Hải quan Móng Cái' });
    index.add({ id: 'new', title: 'Chống buôn lậu xăng dầu', lead: '', text: 'Hải quan Móng Cái' });
    restored.remove('doc-3');
    index.remove('doc-3');
    for (const q of [...queries, 'xang dau', 'mong c', 'xăng']) expect(restored.search(q)).toEqual(index.search(q));
    expect(restored.search('mong c')[0]?.id).toBe('new');
  });

  it('round-trips an empty index', () => {
    const restored = SearchIndex.deserialize(new SearchIndex().serialize());
    expect(restored.size).toBe(0);
    expect(restored.search('hai')).toEqual([]);
  });

  it('refuses missing, foreign or damaged chunks', () => {
    const chunks = build(50).serialize();
    const without = (key: string) => chunks.filter((c) => c.key !== key);
    expect(() => SearchIndex.deserialize([])).toThrow('search-index-unreadable');
    expect(() => SearchIndex.deserialize(without('postings-0'))).toThrow('search-index-unreadable');
    expect(() => SearchIndex.deserialize(without('terms'))).toThrow('search-index-unreadable');
    const foreign = chunks.map((c) => (c.key === 'meta' ? { ...c, data: '{"format":"other"}' } : c));
    expect(() => SearchIndex.deserialize(foreign)).toThrow('search-index-unreadable');
    const broken = chunks.map((c) => (c.key === 'docs' ? { ...c, data: '[1,2' } : c));
    expect(() => SearchIndex.deserialize(broken)).toThrow('search-index-unreadable');
  });
});
