import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, effectiveSort, formatViewHash, parseViewHash, toClipFilter, toggleFilter } from './library-view.ts';

describe('library view in the address', () => {
  it('reads and writes the query, facets, order and open clip', () => {
    const hash = '#q=hai+quan&unit=C%E1%BB%A5c+H%E1%BA%A3i+quan+L%E1%BA%A1ng+S%C6%A1n&tag=bi%C3%AAn+gi%E1%BB%9Bi&tag=tu%E1%BA%A7n&type=amount&site=B%C3%A1o+H%E1%BA%A3i+quan&clip=abc';
    const view = parseViewHash(hash);
    expect(view.q).toBe('hai quan');
    expect(view.filters.unit).toEqual(['Cục Hải quan Lạng Sơn']);
    expect(view.filters.tag).toEqual(['biên giới', 'tuần']);
    expect(view.clip).toBe('abc');
    expect(parseViewHash(formatViewHash(view))).toEqual(view);
    expect(formatViewHash(EMPTY_VIEW)).toBe('');
  });

  it('keeps one value of a one-value facet and ignores unknown orders', () => {
    const view = parseViewHash('#site=a&site=b&sort=whatever&month=2026-11');
    expect(view.filters.site).toEqual(['a']);
    expect(view.sort).toBeNull();
    expect(toggleFilter(view, 'site', 'c').filters.site).toEqual(['c']);
    expect(toggleFilter(view, 'month', '2026-11').filters.month).toEqual([]);
  });

  it('combines facets with AND in the storage filter', () => {
    let view = toggleFilter(EMPTY_VIEW, 'unit', 'Cục Hải quan Lạng Sơn');
    view = toggleFilter(view, 'campaign', 'Dân vận khéo');
    view = toggleFilter(view, 'type', 'amount');
    view = toggleFilter(view, 'tag', 'tuần 47');
    view = toggleFilter(view, 'month', '2026-11');
    expect(toClipFilter(view)).toEqual({
      month: '2026-11',
      tags: ['tuần 47'],
      entityKeys: ['campaign:Dân vận khéo', 'unit:Cục Hải quan Lạng Sơn', 'type:amount'],
    });
  });

  it('orders by relevance only while searching', () => {
    expect(effectiveSort(EMPTY_VIEW)).toBe('clipped');
    expect(effectiveSort({ ...EMPTY_VIEW, q: 'x' })).toBe('relevance');
    expect(effectiveSort({ ...EMPTY_VIEW, sort: 'relevance' })).toBe('clipped');
    expect(effectiveSort({ ...EMPTY_VIEW, q: 'x', sort: 'published' })).toBe('published');
  });
});
