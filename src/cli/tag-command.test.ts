import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntitySchema } from '../core/schemas/entity.ts';
import { savedPage } from './__fixtures__/saved-page.ts';
import { tagCommand } from './tag-command.ts';
import { runCommand } from './testing/run-command.ts';

const TEXT = ' date 2026-01-27 Ngày 22/1, Đồn Biên phòng Trà Cổ phối hợp Hải quan cửa khẩu cảng Vạn Gia thu giữ 800kg hàng trị giá 1,2 tỷ đồng.\n';
const page = savedPage({
  title: 'Hải quan Lạng Sơn thu 6.000 tỷ đồng',
  site: 'Báo Hải quan',
  url: 'https://haiquanonline.com.vn/hq-lang-son-thu-6000-ty-dong.html',
  published: '2023-05-21T09:00:00+07:00',
  byline: 'Mai Loan',
  lead: 'Ngày 20/5, Cục Hải quan Lạng Sơn cho biết số thu tăng 12%.',
  paragraphs: Array.from({ length: 4 }, (_, i) => `Đoạn ${i + 1}: đơn vị đã xây dựng 4 công trình tại mốc Quốc giới 1039 và tiếp tục chống buôn lậu trên tuyến biên giới.`),
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bantin-tag-'));
  await writeFile(join(dir, 'tin.txt'), TEXT);
  await writeFile(join(dir, 'trang.html'), page);
  await writeFile(join(dir, 'anh.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const run = (...argv: string[]) => runCommand(tagCommand, argv);

describe('bantin tag', () => {
  it('tags a text file, taking its crawler line as the article date', async () => {
    const r = await run(join(dir, 'tin.txt'));
    expect(r.code).toBe(0);
    const { entities } = JSON.parse(r.stdout);
    for (const e of entities) expect(EntitySchema.safeParse(e).success).toBe(true);
    const dates = entities.filter((e: { type: string }) => e.type === 'date').map((e: { value: unknown }) => e.value);
    expect(dates).toEqual([{ start: '2026-01-27' }, { start: '2026-01-22' }]);
    expect(entities.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(['unit', 'quantity', 'amount']));
  });

  it('extracts an HTML page first and uses its publication date', async () => {
    const target = join(dir, 'out');
    const r = await run('--out', target, join(dir, 'trang.html'), join(dir, 'tin.txt'));
    expect(r.code).toBe(0);
    expect((await readdir(target)).sort()).toEqual(['tin.json', 'trang.json']);
    const { entities } = JSON.parse(await readFile(join(target, 'trang.json'), 'utf8'));
    const values = entities.map((e: { type: string; value: unknown }) => [e.type, e.value]);
    expect(values).toEqual(
      expect.arrayContaining([
        ['unit', 'Cục Hải quan Lạng Sơn'],
        ['amount', { amount: 6e12, currency: 'VND' }],
        ['date', { start: '2023-05-20' }],
        ['marker', '1039'],
      ]),
    );
    expect(r.stdout).toBe('');
  });

  it('names each bad file on stderr, exits non-zero and still tags the others', async () => {
    const r = await run(join(dir, 'anh.png'), join(dir, 'khong-co.txt'), join(dir, 'khong-co.html'), join(dir, 'tin.txt'));
    expect(r.code).toBe(1);
    const messages = r.stderr;
    expect(messages).toContain('anh.png: a binary file');
    expect(messages).toContain('khong-co.txt: cannot read the file (ENOENT)');
    expect(messages).toContain('khong-co.html: cannot read the file');
    expect(JSON.parse(r.stdout).map((r: { file: string }) => r.file)).toEqual([join(dir, 'tin.txt')]);
  });

  it('prints usage without files', async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: bantin tag');
  });
});
