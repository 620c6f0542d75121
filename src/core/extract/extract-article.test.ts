import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;
const P = [
  'Theo Cục Hải quan tỉnh, trong 5 tháng đầu năm lượng hàng hóa xuất nhập khẩu qua cửa khẩu tăng mạnh so với cùng kỳ năm trước.',
  'Lãnh đạo Cục cho biết đơn vị đã triển khai nhiều giải pháp tạo thuận lợi thương mại, rút ngắn thời gian thông quan cho doanh nghiệp.',
  'Bên cạnh đó, công tác kiểm soát chống buôn lậu được tăng cường, nhiều vụ việc vi phạm đã được phát hiện và xử lý kịp thời.',
  'Trong thời gian tới, Cục tiếp tục đẩy mạnh cải cách thủ tục hành chính và hiện đại hóa hải quan theo kế hoạch của ngành.',
];

// A news page in the layout of no site of the development corpus.
const article = `<!DOCTYPE html><html lang="vi"><head><title>Hàng hóa qua cửa khẩu tăng mạnh - Báo Đầu tư Biên giới</title>
<meta property="og:title" content="Hàng hóa qua cửa khẩu tăng mạnh">
<meta property="og:site_name" content="Báo Đầu tư Biên giới">
<link rel="canonical" href="https://baodautubiengioi.vn/hang-hoa-qua-cua-khau-tang-manh-d2031.html?utm_source=zalo&gidzl=XyZ">
<meta name="description" content="(ĐTBG) - Lượng hàng hóa qua các cửa khẩu của tỉnh tăng mạnh trong 5 tháng đầu năm."></head>
<body><header><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></header>
<div class="breadcrumbs"><a href="/kinh-te">Kinh tế</a></div>
<div class="wrap"><div class="col-main"><div class="article">
<h1 class="article__title">Hàng hóa qua cửa khẩu tăng mạnh</h1>
<div class="article__meta"><span class="cate">Kinh tế</span> <span class="time">Thứ Hai, 03/06/2024 21:05</span></div>
<div class="tools"><a href="https://facebook.com/sharer?u=x">Chia sẻ</a> <a href="javascript:window.print()">In bài</a></div>
<h2 class="article__sapo">(ĐTBG) - Lượng hàng hóa qua các cửa khẩu của tỉnh tăng mạnh trong 5 tháng đầu năm.</h2>
<div class="article__body">
<p>${P[0]}</p>
<figure class="img"><img src="/uploads/2024/cua-khau.jpg" alt=""><figcaption>Xe hàng chờ thông quan tại cửa khẩu. Ảnh: Thu Hà</figcaption></figure>
<p>${P[1]}</p>
<div class="box-lienquan"><div class="title">Tin liên quan</div><ul><li><a href="/a.html">Kim ngạch xuất khẩu nông sản lập kỷ lục</a></li>
<li><a href="/b.html">Doanh nghiệp chờ thông quan nhanh hơn</a></li></ul></div>
<p>${P[2]}</p><p><strong>Xem thêm: </strong><a href="/c.html">Thu ngân sách qua cửa khẩu đạt 60% kế hoạch</a></p>
<p>${P[3]}</p><p style="text-align:right"><strong>Minh Anh</strong></p></div>
<div class="article__tags">Từ khóa: <a href="/tag/hai-quan">hải quan</a></div></div>
<div class="same-cate"><h3>Tin cùng chuyên mục</h3><ul><li><a href="/d.html">Giá lúa gạo tăng trở lại</a></li><li><a href="/e.html">Cao tốc mới thông xe</a></li></ul></div>
</div><aside class="col-right"><h3>Đọc nhiều</h3><ol><li><a href="/f.html">Bão số 2 đổ bộ</a></li></ol></aside></div>
<footer><p>Giấy phép số 123/GP-BTTTT. Tòa soạn: Lạng Sơn</p></footer><script>window.x=1</script></body></html>`;

describe('extractArticle', () => {
  it('extracts a Vietnamese news article from a site outside the corpus', () => {
    const doc = dom(article);
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc, { url: 'https://baodautubiengioi.vn/hang-hoa-qua-cua-khau-tang-manh-d2031.html?fbclid=1', detectLanguage: () => 'vi' });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.article;
    expect(a).toMatchObject({
      title: 'Hàng hóa qua cửa khẩu tăng mạnh',
      lead: '(ĐTBG) - Lượng hàng hóa qua các cửa khẩu của tỉnh tăng mạnh trong 5 tháng đầu năm.',
      text: P.join('\n\n'),
      byline: 'Minh Anh',
      publishedAt: '2024-06-03T21:05:00+07:00',
      modifiedAt: null,
      siteName: 'Báo Đầu tư Biên giới',
      canonicalUrl: 'https://baodautubiengioi.vn/hang-hoa-qua-cua-khau-tang-manh-d2031.html',
      url: 'https://baodautubiengioi.vn/hang-hoa-qua-cua-khau-tang-manh-d2031.html?fbclid=1',
      images: [{ src: 'https://baodautubiengioi.vn/uploads/2024/cua-khau.jpg', caption: 'Xe hàng chờ thông quan tại cửa khẩu. Ảnh: Thu Hà' }],
      lang: 'vi',
      sources: { title: 'meta', publishedAt: 'dateline', siteName: 'meta', canonicalUrl: 'meta', byline: 'readability' },
      warnings: ['short-text'],
    });
    expect(a.wordCount).toBeGreaterThan(100);
    expect(a.html).toContain('<img src="https://baodautubiengioi.vn/uploads/2024/cua-khau.jpg"');
    expect(a.html).not.toMatch(/Tin liên quan|Kim ngạch xuất khẩu|Xem thêm|Minh Anh|script/);
  });

  it('flags a non-Vietnamese article and a missing date and byline', () => {
    const doc = dom(`<html><head><title>Customs revenue rises</title><meta property="og:image" content="/img/share.jpg?utm_source=x"></head><body><article><h1>Customs revenue rises</h1>
      ${'<p>Customs revenue rose again in May as trade through the northern border gates picked up after the holiday.</p>'.repeat(4)}</article></body></html>`);
    const r = extractArticle(doc, { url: 'https://example.com/news/customs', detectLanguage: () => 'en' });
    expect(r.ok && r.article.warnings).toEqual(['no-date', 'no-byline', 'short-text', 'not-vietnamese']);
    expect(r.ok && r.article.lang).toBe('en');
    expect(r.ok && r.article.images).toEqual([{ src: 'https://example.com/img/share.jpg' }]);
  });

  it('gives lang "und" without a language detector', () => {
    const r = extractArticle(dom(article), { url: 'https://baodautubiengioi.vn/x-d1.html' });
    expect(r.ok && r.article.lang).toBe('und');
  });

  it.each([
    ['a home page', article, 'https://baodautubiengioi.vn/', 'no-article-found'],
    ['an empty page', '<html><head></head><body></body></html>', 'https://x.vn/a.html', 'no-article-found'],
    ['an image', '<html><body><img src="https://x.vn/a.png"></body></html>', 'https://x.vn/a.png', 'not-html'],
    ['a PDF viewer', '<html><body><embed type="application/pdf" src="about:blank"></body></html>', 'https://x.vn/a.pdf', 'not-html'],
    ['a short notice', '<html><body><h1>Thông báo nghỉ lễ</h1><p>Tòa soạn nghỉ lễ từ ngày 30/4 đến hết ngày 1/5.</p></body></html>', 'https://x.vn/tb.html', 'too-short'],
  ])('answers %s with an error code', (_what, html, url, error) => {
    expect(extractArticle(dom(html), { url })).toMatchObject({ ok: false, error });
  });

  it('answers a listing page with no-article-found', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<div class="item"><h3><a href="/bai-${i}.html">Tiêu đề bài viết số ${i} về kinh tế biên mậu</a></h3><p>Mô tả ngắn ${i} của bài.</p></div>`).join('');
    const r = extractArticle(dom(`<html><head><title>Kinh tế - Báo X</title></head><body><h1>Kinh tế</h1><div class="list">${items}</div></body></html>`), {
      url: 'https://x.vn/kinh-te',
    });
    expect(r).toMatchObject({ ok: false, error: 'no-article-found' });
  });

  it('answers a non-HTML document and a throwing DOM with codes, never an exception', () => {
    const pdf = { contentType: 'application/pdf', documentElement: {}, body: {} } as unknown as Document;
    expect(extractArticle(pdf, { url: 'https://x.vn/a.pdf' })).toMatchObject({ ok: false, error: 'not-html' });
    const broken = dom(article);
    broken.cloneNode = () => {
      throw new Error('boom');
    };
    expect(extractArticle(broken, { url: 'https://x.vn/a.html' })).toEqual({ ok: false, error: 'no-article-found', detail: 'boom' });
  });
});
