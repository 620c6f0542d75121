import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

// Layouts of Vietnamese news CMSs that are not in the development corpus,
// reduced to what matters: where the headline, sapo, body, in-body boxes,
// captions and signature sit. Texts are made up.
const dom = (html: string): Document => parseHTML(html).document as unknown as Document;
const para = (topic: string, n: number) =>
  `<p>${topic} (${n}): các lực lượng chức năng tăng cường phối hợp kiểm tra, giám sát hàng hóa xuất nhập khẩu qua các cửa khẩu biên giới phía Bắc.</p>`;
const paras = (topic: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => para(topic, from + i)).join('\n');

function extract(html: string, url: string) {
  const r = extractArticle(dom(html), { url });
  if (!r.ok) throw new Error(`expected an article, got ${r.error}`);
  return r.article;
}

describe('layouts outside the corpus', () => {
  it('VCCorp-style detail page (tuoitre, thanhnien, nld, baochinhphu)', () => {
    const a = extract(
      `<html><head><title>Chống buôn lậu dịp cuối năm - Tuổi Trẻ Online</title>
      <meta property="og:title" content="Chống buôn lậu dịp cuối năm"></head><body>
      <div class="header"><ul class="menu-nav"><li><a href="/">Trang chủ</a></li></ul></div>
      <div class="detail-container"><div class="detail-cate"><a href="/thoi-su.htm">Thời sự</a></div><div class="kicker">ĐIỂM NÓNG CUỐI NĂM</div>
      <h1 class="detail-title article-title" data-role="title">Chống buôn lậu dịp cuối năm</h1>
      <div class="detail-author-bot"><div class="author-info"><a class="name" href="/tac-gia/ngoc-an.htm">NGỌC AN</a></div><a class="follow">Theo dõi</a></div>
      <div class="detail-time"><div data-role="publishdate">20/12/2024 15:15 GMT+7</div></div>
      <h2 class="detail-sapo" data-role="sapo">TTO - Lực lượng chức năng mở đợt cao điểm chống buôn lậu, gian lận thương mại dịp cuối năm.</h2>
      <div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content">
      ${paras('Thân bài', 1, 2)}
      <figure class="VCSortableInPreviewMode" type="Photo"><div><a href="/a.jpg"><img src="https://cdn.tuoitre.vn/a.jpg" alt="Xe hàng qua cửa khẩu"></a></div>
      <figcaption class="PhotoCMS_Caption"><p data-placeholder="Nhập chú thích ảnh">Xe hàng qua cửa khẩu - Ảnh: NAM TRẦN</p></figcaption></figure>
      ${paras('Thân bài', 3, 4)}
      <div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox"><div class="kbwscwl-relatedbox type-2"><ul class="kbwscwlr-list">
      <li class="kbwscwlrl"><a class="kbwscwlrl-title" href="/x.htm">Bắt giữ 3 tấn đường cát nhập lậu</a></li></ul></div></div>
      <div type="RelatedOneNews" class="VCSortableInPreviewMode"><a href="/y.htm"><img src="/y.jpg"></a><a class="title" href="/y.htm">Thu giữ 10.000 bao thuốc lá lậu</a>
      <p class="sapo">Lực lượng biên phòng phát hiện và thu giữ số lượng lớn thuốc lá điếu nhập lậu trên tuyến biên giới.</p></div>
      ${paras('Thân bài', 5, 6)}</div></div>
      <div class="detail-tab"><a href="/tag/buon-lau.htm">buôn lậu</a><a href="/tag/hai-quan.htm">hải quan</a></div>
      <div class="box-comment"><h3>Bình luận</h3><div class="comment-item"><p>${'Ý kiến bạn đọc rất dài về chuyện buôn lậu. '.repeat(8)}</p></div></div>
      </div></body></html>`,
      'https://tuoitre.vn/chong-buon-lau-dip-cuoi-nam-20241220151500123.htm',
    );
    expect(a.title).toBe('Chống buôn lậu dịp cuối năm');
    expect(a.lead).toMatch(/^TTO - Lực lượng chức năng/);
    expect(a.text).toBe(Array.from({ length: 6 }, (_, i) => para('Thân bài', i + 1).replace(/<\/?p>/g, '')).join('\n\n'));
    expect(a.byline).toBe('NGỌC AN');
    expect(a.publishedAt).toBe('2024-12-20T15:15:00+07:00');
    expect(a.images).toEqual([{ src: 'https://cdn.tuoitre.vn/a.jpg', caption: 'Xe hàng qua cửa khẩu - Ảnh: NAM TRẦN' }]);
  });

  it('table captions, summary paragraph and an inline "Đọc thêm" link (znews-style)', () => {
    const a = extract(
      `<html><head><title>Giá cước vận tải biển tăng mạnh - Znews.vn</title></head><body>
      <article class="the-article"><header class="the-article-header"><h1 class="the-article-title">Giá cước vận tải biển tăng mạnh</h1>
      <ul class="the-article-meta"><li class="the-article-publish">09:30 5/3/2024</li></ul></header>
      <section class="main"><p class="the-article-summary">Giá cước container tuyến châu Âu tăng gấp đôi sau khi nhiều hãng tàu đổi hành trình tránh Biển Đỏ.</p>
      <div class="the-article-body">${paras('Cước tàu', 1, 2)}
      <table class="picture"><tbody><tr><td class="pic"><img src="/cang.jpg" alt=""></td></tr><tr><td class="pCaption caption">Cảng Cát Lái. Ảnh: Quỳnh Danh.</td></tr></tbody></table>
      ${paras('Cước tàu', 3, 4)}<p><a href="/bai-khac.html"><strong>Đọc thêm: Doanh nghiệp xuất khẩu lo chi phí logistics</strong></a></p>
      ${paras('Cước tàu', 5, 5)}<p class="author"><strong>Hoài Thu</strong></p></div></section></article>
      <div class="recommendation"><h2>Có thể bạn quan tâm</h2><a href="/a">Tin A dài dài</a><a href="/b">Tin B dài dài</a></div></body></html>`,
      'https://znews.vn/gia-cuoc-van-tai-bien-tang-manh-post1470000.html',
    );
    expect(a.lead).toMatch(/^Giá cước container/);
    expect(a.text.split('\n\n')).toHaveLength(5);
    expect(a.text).not.toMatch(/Đọc thêm|Cảng Cát Lái|Có thể bạn quan tâm/);
    expect(a.byline).toBe('Hoài Thu');
    expect(a.publishedAt).toBe('2024-03-05T09:30:00+07:00');
    expect(a.images).toEqual([{ src: 'https://znews.vn/cang.jpg', caption: 'Cảng Cát Lái. Ảnh: Quỳnh Danh.' }]);
  });

  it('a sapo repeated as the first body paragraph and a signature with a role (vietnamnet-style)', () => {
    const sapo = 'Năm 2024, ngành hải quan đặt mục tiêu rút ngắn thời gian thông quan hàng hóa xuống dưới 24 giờ ở tất cả cửa khẩu.';
    const a = extract(
      `<html><head><meta property="og:title" content="Thông quan dưới 24 giờ"><meta name="description" content="${sapo}"></head><body>
      <div class="content-detail"><h1 class="content-detail-title">Thông quan dưới 24 giờ</h1><div class="bread-crumb-detail__time">Thứ Hai, 15/01/2024 - 06:00</div>
      <h2 class="content-detail-sapo">${sapo}</h2><div class="maincontent main-content" id="maincontent"><p><strong>${sapo}</strong></p>
      ${paras('Thông quan', 1, 3)}<div class="article-relate"><a href="/r1">Liên quan một</a><a href="/r2">Liên quan hai</a></div>
      <p style="text-align:right"><strong>Tin, ảnh: Hồng Phúc</strong></p></div></div></body></html>`,
      'https://vietnamnet.vn/thong-quan-duoi-24-gio-2240000.html?utm_source=zalo',
    );
    expect(a.lead).toBe(sapo);
    expect(a.text.startsWith('Thông quan (1)')).toBe(true);
    expect(a.byline).toBe('Hồng Phúc');
    expect(a.canonicalUrl).toBe('https://vietnamnet.vn/thong-quan-duoi-24-gio-2240000.html');
    expect(a.publishedAt).toBe('2024-01-15T06:00:00+07:00');
  });
});
