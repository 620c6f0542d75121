import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanBody, isDatelineOnly } from './clean-body.ts';
import { blocksText } from './to-blocks.ts';

const content = (html: string): Element => parseHTML(`<html><body><div id="c">${html}</div></body></html>`).document.getElementById('c') as unknown as Element;
const sentence = (n: number) => `<p>Câu thứ ${n}: lực lượng chức năng kiểm tra hàng hóa tại cửa khẩu theo quy định của pháp luật hiện hành.</p>`;

describe('cleanBody', () => {
  it('drops the repeated headline, slug and dateline lines, link lists, share and credit lines, and takes the signature', () => {
    const c = content(`<h2>Kiểm tra hàng hóa tại cửa khẩu</h2><div>Kinh tế</div><p>23/03/2015 08:06 GMT+7</p>${sentence(1)}
      <ul><li><a href="/a">Một bài khác</a></li><li><a href="/b">Hai bài khác</a></li></ul>${sentence(2)}<p>Chia sẻ bài viết</p><p>Facebook Twitter youtube Tiktok</p>
      <p>Ảnh: Minh Hà</p><p>Hàng hóa bị Cục Hải quan thu giữ (Ảnh: Cục Hải quan).</p><p>Ảnh minh họa</p>${sentence(3)}<p style="text-align:right"><b>Minh Hà</b></p>`);
    const r = cleanBody(c, { title: 'Kiểm tra hàng hóa tại cửa khẩu', slugs: ['Kinh tế'], lead: null, baseUrl: 'https://x.vn/' });
    expect(blocksText(r.blocks)).toBe([1, 2, 3].map((n) => `Câu thứ ${n}: lực lượng chức năng kiểm tra hàng hóa tại cửa khẩu theo quy định của pháp luật hiện hành.`).join('\n\n'));
    expect(r.byline).toBe('Minh Hà');
    expect(r.lead).toBe('');
    expect(c.textContent).not.toMatch(/Một bài khác|Chia sẻ|GMT|Tiktok/);
  });

  it('keeps a name that closes a list', () => {
    const c = content(`${sentence(1)}${sentence(2)}<p>Các cá nhân được khen thưởng:</p><ul><li>Nguyễn Văn An</li><li>Trần Thị Bình</li></ul>`);
    const r = cleanBody(c, { title: 'T', slugs: [], lead: null, baseUrl: undefined });
    expect(r.byline).toBeNull();
    expect(blocksText(r.blocks).endsWith('Nguyễn Văn An\n\nTrần Thị Bình')).toBe(true);
  });

  it('knows a line that only states a date', () => {
    expect(isDatelineOnly('Thứ tư, 22/10/2025, 19:25 (GMT+7)')).toBe(true);
    expect(isDatelineOnly('Ngày 22/10/2025, Bộ Tài chính ban hành thông tư mới về thủ tục hải quan.')).toBe(false);
  });
});
