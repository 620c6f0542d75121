import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseQuery } from './parse-query.ts';

describe('parseQuery', () => {
  it('folds, keeps the typed form and marks the terms typed with diacritics', () => {
    expect(parseQuery('Hải quan Lạng Sơn')).toEqual([
      { folded: 'hai', exact: 'hải', marked: true, prefix: false },
      { folded: 'quan', exact: 'quan', marked: false, prefix: false },
      { folded: 'lang', exact: 'lạng', marked: true, prefix: false },
      { folded: 'son', exact: 'sơn', marked: true, prefix: true },
    ]);
  });

  it('treats the last word as finished after a separator', () => {
    expect(parseQuery('buon lau ').map((t) => t.prefix)).toEqual([false, false]);
    expect(parseQuery('buon lau,').map((t) => t.prefix)).toEqual([false, false]);
  });

  it('keeps figures whole and splits dates and hyphens', () => {
    expect(parseQuery('thu 6.452,7 tỷ, 22,57% ngày 1/5/1952').map((t) => t.folded)).toEqual([
      'thu', '6.452,7', 'ty', '22,57', 'ngay', '1', '5', '1952',
    ]);
    expect(parseQuery('Bắc-Nam 2026.').map((t) => t.folded)).toEqual(['bac', 'nam', '2026']);
  });

  it('drops repeats and bounds the number of terms', () => {
    expect(parseQuery('hải quan hải quan ').map((t) => t.exact)).toEqual(['hải', 'quan']);
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(parseQuery(many)).toHaveLength(MAX_QUERY_TERMS);
    expect(parseQuery('?! …')).toEqual([]);
  });
});
