import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanTitle, findTitle } from './find-title.ts';
import { readJsonLd } from './read-json-ld.ts';
import { readMeta } from './read-meta.ts';

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;
const titleOf = (html: string, site: string | null = null) => {
  const doc = dom(html);
  return findTitle(doc, readMeta(doc), readJsonLd(doc), site);
};

describe('findTitle', () => {
  it('takes the headline, not a category <h1> above it', () => {
    const r = titleOf(`<html><head><title>Xuất khẩu gạo tăng mạnh | Báo Công Thương</title>
      <meta property="og:title" content="Xuất khẩu gạo tăng mạnh"></head><body>
      <h1 class="cat"><a href="/xuat-nhap-khau">Xuất nhập khẩu</a></h1>
      <div class="detail"><h1 class="detail-title">Xuất khẩu gạo tăng mạnh</h1><p>…</p></div></body></html>`);
    expect(r?.title).toBe('Xuất khẩu gạo tăng mạnh');
    expect(r?.element?.className).toBe('detail-title');
    expect(r?.source).toBe('meta');
  });

  it('finds a headline set in an <h2> when og:title adds the site name around it', () => {
    const r = titleOf(`<html><head><meta property="og:title" content="Biên phòng Quảng Ninh – Tuần tra chung trên vịnh Bắc Bộ"></head>
      <body><h1 class="logo"><img alt="logo"></h1><h2 class="post-title">Tuần tra chung trên vịnh Bắc Bộ</h2>
      <aside><h2>Tuần tra chung trên vịnh Bắc Bộ năm ngoái</h2></aside></body></html>`);
    expect(r).toMatchObject({ title: 'Tuần tra chung trên vịnh Bắc Bộ', source: 'heading' });
  });

  it('prefers the visible headline to a reworded SEO title', () => {
    const r = titleOf(`<html><head><meta property="og:title" content="Giá vàng hôm nay 5/6: vàng SJC tăng mạnh, vượt 90 triệu đồng"></head>
      <body><h1 class="site">Báo Kinh tế</h1><h1 class="detail-title">Vàng SJC tăng mạnh, vượt 90 triệu đồng mỗi lượng</h1></body></html>`);
    expect(r).toMatchObject({ title: 'Vàng SJC tăng mạnh, vượt 90 triệu đồng mỗi lượng', source: 'heading' });
  });

  it('does not take a same-named link from a related list', () => {
    const r = titleOf(`<html><head><title>Hàng giả bị tiêu hủy - Báo Pháp luật</title></head><body>
      <ul class="list"><li><h3>Hàng giả bị tiêu hủy</h3></li></ul><h1>Hàng giả bị tiêu hủy</h1></body></html>`);
    expect(r?.element?.tagName).toBe('H1');
  });

  it('falls back to the cleaned document title, then to the first <h1>', () => {
    expect(titleOf('<html><head><title>Giá vàng hôm nay tăng mạnh - Kinh tế - Báo Mới</title></head><body></body></html>')?.title).toBe(
      'Giá vàng hôm nay tăng mạnh',
    );
    expect(titleOf('<html><head></head><body><h1>Tin nóng trong ngày hôm nay</h1></body></html>')).toMatchObject({
      title: 'Tin nóng trong ngày hôm nay',
      source: 'heading',
    });
    expect(titleOf('<html><head></head><body><p>x</p></body></html>')).toBeNull();
  });
});

describe('cleanTitle', () => {
  it('strips site and section tails and a leading site name', () => {
    expect(cleanTitle('Giá xăng giảm lần thứ ba | Tài chính | VietnamPlus', 'VietnamPlus')).toBe('Giá xăng giảm lần thứ ba');
    expect(cleanTitle('Báo Quân khu 9 - Hội thao quân sự năm 2024 khu vực phía Nam', 'Báo Quân khu 9')).toBe(
      'Hội thao quân sự năm 2024 khu vực phía Nam',
    );
    expect(cleanTitle('Hà Nội - Hải Phòng', null)).toBe('Hà Nội - Hải Phòng');
  });
});
