import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CAPTION_MARK } from './collect-images.ts';
import { blocksText, removeBlock, toBlocks } from './to-blocks.ts';

const root = (html: string): Element => parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document.getElementById('r') as unknown as Element;

describe('toBlocks', () => {
  it('gives one block per paragraph, heading, list item and table row; source line breaks are spaces, <br> is a line break', () => {
    const r = root(`<h2>Tiêu đề
      phụ</h2><p>Dòng một<br>dòng hai</p><ul><li>Ý <b>một</b></li><li>Ý hai</li></ul>
      <table><tr><td>Ô 1</td><td>Ô 2</td></tr></table>Chữ rời <span class="location-stamp">HÀ NỘI</span>Mở đầu`);
    expect(toBlocks(r).map((b) => b.text)).toEqual(['Tiêu đề phụ', 'Dòng một\ndòng hai', 'Ý một', 'Ý hai', 'Ô 1 Ô 2', 'Chữ rời HÀ NỘI - Mở đầu']);
  });

  it('parts paragraphs at a double <br>, as older CMSs write them', () => {
    const r = root('<div>Đoạn một dòng một<br>dòng hai<br><br>Đoạn hai<br> <br>Đoạn ba</div>');
    expect(toBlocks(r).map((b) => b.text)).toEqual(['Đoạn một dòng một\ndòng hai', 'Đoạn hai', 'Đoạn ba']);
  });

  it('skips captions marked out of the text and scripts', () => {
    const r = root(`<p>Một</p><figure><img src="a.jpg"><figcaption ${CAPTION_MARK}="1">Ảnh: X</figcaption></figure><script>var a</script><p>Hai</p>`);
    expect(blocksText(toBlocks(r))).toBe('Một\n\nHai');
  });

  it('removes a block from the tree: the whole element, or only its loose nodes', () => {
    const r = root('<p>Một</p><div>Chữ rời<p>Trong đoạn</p></div>');
    const blocks = toBlocks(r);
    removeBlock(blocks[0]!, r);
    removeBlock(blocks[1]!, r);
    expect(r.innerHTML).toBe('<div><p>Trong đoạn</p></div>');
  });
});
