import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exampleBundle } from './__fixtures__/example-bundle.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { buildDigest } from './build-digest.ts';
import { renderDigestDocx } from './render-digest-docx.ts';

const digest = buildDigest(exampleBundle, exampleClips);
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph of word/document.xml, as Word shows it. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''))
    .filter(Boolean);
}

describe('renderDigestDocx', async () => {
  const bytes = await renderDigestDocx(digest);
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const texts = paragraphTexts(documentXml);

  it('is a Word package', () => {
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    expect(zip.file('[Content_Types].xml')).toBeTruthy();
  });

  it('holds every Vietnamese string exactly, in NFC, in digest order', () => {
    const expected = [
      'Bản tin Hải quan tuần 47/2026', 'Từ 17/11/2026 đến 23/11/2026',
      'Tuần qua, Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách.',
      'Phong trào “Dân vận khéo” tiếp tục lan tỏa ở khu vực biên giới.',
      'Dân vận khéo', 'Hải quan Hữu Nghị thắp sáng đường biên với “Dân vận khéo”', 'Báo Hải quan · 17/11/2026 · N.Linh',
      'Công trình thắp sáng đường biên được khánh thành tại thôn Pò Nhùng.', 'Số liệu: 20 cột đèn; mốc 1039; mốc 1221',
      'Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả', 'Hải quan <Lạng Sơn> & “Kỷ cương - Đổi mới” *đột phá* [2026]',
    ];
    expect(texts.slice(0, expected.length)).toEqual(expected.map((s) => s.normalize('NFC')));
    expect(texts).toContain('Ghi chú: Tin <quan trọng> & cần *đọc kỹ*.');
    expect(texts).toContain('Số liệu: 6.452,7 tỷ đồng; 31,7%; gần 3.500 bộ tờ khai');
    expect(texts).toContain('Cũng đăng trên: Báo Lạng Sơn');
    expect(texts.at(-1)).toBe('Bản tin gồm 4 bài, tổng hợp bằng Bantin.');
    expect(documentXml.normalize('NFC')).toBe(documentXml);
  });

  it('links every headline and also-on site to its source', () => {
    const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => decode(m[1]!));
    for (const url of [...digest.sections.flatMap((s) => s.items.map((i) => i.url)), 'https://baolangson.vn/thu-ngan-sach-5061234.html']) {
      expect(targets).toContain(url);
    }
    expect(documentXml.match(/<w:hyperlink /g)).toHaveLength(5);
  });

  it('names a font with Vietnamese glyphs in all four script slots, and marks the text vi-VN', () => {
    const fonts = [...styles.matchAll(/<w:rFonts [^>]*>/g)].map((m) => m[0]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(fonts[0]).toContain(`w:${slot}="Times New Roman"`);
    expect(styles).not.toMatch(/w:asciiTheme|w:hAnsiTheme/);
    expect(styles).toContain('w:val="vi-VN"');
  });
});
