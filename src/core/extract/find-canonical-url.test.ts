import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCanonicalUrl } from './find-canonical-url.ts';
import { readMeta } from './read-meta.ts';

const canonical = (head: string, url: string) => {
  const doc = parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document;
  return findCanonicalUrl(doc, readMeta(doc), url);
};

describe('findCanonicalUrl', () => {
  it('takes link[rel=canonical], made absolute and cleaned of tracking parameters', () => {
    expect(canonical('<link rel="canonical" href="/bai-1.html?utm_source=zalo&zarsrc=31">', 'https://baoquocte.vn/x?fbclid=1')).toEqual({
      url: 'https://baoquocte.vn/bai-1.html',
      source: 'meta',
    });
  });
  it('falls back to og:url, then to the cleaned page address', () => {
    expect(canonical('<meta property="og:url" content="https://vov.vn/bai-2.vov">', 'https://m.vov.vn/bai-2.vov')).toEqual({ url: 'https://vov.vn/bai-2.vov', source: 'meta' });
    expect(canonical('', 'https://vov.vn/bai-3.vov?gidzl=x#top')).toEqual({ url: 'https://vov.vn/bai-3.vov', source: 'url' });
  });
  it('ignores a canonical that points at the home page of an article', () => {
    expect(canonical('<link rel="canonical" href="https://vov.vn/">', 'https://vov.vn/bai-4.vov')).toEqual({ url: 'https://vov.vn/bai-4.vov', source: 'url' });
  });
});
