import { describe, expect, it } from 'vitest';
import { exampleBundle } from './__fixtures__/example-bundle.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { buildDigest, periodLabelVi } from './build-digest.ts';

describe('buildDigest', () => {
  const digest = buildDigest(exampleBundle, exampleClips);

  it('labels the period in Vietnamese', () => {
    expect(digest.periodLabel).toBe('Từ 17/11/2026 đến 23/11/2026');
    expect(periodLabelVi({ start: '2026-11-20', end: '2026-11-20' })).toBe('Ngày 20/11/2026');
    expect(buildDigest({ ...exampleBundle, period: undefined }, exampleClips).periodLabel).toBeNull();
  });

  it('resolves each item: canonical URL, site, Vietnam date, note before lead, also-on sites', () => {
    const [first] = digest.sections.find((s) => s.title === 'Thi đua yêu nước')!.items;
    expect(first).toMatchObject({
      headline: 'Cục Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng',
      url: 'https://haiquanonline.com.vn/cuc-hai-quan-lang-son-thu-ngan-sach-185261118.html',
      site: 'Báo Hải quan', date: '18/11/2026', byline: 'Trí Dũng',
      summary: 'Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách năm 2026.', summaryIsNote: false,
      alsoOn: [{ site: 'Báo Lạng Sơn', url: 'https://baolangson.vn/thu-ngan-sach-5061234.html' }],
    });
    const noted = digest.sections[1]!.items[0]!;
    expect([noted.summary, noted.summaryIsNote]).toEqual(['Tin <quan trọng> & cần *đọc kỹ*.', true]);
    const huuNghi = digest.sections[0]!.items[0]!;
    expect(huuNghi.date).toBe('17/11/2026');
  });

  it('falls back to the host and the opening of the text, and has no date when the article has none', () => {
    const chiMa = digest.sections.at(-1)!.items[0]!;
    expect(chiMa).toMatchObject({ site: 'langson.gov.vn', date: null, byline: null, alsoOn: [] });
    expect(chiMa.summary).toBe('Kim ngạch xuất nhập khẩu qua cửa khẩu Chi Ma tăng 12% trong tuần. Xã Tam Gia đón 1.200 lượt xe.');
    expect(chiMa.keyFigures.map((f) => f.label)).toEqual(['12%', '1.200 lượt xe']);
  });

  it('leaves out items whose clip is missing, and the sections they empty', () => {
    const partial = buildDigest(exampleBundle, exampleClips.filter((c) => c.id !== 'clip-chi-ma-kim-ngach'));
    expect(partial.missingClipIds).toEqual(['clip-chi-ma-kim-ngach']);
    expect(partial.sections.map((s) => s.title)).not.toContain('Khác');
    expect([digest.itemCount, partial.itemCount]).toEqual([4, 3]);
  });
});
