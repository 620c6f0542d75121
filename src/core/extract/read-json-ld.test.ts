import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from './read-json-ld.ts';

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;
const ld = (...objects: unknown[]): string =>
  objects.map((o) => `<script type="application/ld+json">${typeof o === 'string' ? o : JSON.stringify(o)}</script>`).join('');

describe('readJsonLd', () => {
  it('finds the NewsArticle among breadcrumbs and organisations, in a @graph too', () => {
    const doc = dom(
      `<html><head>${ld(
        { '@type': 'BreadcrumbList', itemListElement: [] },
        {
          '@graph': [
            { '@type': 'Organization', name: 'Báo Biên Phòng' },
            {
              '@type': ['NewsArticle'],
              headline: 'Bắt giữ vụ vận chuyển hàng lậu qua biên giới',
              datePublished: '2024-03-01T08:00:00+07:00',
              dateModified: '2024-03-01T09:30:00+07:00',
              author: [{ '@type': 'Person', name: 'Minh Hà' }, { '@type': 'Organization', name: 'Báo Biên Phòng' }],
              publisher: { '@type': 'Organization', name: 'Báo Biên Phòng' },
              mainEntityOfPage: { '@id': 'https://www.bienphong.com.vn/bat-giu-post1.html' },
              image: { '@type': 'ImageObject', url: 'https://img.example/a.jpg' },
            },
          ],
        },
      )}</head><body></body></html>`,
    );
    expect(readJsonLd(doc)).toEqual({
      headline: 'Bắt giữ vụ vận chuyển hàng lậu qua biên giới',
      datePublished: '2024-03-01T08:00:00+07:00',
      dateModified: '2024-03-01T09:30:00+07:00',
      authors: ['Minh Hà'],
      publisher: 'Báo Biên Phòng',
      image: 'https://img.example/a.jpg',
    });
  });

  it('tolerates raw line breaks inside strings and skips broken blocks', () => {
    const doc = dom(`<html><head>${ld('{ broken', '{"@type":"Article","headline":"Dòng một\nDòng hai","author":"Lan Anh"}')}</head></html>`);
    expect(readJsonLd(doc)).toMatchObject({ headline: 'Dòng một Dòng hai', authors: ['Lan Anh'] });
  });

  it('is null without an article object', () => {
    expect(readJsonLd(dom(`<html><head>${ld({ '@type': 'WebSite', name: 'x' })}</head></html>`))).toBeNull();
    expect(readJsonLd(dom('<html><head></head><body></body></html>'))).toBeNull();
  });
});
