import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findSiteName } from './find-site-name.ts';
import { readJsonLd } from './read-json-ld.ts';
import { readMeta } from './read-meta.ts';

const site = (head: string, url = 'https://www.baodautu.vn/bai.html') => {
  const doc = parseHTML(`<html><head>${head}</head></html>`).document as unknown as Document;
  return findSiteName(readMeta(doc), readJsonLd(doc), url);
};

describe('findSiteName / readMeta', () => {
  it('reads og:site_name whatever the attribute spelling, else the JSON-LD publisher, else the host', () => {
    expect(site('<meta property="og:site_name" content="  Báo Đầu tư ">')).toEqual({ name: 'Báo Đầu tư', source: 'meta' });
    expect(site('<meta name="OG:SITE_NAME" content="Báo Đầu tư">')).toEqual({ name: 'Báo Đầu tư', source: 'meta' });
    expect(site('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Đầu tư Online"}}</script>')).toEqual({
      name: 'Đầu tư Online',
      source: 'jsonld',
    });
    expect(site('')).toEqual({ name: 'baodautu.vn', source: 'url' });
    expect(site('', 'not a url')).toEqual({ name: null });
  });
});
