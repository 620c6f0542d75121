import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage, notHtmlReason, parseHtml } from './load-page.ts';

const body = Array.from({ length: 5 }, (_, i) => `<p>Đoạn ${i + 1}: lực lượng hải quan cửa khẩu đã kiểm tra, giám sát hàng hóa xuất nhập khẩu chặt chẽ trong dịp cuối năm.</p>`).join('');
const page = (head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kiểm tra hàng hóa cuối năm</title>${head}</head><body><h1>Kiểm tra hàng hóa cuối năm</h1>${body}</body></html>`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bantin-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

describe('parseHtml', () => {
  it('parses whole pages and fragments into a document with a body', () => {
    expect(parseHtml('<p>Chào</p>').body.textContent).toBe('Chào');
    expect(parseHtml(' <!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>').title).toBe('T');
    expect(parseHtml('<p>x</p>', 'https://x.vn/a').URL).toBe('https://x.vn/a');
  });
});

describe('loadPage', () => {
  it('finds the page URL: --url, then canonical, then a browser "saved from" note, then the file', async () => {
    const canonical = await file('a.html', page('<link rel="canonical" href="https://baohaiquan.vn/kiem-tra-123.html">'));
    expect(await loadPage(canonical)).toMatchObject({ ok: true, article: { url: 'https://baohaiquan.vn/kiem-tra-123.html' } });
    expect(await loadPage(canonical, { url: 'https://khac.vn/b.html' })).toMatchObject({ ok: true, article: { url: 'https://khac.vn/b.html' } });
    const saved = await file('b.html', `<!-- saved from url=(0032)https://nld.com.vn/kiem-tra.htm -->\n${page()}`);
    expect(await loadPage(saved)).toMatchObject({ ok: true, article: { url: 'https://nld.com.vn/kiem-tra.htm' } });
    const plain = await file('c.html', page());
    expect(await loadPage(plain)).toMatchObject({ ok: true, article: { url: pathToFileURL(plain).href, lang: 'vi' } });
  });

  it('decodes the charset the page declares, and a UTF-8 byte-order mark', async () => {
    const words = ' Tin tức về thương mại và hải quan được cập nhật hằng ngày cho bạn đọc.'.repeat(4);
    const latin = `<html><head><meta charset="windows-1252"><title>Caf\xe9 bi\xean gi\xf3i</title></head><body><h1>Caf\xe9 bi\xean gi\xf3i</h1><p>${'Hang hoa qua bien gioi tang manh trong thang nay. '.repeat(8)}</p></body></html>`;
    const r = await loadPage(await file('d.html', Buffer.from(latin, 'latin1')));
    expect(r.ok && r.article.title).toBe('Café biên giói');
    const bom = await file('e.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><body><h1>Tiêu đề có dấu</h1><p>${words}</p></body></html>`)]));
    expect(await loadPage(bom)).toMatchObject({ ok: true, article: { title: 'Tiêu đề có dấu' } });
  });

  it('refuses PDFs, images, binaries, plain text and empty files as not-html', async () => {
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['x.pdf', '%PDF-1.7\n1 0 obj', /PDF/],
      ['x.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /PNG/],
      ['x.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), /JPEG/],
      ['x.bin', new Uint8Array([1, 2, 0, 4, 5]), /binary/],
      ['x.txt', 'Chỉ là văn bản thuần, không có thẻ nào.', /plain text/],
      ['x.html', '', /empty/],
    ];
    for (const [name, content, detail] of cases) {
      const r = await loadPage(await file(name, content));
      expect(r).toMatchObject({ ok: false, error: 'not-html' });
      expect(!r.ok && r.detail).toMatch(detail);
    }
  });

  it('reports missing files and directories as unreadable', async () => {
    expect(await loadPage(join(dir, 'missing.html'))).toEqual({ ok: false, error: 'unreadable', detail: 'ENOENT' });
    const sub = join(dir, 'sub');
    await mkdir(sub);
    expect(await loadPage(sub)).toEqual({ ok: false, error: 'unreadable', detail: 'is a directory' });
  });

  it('names magic numbers without reading further', () => {
    expect(notHtmlReason(new TextEncoder().encode('<!DOCTYPE html><html>'))).toBeNull();
    expect(notHtmlReason(new TextEncoder().encode('GIF89a....'))).toMatch(/GIF/);
  });
});
