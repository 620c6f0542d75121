import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBundleFile } from '../core/export/parse-bundle-file.ts';
import { savedPage } from './__fixtures__/saved-page.ts';
import { bundleCommand } from './bundle-command.ts';
import { runCommand } from './testing/run-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-bundle-'));
const story = [
  'Năm 2026, Cục Hải quan Lạng Sơn thu ngân sách đạt 6.452,7 tỷ đồng, tăng 31,7% so với cùng kỳ năm trước, về đích sớm hơn kế hoạch được giao.',
  'Đơn vị đã xử lý gần 3.500 bộ tờ khai mỗi ngày tại các cửa khẩu, rút ngắn thời gian thông quan cho doanh nghiệp xuất nhập khẩu trên địa bàn.',
  'Phong trào thi đua yêu nước được Cục Hải quan Lạng Sơn triển khai sâu rộng tới từng chi cục, đội kiểm soát và mỗi cán bộ, công chức.',
  'Lãnh đạo Cục cho biết đơn vị sẽ tiếp tục cải cách thủ tục hành chính, tăng cường chống buôn lậu và gian lận thương mại trong những tháng cuối năm.',
];
const pages: Record<string, string> = {
  'haiquan.html': savedPage({ title: 'Cục Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng', site: 'Báo Hải quan',
    url: 'https://haiquanonline.com.vn/thu-ngan-sach-185261118.html', published: '2026-11-18T08:15:00+07:00', byline: 'Trí Dũng',
    lead: 'Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách năm 2026.', paragraphs: story }),
  'baolangson.html': savedPage({ title: 'Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng', site: 'Báo Lạng Sơn',
    url: 'https://baolangson.vn/thu-ngan-sach-5061234.html', published: '2026-11-18T10:00:00+07:00', byline: 'Minh Anh',
    lead: 'Cục Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách.', paragraphs: story }),
  'huunghi.html': savedPage({ title: 'Hải quan Hữu Nghị hưởng ứng phong trào “Dân vận khéo”', site: 'Báo Hải quan',
    url: 'https://haiquanonline.com.vn/dan-van-kheo-185261117.html', published: '2026-11-17T09:00:00+07:00', byline: 'N.Linh',
    lead: 'Công trình thắp sáng đường biên được khánh thành tại thôn Pò Nhùng.', paragraphs: [
      'Chi cục Hải quan cửa khẩu Hữu Nghị hưởng ứng phong trào “Dân vận khéo” bằng công trình 20 cột đèn năng lượng mặt trời dọc đường tuần tra biên giới.',
      'Đoàn viên thanh niên của chi cục phối hợp với Đồn Biên phòng tuần tra khu vực Mốc Quốc giới 1039, tuyên truyền pháp luật cho bà con trong thôn.',
      'Công trình có tổng kinh phí 150 triệu đồng do cán bộ, công chức đóng góp, góp phần bảo đảm an ninh trật tự và an toàn giao thông trên tuyến biên giới.',
    ] }),
  'broken.html': '%PDF-1.7 not a page',
};
for (const [name, html] of Object.entries(pages)) writeFileSync(join(dir, name), html);
const paths = (...names: string[]) => names.map((n) => join(dir, n));

const run = (...argv: string[]) => runCommand(bundleCommand, argv);

describe('bantin bundle', () => {
  const now = '2026-11-24T01:00:00.000Z';

  it('extracts, tags and bundles saved pages, folding the syndicated copy', async () => {
    const out = join(dir, 'b.json');
    const r = await run('--out', out, '--group', 'unit', '--title', 'Tuần 47', '--now', now, ...paths('haiquan.html', 'huunghi.html', 'baolangson.html'));
    expect(r.code).toBe(0);
    const parsed = parseBundleFile(readFileSync(out, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const { clips, bundles } = parsed.file;
    expect(clips.map((c) => c.siteName)).toEqual(['Báo Hải quan', 'Báo Hải quan', 'Báo Lạng Sơn']);
    expect(clips.every((c) => c.clippedAt === now && c.status === 'ready' && /^[0-9a-f]{16}$/.test(c.fingerprint))).toBe(true);
    expect(clips[0]!.entities.some((e) => e.type === 'marker' && e.value === '1039')).toBe(true);
    expect(clips[1]!.entities.some((e) => e.type === 'amount' && e.value.amount === 6452700000000)).toBe(true);
    expect(clips[2]!.storyOf).toBe(clips[1]!.id);
    const items = bundles[0]!.sections.flatMap((s) => s.items);
    expect(items).toHaveLength(2);
    expect(items.find((i) => i.clipId === clips[1]!.id)!.alsoClipIds).toEqual([clips[2]!.id]);
    expect(bundles[0]).toMatchObject({ title: 'Tuần 47', grouping: 'unit', period: { start: '2026-11-17', end: '2026-11-18' } });
    expect(r.stderr).toContain('3 clips');
  });

  it('gives the same file for the same pages and time', async () => {
    const [a, b] = [join(dir, 'a1.json'), join(dir, 'a2.json')];
    await run('--out', a, '--now', now, ...paths('haiquan.html', 'huunghi.html'));
    await run('--out', b, '--now', now, ...paths('huunghi.html', 'haiquan.html'));
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
  });

  it('bundles what it can, names the file it could not read, and exits 1', async () => {
    const out = join(dir, 'partial.json');
    const r = await run('--out', out, '--now', now, ...paths('huunghi.html', 'broken.html'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('broken.html: not an HTML page');
    const parsed = parseBundleFile(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.file.clips).toHaveLength(1);
    const none = await run('--out', join(dir, 'none.json'), ...paths('broken.html'));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('nothing written');
  });

  it('refuses bad arguments with the usage', async () => {
    expect((await run(...paths('huunghi.html'))).code).toBe(2);
    expect((await run('--out', 'x.json', '--group', 'tỉnh', ...paths('huunghi.html'))).stderr).toContain('--group must be one of');
    expect((await run('--out', 'x.json', '--now', 'hôm nay', ...paths('huunghi.html'))).code).toBe(2);
    expect((await run('--out', 'x.json', '--url', 'https://a.vn/x', ...paths('huunghi.html', 'haiquan.html'))).code).toBe(2);
  });
});
