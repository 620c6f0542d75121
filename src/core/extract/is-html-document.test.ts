import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHtmlDocument } from './is-html-document.ts';

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('isHtmlDocument', () => {
  it('accepts pages, even empty ones', () => {
    expect(isHtmlDocument(dom('<html><body><p>Tin</p></body></html>'))).toBe(true);
    expect(isHtmlDocument(dom('<html><head></head><body></body></html>'))).toBe(true);
  });
  it('refuses image and PDF viewers and non-HTML content types', () => {
    expect(isHtmlDocument(dom('<html><body style="margin:0"><img src="a.png"></body></html>'))).toBe(false);
    expect(isHtmlDocument(dom('<html><body><embed type="application/pdf" src="a.pdf"></body></html>'))).toBe(false);
    expect(isHtmlDocument({ contentType: 'image/png', documentElement: {} } as unknown as Document)).toBe(false);
    expect(isHtmlDocument({ contentType: 'text/plain', documentElement: {} } as unknown as Document)).toBe(false);
    expect(isHtmlDocument({ documentElement: null } as unknown as Document)).toBe(false);
  });
});
