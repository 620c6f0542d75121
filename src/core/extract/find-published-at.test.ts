import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDateline, findPublishedAt } from './find-published-at.ts';
import { readJsonLd } from './read-json-ld.ts';
import { readMeta } from './read-meta.ts';

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;

function datesOf(html: string, url = 'https://example.vn/a.html') {
  const doc = dom(html);
  return findPublishedAt(readMeta(doc), readJsonLd(doc), doc.querySelector('h1'), url);
}

describe('findPublishedAt', () => {
  it('prefers JSON-LD, then meta tags, and reports where each date came from', () => {
    const r = datesOf(`<html><head><meta property="article:published_time" content="2024-01-01T10:00:00+07:00">
      <meta property="article:modified_time" content="2024-01-02T11:00:00+07:00">
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-01-01T03:00:00Z"}</script></head><body><h1>T</h1></body></html>`);
    expect(r).toEqual({
      publishedAt: '2024-01-01T10:00:00+07:00',
      modifiedAt: '2024-01-02T11:00:00+07:00',
      sources: { publishedAt: 'jsonld', modifiedAt: 'meta' },
    });
  });

  it('reads a visible dateline next to the headline, not the date in the page header or a side list', () => {
    const r = datesOf(`<html><body><div class="top">Thứ Sáu, 06/06/2025</div>
      <div class="detail"><h1>Thu ngân sách vượt dự toán</h1><div class="meta"><span class="time">08:15 | 20/10/2021</span></div><p>…</p>
      <ul class="news"><li><a href="/x">Tin khác</a> <span>21/10/2021 09:00</span></li></ul></div></body></html>`);
    expect(r.publishedAt).toBe('2021-10-20T08:15:00+07:00');
    expect(r.sources.publishedAt).toBe('dateline');
  });

  it('falls back to a date in the address', () => {
    const r = datesOf('<html><body><h1>T</h1></body></html>', 'https://dantri.com.vn/xa-hoi/bai-20221224192522724.htm');
    expect(r).toMatchObject({ publishedAt: '2022-12-24T19:25:22+07:00', sources: { publishedAt: 'url' } });
    expect(datesOf('<html><body><h1>T</h1></body></html>').publishedAt).toBeNull();
  });
});

describe('findDateline', () => {
  it('takes the nearest dateline before the headline when none follows', () => {
    const doc = dom('<html><body><article><div class="date">Thứ tư, 20/10/2021</div><h1>T</h1><p>Văn bản</p></article></body></html>');
    expect(findDateline(doc.querySelector('h1'))).toBe('2021-10-20T00:00:00+07:00');
  });
});

describe('dateFromUrl', () => {
  it('reads /yyyymmdd/ folders and long numeric ids, nothing else', () => {
    expect(dateFromUrl('http://tuoitre.vn/tin/chinh-tri-xa-hoi/20150323/chat-cay/724115.html')).toBe('2015-03-23T00:00:00+07:00');
    expect(dateFromUrl('https://vnexpress.net/bai-4954454.html')).toBeNull();
    expect(dateFromUrl('https://x.vn/2024/05/bai.html')).toBeNull();
  });
});
