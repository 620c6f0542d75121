import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanByline, findByline, findSignature, findVisibleByline, isLikelyName } from './find-byline.ts';
import { readMeta } from './read-meta.ts';

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('isLikelyName / cleanByline', () => {
  it.each(['Trí Dũng', 'N.Linh', 'HOÀNG TRUNG – MẠNH DŨNG', 'Nguyễn Văn An, Trần Thị Bình', 'PV', 'Lê Phương'])('%s is a name', (t) => {
    expect(isLikelyName(t)).toBe(true);
  });
  it.each(['Ảnh: T.Bình', 'Theo Forbes', 'Tin liên quan', 'TIN LIÊN QUAN', 'Kết luận', 'Hà Nội, 20/10/2021', 'Xin cảm ơn!', 'VCCorp.vn'])(
    '%s is not a name',
    (t) => {
      expect(isLikelyName(t)).toBe(false);
    },
  );
  it('strips roles, agencies in brackets and e-mails', () => {
    expect(cleanByline('Bài và ảnh: Trí Dũng')).toBe('Trí Dũng');
    expect(cleanByline('Hồng Nhung (tổng hợp)')).toBe('Hồng Nhung');
    expect(cleanByline('Minh Châu - minhchau@baomoi.vn')).toBe('Minh Châu');
    expect(cleanByline('Ảnh: Lê Tuyết')).toBeNull();
    // A CMS that glues the agency to the name: "Tâm Hằng" and "(TTXVN)" in two fields.
    expect(cleanByline('Tâm HằngTTXVN')).toBe('Tâm Hằng');
    expect(cleanByline('HOÀNG TRUNG')).toBe('HOÀNG TRUNG');
  });
});

describe('findVisibleByline / findSignature', () => {
  it('reads an author element but not the comment form', () => {
    const doc = dom(`<html><body><form><p class="comment-form-author">Tên *</p></form>
      <div class="article-author"><strong>Thanh Hà</strong> <a href="mailto:x@y.vn">email</a></div></body></html>`);
    expect(findVisibleByline(doc)).toBe('Thanh Hà');
  });
  it('finds the signature line right after the body container', () => {
    const doc = dom('<html><body><div class="c"><div id="body"><p>Đoạn văn dài…</p></div><p align="right"><b>Quang Hùng</b></p></div></body></html>');
    expect(findSignature(doc.getElementById('body'))).toBe('Quang Hùng');
    expect(findSignature(null)).toBeNull();
  });
});

describe('findByline', () => {
  const meta = readMeta(dom('<html><head><meta name="author" content="Báo Lạng Sơn"><meta property="article:author" content="https://facebook.com/x"></head></html>'));
  it('skips the publisher and URLs, then prefers JSON-LD people, visible bylines, the signature, meta', () => {
    expect(findByline(meta, null, 'Báo Lạng Sơn', null, null, null)).toEqual({ byline: null });
    const ld = { headline: null, datePublished: null, dateModified: null, authors: ['Báo Lạng Sơn', 'Vũ Lê'], publisher: null, image: null };
    expect(findByline(meta, ld, 'Báo Lạng Sơn', 'Khác', null, null)).toEqual({ byline: 'Vũ Lê', source: 'jsonld' });
    expect(findByline(meta, null, 'Báo Lạng Sơn', null, 'Trí Dũng', 'Báo Lạng Sơn')).toEqual({ byline: 'Trí Dũng', source: 'readability' });
    const named = readMeta(dom('<html><head><meta name="author" content="Thu Trang"></head></html>'));
    expect(findByline(named, null, 'Báo X', null, null, null)).toEqual({ byline: 'Thu Trang', source: 'meta' });
  });
});
