import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textOf } from './dom-helpers.ts';
import { isTeaser, removeTeaserRuns } from './remove-teasers.ts';

const body = (html: string): Element => parseHTML(`<html><body><div id="c">${html}</div></body></html>`).document.getElementById('c') as unknown as Element;
const para = (n: number): string => `<p>Đoạn văn của bài báo về công tác chống buôn lậu tại cửa khẩu trong tháng qua (${n}).</p>`;
// vietnamnet-style cards embedded in the body: picture, linked title, summary.
const card = (n: number): string =>
  `<article class="ck-cms-insert-news"><a href="/bai-${n}.html"><img src="/a${n}.jpg"></a><div><div><a href="/bai-${n}.html">Tiêu đề bài khác số ${n} về thuế xuất khẩu</a></div><div>Tóm tắt bài số ${n}: doanh nghiệp chờ hoàn thuế lâu hơn dự kiến.</div></div></article>`;

describe('removeTeaserRuns', () => {
  it('removes sibling cards (picture or heading, linked title, short summary) even across an empty ad slot', () => {
    const c = body(`${para(1)}<div class="group">${card(1)}<div class="ads"></div>${card(2)}</div>
      <div><h3><a href="/x.html">Một bài khác được gợi ý đọc thêm</a></h3><p>Mô tả ngắn.</p></div><div><h3><a href="/y.html">Thêm một bài khác được gợi ý</a></h3></div>${para(2)}`);
    removeTeaserRuns(c);
    expect(textOf(c)).not.toMatch(/Tiêu đề bài khác|Tóm tắt bài|gợi ý/);
    expect(textOf(c)).toMatch(/\(1\).*\(2\)/);
  });

  it('keeps prose that opens with a link, a lone card, a list of linked documents and what `keep` protects', () => {
    const docs = '<ul><li><a href="/tt38">Thông tư 38/2015/TT-BTC về thủ tục hải quan</a>: sửa đổi năm 2018.</li><li><a href="/nd08">Nghị định 08/2015/NĐ-CP hướng dẫn Luật Hải quan</a>.</li></ul>';
    const lead = '<p><a href="/tong-cuc">Tổng cục Hải quan khu vực II</a> cho biết đã thu ngân sách vượt kế hoạch năm.</p>';
    const c = body(`${lead}${lead}${card(3)}${para(3)}${docs}<div id="k">${card(4)}${card(5)}</div>`);
    removeTeaserRuns(c, (el) => el.parentElement?.id === 'k');
    const text = textOf(c);
    expect(text).toContain('thu ngân sách vượt kế hoạch');
    expect(text).toContain('số 3');
    expect(text).toContain('Thông tư 38/2015');
    expect(text).toContain('số 5');
  });

  it('tells a teaser from a paragraph', () => {
    expect(isTeaser(body(card(1)).firstElementChild!)).toBe(true);
    expect(isTeaser(body(para(1)).firstElementChild!)).toBe(false);
  });
});
