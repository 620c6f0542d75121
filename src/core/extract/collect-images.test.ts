import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CAPTION_MARK, collectImages, imageSource } from './collect-images.ts';

const body = (html: string): Element => parseHTML(`<html><body><div id="c">${html}</div></body></html>`).document.getElementById('c') as unknown as Element;

describe('collectImages', () => {
  it('reads figure captions, marks credited or alt-repeating ones out of the text, keeps descriptive ones', () => {
    const c = body(`
      <figure><img src="/a.jpg" alt=""><figcaption>Lực lượng chức năng kiểm tra hàng hóa. Ảnh: Hải Long</figcaption></figure>
      <figure><img src="b.jpg" alt="Cửa khẩu Hữu Nghị"><figcaption>Cửa khẩu Hữu Nghị</figcaption></figure>
      <div class="wp-caption"><img src="https://cdn.x.vn/c.jpg" alt=""><p class="wp-caption-text">Các đại biểu dự hội nghị tổng kết.</p></div>`);
    const images = collectImages(c, 'https://baomoi.vn/tin/bai.html');
    expect(images).toEqual([
      { src: 'https://baomoi.vn/a.jpg', caption: 'Lực lượng chức năng kiểm tra hàng hóa. Ảnh: Hải Long' },
      { src: 'https://baomoi.vn/tin/b.jpg', caption: 'Cửa khẩu Hữu Nghị' },
      { src: 'https://cdn.x.vn/c.jpg', caption: 'Các đại biểu dự hội nghị tổng kết.' },
    ]);
    const marked = Array.from(c.querySelectorAll(`[${CAPTION_MARK}]`), (e) => e.textContent?.trim());
    expect(marked).toEqual(['Lực lượng chức năng kiểm tra hàng hóa. Ảnh: Hải Long', 'Cửa khẩu Hữu Nghị']);
  });

  it('reads image tables and italic credit lines after a picture', () => {
    const c = body(`<table><tr><td><img src="/d.jpg"></td></tr><tr><td>Kiểm tra container - Ảnh: V.D</td></tr></table>
      <p><img src="/e.jpg"></p><p><em>Quang cảnh buổi lễ (Ảnh: TTXVN)</em></p><p>Đoạn văn thường.</p>
      <figure><img src="/f.jpg" alt="Chú thích ảnh"><figcaption>Toàn cảnh phiên họp. Ảnh tư liệu: AFP/TTXVN</figcaption></figure>`);
    expect(collectImages(c, 'https://x.vn/')).toEqual([
      { src: 'https://x.vn/d.jpg', caption: 'Kiểm tra container - Ảnh: V.D' },
      { src: 'https://x.vn/e.jpg', caption: 'Quang cảnh buổi lễ (Ảnh: TTXVN)' },
      { src: 'https://x.vn/f.jpg', caption: 'Toàn cảnh phiên họp. Ảnh tư liệu: AFP/TTXVN' },
    ]);
    expect(c.querySelectorAll(`[${CAPTION_MARK}]`).length).toBe(3);
  });
});

describe('imageSource', () => {
  it('looks past placeholders to lazy-loading attributes and refuses non-http sources', () => {
    const c = body('<img id="l" src="data:image/gif;base64,R0lGOD" data-src="/real.jpg"><img id="j" src="javascript:alert(1)">');
    expect(imageSource(c.querySelector('#l')!, 'https://x.vn/a/')).toBe('https://x.vn/real.jpg');
    expect(imageSource(c.querySelector('#j')!, 'https://x.vn/')).toBeNull();
  });
});
