import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index.ts';
import type { SearchDoc } from './search-index.ts';

const doc = (id: string, title: string, text = '', lead = ''): SearchDoc => ({ id, title, lead, text });

function sample(): SearchIndex {
  const index = new SearchIndex();
  index.add(doc('a', 'Hải quan Lạng Sơn thu ngân sách', 'Cục Hải quan Lạng Sơn thu 6.452,7 tỷ đồng.'));
  index.add(doc('b', 'Mở rộng đường lên cửa khẩu', 'Con đường mới giúp thông quan nhanh hơn.'));
  index.add(doc('c', 'Thái Bình Dương', 'Hàng hóa qua biển Thái Bình Dương.'));
  index.add(doc('d', 'Tin vắn', 'Giá duong tăng; đại dương xanh.'));
  index.add(doc('e', 'Chống buôn lậu dịp Tết', 'Hải quan phối hợp chống buôn lậu, gian lận thương mại.'));
  return index;
}
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('SearchIndex: folding', () => {
  it('finds diacritic words from queries typed without diacritics', () => {
    const index = sample();
    expect(ids(index.search('hai quan lang son'))).toEqual(['a']);
    expect(ids(index.search('duong')).sort()).toEqual(['b', 'c', 'd']);
    expect(ids(index.search('buon lau'))).toEqual(['e']);
  });

  it('ignores case and tone placement (hoà = hòa)', () => {
    const index = new SearchIndex();
    index.add(doc('x', 'Thanh Hoà', 'Hải quan Thanh Hoà'));
    expect(ids(index.search('THANH HÒA'))).toEqual(['x']);
    expect(ids(index.search('thanh hoa'))).toEqual(['x']);
  });

  it('composes decomposed (NFD) text and queries', () => {
    const index = new SearchIndex();
    index.add(doc('x', 'Ha\u0309i quan'));
    expect(ids(index.search('hải quan'))).toEqual(['x']);
    expect(ids(index.search('Ha\u0309i'))).toEqual(['x']);
  });
});

describe('SearchIndex: ranking', () => {
  it('ranks exact-diacritic matches first when the query has diacritics', () => {
    const index = new SearchIndex();
    // "dương" sits in titles (heavier) so plain BM25 alone would put them first.
    index.add(doc('ocean', 'Dương Dương', 'dương'));
    index.add(doc('plain', 'duong duong', 'duong'));
    index.add(doc('road', 'Tin tức', 'Một đoạn văn bản khá dài nói về nhiều chuyện, trong đó có con đường.'));
    expect(ids(index.search('đường'))[0]).toBe('road');
    expect(ids(index.search('dương'))[0]).toBe('ocean');
    expect(ids(index.search('duong ')).sort()).toEqual(['ocean', 'plain', 'road']);
  });

  it('treats old-style tone placement as the exact form typed', () => {
    const index = new SearchIndex();
    index.add(doc('plain', 'Thanh Hoa Thanh Hoa'));
    index.add(doc('old', 'Tin tức', 'Một bài dài về nhiều chuyện của tỉnh Thanh Hoà.'));
    expect(ids(index.search('Thanh Hòa'))).toEqual(['old', 'plain']);
  });

  it('weighs a title hit above a text hit', () => {
    const index = new SearchIndex();
    index.add(doc('text', 'Tin tức trong ngày', 'Bài viết nói về kiểm tra sau thông quan ở cửa khẩu.'));
    index.add(doc('title', 'Kiểm tra sau thông quan', 'Bài viết nói về một chuyện ở cửa khẩu.'));
    index.add(doc('lead', 'Tin tức', 'Bài viết nói về cửa khẩu.', 'Kiểm tra sau thông quan.'));
    expect(ids(index.search('kiem tra sau thong quan'))).toEqual(['title', 'lead', 'text']);
  });

  it('prefers a rarer term (BM25 idf) and more occurrences', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 10; i++) index.add(doc(`n${i}`, 'Hải quan', 'hải quan tỉnh'));
    index.add(doc('once', 'x', 'ma túy hải quan'));
    index.add(doc('twice', 'x', 'ma túy ma túy hải quan'));
    expect(ids(index.search('ma tuy hai quan'))).toEqual(['twice', 'once']);
  });
});

describe('SearchIndex: query semantics', () => {
  it('requires every term (AND)', () => {
    const index = sample();
    expect(ids(index.search('hai quan buon lau'))).toEqual(['e']);
    expect(index.search('hai quan khong-co-tu-nay')).toEqual([]);
  });

  it('matches the last term as a prefix while typing, not once the word is finished', () => {
    const index = sample();
    expect(ids(index.search('buon la'))).toEqual(['e']);
    expect(ids(index.search('thong qu'))).toEqual(['b']);
    expect(index.search('buon la ')).toEqual([]);
    expect(index.search('buo lau')).toEqual([]);
  });

  it('prefers the finished word over longer words it begins', () => {
    const index = new SearchIndex();
    index.add(doc('quang', 'Quảng Ninh'));
    index.add(doc('quan', 'Quận Hoàn Kiếm'));
    expect(ids(index.search('quan'))).toEqual(['quan', 'quang']);
  });

  it('expands a very short prefix to its most frequent words only', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 20; i++) index.add(doc(`d${i}`, 'ha he hi ho hu'));
    index.add(doc('rare', 'hy'));
    const hits = ids(index.search('h', { limit: 100 }));
    expect(hits).toHaveLength(20);
    expect(hits).not.toContain('rare');
    expect(ids(index.search('hy'))).toEqual(['rare']);
  });

  it('keeps figures with decimal separators as one searchable token', () => {
    const index = sample();
    expect(ids(index.search('6.452,7'))).toEqual(['a']);
    expect(ids(index.search('6.452'))).toEqual(['a']); // prefix while typing
    expect(index.search('6.452 ')).toEqual([]);
  });

  it('limits, filters and restricts to an allowed set', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 30; i++) index.add(doc(`d${i}`, 'Hải quan', 'x'.repeat(i % 5)));
    expect(index.search('hai quan')).toHaveLength(20);
    expect(index.search('hai quan', { limit: 3 })).toHaveLength(3);
    expect(ids(index.search('hai quan', { filter: (id) => id.endsWith('7') })).sort()).toEqual(['d17', 'd27', 'd7']);
    expect(ids(index.search('hai quan', { allow: new Set(['d3', 'd4', 'nope']) })).sort()).toEqual(['d3', 'd4']);
  });

  it('never throws on empty, punctuation-only, very long or odd queries', () => {
    const index = sample();
    const odd = ['', '   ', '!!!', '...,,,', '"', '*', '\u0301', '🙂 hải', 'a'.repeat(200), 'hải quan '.repeat(5000), '\ud800'];
    for (const q of odd) expect(() => index.search(q)).not.toThrow();
    expect(index.search('!!!')).toEqual([]);
    expect(index.search('hai quan', { limit: 0 })).toEqual([]);
    expect(index.search('hai quan', { limit: Number.NaN })).toEqual([]);
    expect(index.search('hai quan', { limit: Infinity })).toHaveLength(2);
    expect(new SearchIndex().search('hai quan')).toEqual([]);
  });

  it('allows a filter that searches the same index', () => {
    const index = sample();
    const inner = new Set(ids(index.search('buon lau')));
    expect(ids(index.search('hai quan', { filter: (id) => index.search('buon lau').some((h) => h.id === id) }))).toEqual([...inner]);
  });

  it('stays consistent when a filter throws', () => {
    const index = sample();
    expect(() => index.search('hai quan', { filter: () => { throw new Error('boom'); } })).toThrow('boom');
    expect(ids(index.search('hai quan')).sort()).toEqual(['a', 'e']);
  });
});

describe('SearchIndex: updates', () => {
  it('removes and updates documents', () => {
    const index = sample();
    expect(index.remove('e')).toBe(true);
    expect(index.remove('e')).toBe(false);
    expect(index.search('buon lau')).toEqual([]);
    expect(index.size).toBe(4);
    index.add(doc('a', 'Tin khác', 'Không còn nói về Lạng Sơn thu ngân sách'));
    expect(index.size).toBe(4);
    expect(ids(index.search('hai quan'))).toEqual([]);
    expect(ids(index.search('lang son'))).toEqual(['a']);
  });

  it('gives the same results after many removals (compaction)', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 3000; i++) index.add(doc(`d${i}`, `Bài ${i}`, i % 3 === 0 ? 'hải quan' : 'thuế'));
    for (let i = 0; i < 3000; i++) if (i % 2 === 1) index.remove(`d${i}`);
    expect(index.size).toBe(1500);
    const hits = index.search('hai quan', { limit: 5000 });
    expect(hits).toHaveLength(500);
    expect(hits.every((h) => Number(h.id.slice(1)) % 6 === 0)).toBe(true);
    index.add(doc('late', 'hải quan', ''));
    expect(ids(index.search('hai quan', { limit: 1 }))).toEqual(['late']);
  });

  it('adds in slices and stops early when asked to yield', () => {
    const docs = Array.from({ length: 10 }, (_, i) => doc(`d${i}`, 'Hải quan'));
    const index = new SearchIndex();
    expect(index.addMany(docs, { from: 0, count: 4 })).toBe(4);
    let calls = 0;
    expect(index.addMany(docs, { from: 4, shouldYield: () => ++calls === 2 })).toBe(6);
    expect(index.addMany(docs, { from: 6 })).toBe(10);
    expect(index.size).toBe(10);
    expect(index.search('hai quan', { limit: 100 })).toHaveLength(10);
  });
});
