import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractedArticleSchema } from '../core/schemas/article.ts';
import { extractCommand } from './extract-command.ts';
import { runCommand } from './testing/run-command.ts';

const body = Array.from({ length: 5 }, (_, i) => `<p>Đoạn ${i + 1}: Cục Hải quan tỉnh tăng cường kiểm soát, chống buôn lậu và gian lận thương mại trên tuyến biên giới.</p>`).join('');
const article = (title: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title><link rel="canonical" href="https://baohaiquan.vn/${encodeURIComponent(title)}.html"></head><body><h1>${title}</h1>${body}</body></html>`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bantin-extract-'));
  await writeFile(join(dir, 'mot.html'), article('Bài số một về chống buôn lậu'));
  await writeFile(join(dir, 'hai.htm'), article('Bài số hai về chống buôn lậu'));
  await writeFile(join(dir, 'tai-lieu.pdf'), '%PDF-1.4\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const run = (...argv: string[]) => runCommand(extractCommand, argv);

describe('bantin extract', () => {
  it('writes one DIR/<name>.json per page holding the whole article', async () => {
    const target = join(dir, 'out');
    const r = await run('--out', target, join(dir, 'mot.html'), join(dir, 'hai.htm'));
    expect(r.code).toBe(0);
    expect((await readdir(target)).sort()).toEqual(['hai.json', 'mot.json']);
    const saved = JSON.parse(await readFile(join(target, 'mot.json'), 'utf8'));
    expect(ExtractedArticleSchema.parse(saved)).toMatchObject({ title: 'Bài số một về chống buôn lậu', lang: 'vi', lead: '' });
    expect(saved.text.split('\n\n')).toHaveLength(5);
    expect(r.stdout).toBe('');
  });

  it('prints one object for one file and an array for several', async () => {
    const one = await run(join(dir, 'mot.html'));
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ title: 'Bài số một về chống buôn lậu' });
    const several = await run('--url', 'https://x.vn/a.html', join(dir, 'mot.html'), join(dir, 'hai.htm'));
    expect(several.code).toBe(0);
    const list = JSON.parse(several.stdout);
    expect(list).toHaveLength(2);
    expect(list[1]).toMatchObject({ url: 'https://x.vn/a.html', title: 'Bài số hai về chống buôn lậu' });
  });

  it('names each bad file and why on stderr, exits non-zero, and still processes the others', async () => {
    const target = join(dir, 'out-bad');
    const r = await run('--out', target, join(dir, 'tai-lieu.pdf'), join(dir, 'khong-co.html'), join(dir, 'mot.html'));
    expect(r.code).toBe(1);
    const messages = r.stderr;
    expect(messages).toContain(`${join(dir, 'tai-lieu.pdf')}: not an HTML page (a PDF document, not an HTML page)`);
    expect(messages).toContain(`${join(dir, 'khong-co.html')}: cannot read the file (ENOENT)`);
    expect(await readdir(target)).toEqual(['mot.json']);
  });

  it('prints usage for no files or an unknown option, and on --help to stdout with success', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: bantin extract');
    const unknown = await run('--nope', 'x.html');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^bantin extract: .*--nope/);
    expect(unknown.stderr).toContain('usage: bantin extract');
    expect(await run('--help')).toEqual({ code: 0, stdout: 'usage: bantin extract [--url URL] [--out DIR] FILE...\n', stderr: '' });
  });
});
