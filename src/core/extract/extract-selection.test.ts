import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractSelection } from './extract-selection.ts';

const page = parseHTML(`<html><head><title>Bắt giữ 2 tấn đường lậu - Báo Biên Phòng</title>
  <meta property="og:title" content="Bắt giữ 2 tấn đường lậu"><meta property="og:site_name" content="Báo Biên Phòng">
  <meta property="article:published_time" content="2024-05-02T09:10:00+07:00"><link rel="canonical" href="https://bienphong.vn/bat-giu-post9.html?utm_medium=x">
  </head><body><h1>Bắt giữ 2 tấn đường lậu</h1><div class="author">Văn Tuấn</div><p>Đoạn một.</p><p>Đoạn hai.</p></body></html>`).document as unknown as Document;

describe('extractSelection', () => {
  it('takes the page metadata and the selection as the body, sanitised', () => {
    const r = extractSelection(page, {
      url: 'https://bienphong.vn/bat-giu-post9.html',
      selectionHtml: '<p>Đoạn <b>một</b>.</p><p onclick="x()">Đoạn hai.<script>alert(1)</script><img src="/a.jpg" onerror="alert(2)"></p>',
      selectionText: 'Đoạn một.\n\nĐoạn hai.',
      detectLanguage: () => 'vi',
    });
    expect(r).toMatchObject({
      ok: true,
      article: {
        title: 'Bắt giữ 2 tấn đường lậu',
        lead: '',
        text: 'Đoạn một.\n\nĐoạn hai.',
        html: '<p>Đoạn <b>một</b>.</p><p>Đoạn hai.<img src="https://bienphong.vn/a.jpg"></p>',
        byline: 'Văn Tuấn',
        publishedAt: '2024-05-02T09:10:00+07:00',
        siteName: 'Báo Biên Phòng',
        canonicalUrl: 'https://bienphong.vn/bat-giu-post9.html',
        images: [{ src: 'https://bienphong.vn/a.jpg' }],
        selectionOnly: true,
        lang: 'vi',
        sources: { text: 'selection', title: 'meta', byline: 'readability', publishedAt: 'meta' },
      },
    });
  });

  it('falls back to the plain-text selection and refuses an empty one', () => {
    const r = extractSelection(page, { url: 'https://bienphong.vn/x.html', selectionHtml: '', selectionText: 'Một dòng\n\n  Hai dòng ' });
    expect(r.ok && r.article.text).toBe('Một dòng\n\nHai dòng');
    expect(extractSelection(page, { url: 'https://bienphong.vn/x.html', selectionHtml: ' ', selectionText: '' })).toMatchObject({ ok: false, error: 'too-short' });
  });
});
