import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findLeadElement } from './find-lead.ts';
import { readMeta } from './read-meta.ts';
import { LEAD_MARK, splitLead, startsWithSourceTag } from './split-lead.ts';
import { blocksText, toBlocks } from './to-blocks.ts';

const dom = (html: string): Document => parseHTML(html).document as unknown as Document;
const long = 'Lực lượng chức năng đã phát hiện và bắt giữ nhiều vụ vận chuyển hàng hóa trái phép qua biên giới trong dịp cao điểm cuối năm.';

function split(html: string, outside: string | null) {
  const r = dom(`<html><body><div id="r">${html}</div></body></html>`).getElementById('r')!;
  const blocks = toBlocks(r);
  const lead = splitLead(blocks, outside, r);
  return { lead, text: blocksText(blocks), html: r.innerHTML };
}

describe('startsWithSourceTag', () => {
  it.each(['(HQ Online) - Sáng nay', 'LSO-Trải qua', 'TT - Trao đổi', '(Dân trí) - Các nguồn tin', 'QK2 – Tối 4-7', 'VOV.VN - Chiều nay'])('%s', (t) => {
    expect(startsWithSourceTag(t)).toBe(true);
  });
  it('not for ordinary sentences', () => {
    expect(startsWithSourceTag('Theo báo cáo của Cục Hải quan, trong tháng 5 - 2024 kim ngạch tăng')).toBe(false);
  });
});

describe('splitLead', () => {
  it('drops a body lede that repeats the sapo', () => {
    expect(split(`<p>${long}</p><p>Đoạn hai.</p>`, long)).toMatchObject({ lead: long, text: 'Đoạn hai.' });
  });
  it('lets a teaser repeating the opening paragraphs give way to the first paragraph', () => {
    const teaser = `${long} Đoạn hai tiếp theo. Chú thích ảnh bị cắt...`;
    expect(split(`<p>${long}</p><p>Đoạn hai tiếp theo.</p>`, teaser)).toMatchObject({ lead: long, text: 'Đoạn hai tiếp theo.' });
  });
  it('drops a body lede that repeats the sapo with the paper\'s tag in front', () => {
    expect(split(`<p><b>TTO - ${long}</b></p><p>Đoạn hai.</p>`, long)).toMatchObject({ lead: `TTO - ${long}`, text: 'Đoạn hai.' });
  });
  it('keeps a distinct sapo and the whole body', () => {
    expect(split(`<p>${long}</p>`, 'Sapo riêng biệt của bài viết nói về một chủ đề khác hẳn.')).toMatchObject({ text: long });
  });
  it('takes a bold or source-tagged first paragraph as the sapo when the page names none', () => {
    expect(split(`<p><strong>TTO - ${long}</strong></p><p>Hai.</p><p>Ba.</p>`, null)).toMatchObject({ lead: `TTO - ${long}`, text: 'Hai.\n\nBa.' });
    expect(split(`<p>${long}</p><p>Hai.</p><p>Ba.</p>`, null).lead).toBe('');
  });
  it('takes a marked sapo out of the body', () => {
    expect(split(`<h2 ${LEAD_MARK}="1">${long}</h2><p>Hai.</p>`, null)).toMatchObject({ lead: long, text: 'Hai.' });
  });
});

describe('findLeadElement', () => {
  it('finds the sapo by class after the headline, or by the meta description', () => {
    const a = dom(`<html><body><ul><li><p class="sapo">${long} (tin khác)</p></li></ul><h1>T</h1><h2 class="article__sapo">${long}</h2></body></html>`);
    expect(findLeadElement(a, readMeta(a), a.querySelector('h1'))?.tagName).toBe('H2');
    const b = dom(`<html><head><meta name="description" content="${long.slice(0, 90)}..."></head><body><h1>T</h1><div><strong class="d_x">${long}</strong></div></body></html>`);
    expect(findLeadElement(b, readMeta(b), b.querySelector('h1'))?.tagName).toBe('STRONG');
    const c = dom('<html><body><h1>T</h1><p>Không có sapo nào ở đây cả, chỉ có một đoạn văn.</p></body></html>');
    expect(findLeadElement(c, readMeta(c), c.querySelector('h1'))).toBeNull();
  });
});
