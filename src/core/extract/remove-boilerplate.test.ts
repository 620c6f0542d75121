import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textOf } from './dom-helpers.ts';
import { findMainContainer } from './find-main-container.ts';
import { isBoxLabel, removeBoilerplate, removeLabelledBoxes } from './remove-boilerplate.ts';

const dom = (html: string): Document => parseHTML(`<html><head></head><body>${html}</body></html>`).document as unknown as Document;
const para = (n: number) => `<p>${'Đoạn văn bản của bài báo nói về hoạt động của ngành hải quan trong tháng. '.repeat(2)}(${n})</p>`;

describe('isBoxLabel', () => {
  it.each(['Tin liên quan', 'TIN CÙNG CHUYÊN MỤC', 'Đọc thêm:', '>> Xem thêm', 'Tin mới nhất', 'Đọc nhiều', 'Có thể bạn quan tâm', 'Từ khóa:'])('%s', (t) => {
    expect(isBoxLabel(t)).toBe(true);
  });
  it('is not fooled by a sentence that starts like one', () => {
    expect(isBoxLabel('Tin liên quan đến vụ buôn lậu được công bố hôm qua')).toBe(false);
  });
});

describe('removeLabelledBoxes', () => {
  it('removes a labelled box with its links, also inside the body container', () => {
    const doc = dom(`<div id="body">${para(1)}<div class="box-x"><div class="head"><span>Bài viết cùng chủ đề</span></div></div>
      <div class="tlq"><h4>Tin liên quan</h4><ul><li><a href="/a">Bài A về thuế</a></li><li><a href="/b">Bài B về thuế</a></li></ul></div>${para(2)}</div>`);
    removeLabelledBoxes(doc);
    const text = textOf(doc.body);
    expect(text).not.toContain('Tin liên quan');
    expect(text).not.toContain('Bài A về thuế');
    expect(text).toContain('(1)');
    expect(text).toContain('(2)');
  });

  it('removes an inline "Xem thêm:" line and a lone label followed by a link list', () => {
    const doc = dom(`<div id="body">${para(1)}<p><strong>&gt;&gt; Xem thêm: </strong><a href="/c">Giá vàng lập đỉnh</a></p>${para(2)}
      <h3>Đọc nhiều</h3><ol><li><a href="/d">Một</a></li><li><a href="/e">Hai</a></li></ol>${para(3)}</div>`);
    removeLabelledBoxes(doc);
    const text = textOf(doc.body);
    expect(text).not.toMatch(/Xem thêm|Giá vàng lập đỉnh|Đọc nhiều|Một|Hai/);
    expect(text).toMatch(/\(1\).*\(2\).*\(3\)/);
  });
});

describe('removeLabelledBoxes, teasers', () => {
  it('removes teasers (linked title and sapo) after a heading inside the body, up to the next paragraph of prose', () => {
    const teaser = (n: number) =>
      `<div class="item"><a href="/t${n}.html">Tiêu đề bài khác số ${n} về xuất khẩu</a><p>Mô tả bài số ${n}: doanh nghiệp xuất khẩu gặp khó vì chi phí vận tải biển tăng mạnh trong quý.</p></div>`;
    const doc = dom(`<div id="body">${para(1)}<div class="box"><div class="head"><span>Tin khác</span></div>${teaser(1)}${teaser(2)}</div>
      <h3>Xem nhiều</h3>${teaser(3)}${teaser(4)}${para(2)}</div>`);
    removeLabelledBoxes(doc);
    const text = textOf(doc.body);
    expect(text).not.toMatch(/Tin khác|Xem nhiều|Tiêu đề bài khác|Mô tả bài/);
    expect(text).toMatch(/\(1\).*\(2\)/);
  });
});

describe('removeBoilerplate', () => {
  it('keeps layout classes that only sound hidden', () => {
    const doc = dom(`<div class="relative overflow-hidden">${para(1)}${para(2)}</div><div class="hidden md:block">${para(3)}</div><div class="hidden">Ẩn</div>`);
    removeBoilerplate(doc, findMainContainer(doc));
    expect(textOf(doc.body)).toMatch(/\(1\).*\(2\).*\(3\)/);
    expect(textOf(doc.body)).not.toContain('Ẩn');
  });

  it('removes furniture by tag, class, widget type and hidden state, never the article', () => {
    const doc = dom(`<header><nav>Trang chủ</nav></header><div class="main-sidebar-wrap"><div class="detail-content print-area">${para(1)}${para(2)}
      <div class="VCSortableInPreviewMode" type="RelatedNewsBox"><a href="/x">Bài liên quan có mô tả dài hơn một chút</a><p>Mô tả ngắn</p></div>
      <div class="share-tools">Chia sẻ Facebook</div><div style="display:none">Ẩn</div><div class="ads-300">QC</div><div id="adsMiddle">QC2</div></div></div>
      <footer>Bản quyền</footer><script>alert(1)</script>`);
    const main = findMainContainer(doc);
    expect(main?.className).toContain('detail-content');
    removeBoilerplate(doc, main);
    const text = textOf(doc.body);
    expect(text).toMatch(/\(1\).*\(2\)/);
    expect(text).not.toMatch(/Trang chủ|Bài liên quan|Chia sẻ|Ẩn|QC|Bản quyền|alert/);
    expect(text).toContain('hải quan');
  });
});

describe('removeBoilerplate, page-wide form', () => {
  it('keeps an ASP.NET form that wraps the whole page and drops the forms beside the article', () => {
    const doc = dom(`<form id="form1" action="./Details.aspx"><input type="hidden" name="__VIEWSTATE" value="x"><div class="menu"><a href="/">Trang chủ</a></div>
      <div class="contents">${para(1)}${para(2)}</div><form class="search"><input name="q"><p>Tìm kiếm trên trang</p></form></form>`);
    removeBoilerplate(doc, findMainContainer(doc));
    const text = textOf(doc.body);
    expect(text).toMatch(/\(1\).*\(2\)/);
    expect(text).not.toMatch(/Trang chủ|Tìm kiếm/);
    expect(doc.querySelector('input')).toBeNull();
  });
});
