import { describe, expect, it } from 'vitest';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { expectGolden } from './__fixtures__/expect-golden.ts';
import { bylineAuthors } from './citation-fields.ts';
import { toCslJson, type CslItem } from './to-csl-json.ts';
import { toRis } from './to-ris.ts';

describe('bylineAuthors', () => {
  it('keeps each Vietnamese name whole and splits bylines of several people', () => {
    expect(bylineAuthors('Trí Dũng')).toEqual(['Trí Dũng']);
    expect(bylineAuthors('Hoàng Yến, Thu Hà')).toEqual(['Hoàng Yến', 'Thu Hà']);
    expect(bylineAuthors('Minh Anh - Quang Hùng')).toEqual(['Minh Anh', 'Quang Hùng']);
    expect(bylineAuthors('Bài và ảnh: Thu Hà và Minh Anh')).toEqual(['Thu Hà', 'Minh Anh']);
    expect(bylineAuthors('N.Linh')).toEqual(['N.Linh']);
    expect(bylineAuthors(null)).toEqual([]);
  });
});

describe('toCslJson', () => {
  const text = toCslJson(exampleClips);
  const items = JSON.parse(text) as CslItem[];

  it('matches the golden file', () => {
    expectGolden('clips.csl.json', text);
  });

  it('describes newspaper articles the way Zotero imports them', () => {
    expect(items[0]).toEqual({
      id: 'clip-lang-son-thu-ngan-sach', type: 'article-newspaper',
      title: 'Cục Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng',
      URL: 'https://haiquanonline.com.vn/cuc-hai-quan-lang-son-thu-ngan-sach-185261118.html', language: 'vi',
      author: [{ literal: 'Trí Dũng' }], 'container-title': 'Báo Hải quan',
      issued: { 'date-parts': [[2026, 11, 18]] }, accessed: { 'date-parts': [[2026, 11, 20]] },
      abstract: 'Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách năm 2026.',
      keyword: 'Thi đua yêu nước, Cục Hải quan Lạng Sơn, thu ngân sách, Lạng Sơn',
    });
    expect(items[2]!.issued).toEqual({ 'date-parts': [[2026, 11, 17]] });
    expect(items[2]!.keyword).toBe('Dân vận khéo, Chi cục Hải quan cửa khẩu Hữu Nghị, dân vận');
    expect(items[3]).not.toHaveProperty('issued');
    expect(items[3]).not.toHaveProperty('author');
    expect(items[3]!['container-title']).toBe('langson.gov.vn');
  });
});

describe('toRis', () => {
  const text = toRis(exampleClips);
  const records = text.split('\r\n\r\n').filter(Boolean);

  it('matches the golden file', () => {
    expectGolden('clips.ris', text);
  });

  it('writes one TY…ER record per clip, every line in the form Zotero reads', () => {
    expect(records).toHaveLength(exampleClips.length);
    for (const r of records) {
      const lines = r.split('\r\n');
      expect(lines[0]).toBe('TY  - NEWS');
      expect(lines.at(-1)).toBe('ER  - ');
      for (const l of lines) expect(l).toMatch(/^[A-Z][A-Z0-9]  - .*$/);
    }
  });

  it('carries authors as written, the site as T2, dates, URL, access day, abstract and keywords', () => {
    const first = records[0]!.split('\r\n');
    expect(first).toEqual([
      'TY  - NEWS', 'TI  - Cục Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng', 'AU  - Trí Dũng', 'T2  - Báo Hải quan',
      'PY  - 2026', 'DA  - 2026/11/18', 'UR  - https://haiquanonline.com.vn/cuc-hai-quan-lang-son-thu-ngan-sach-185261118.html',
      'Y2  - 2026/11/20', 'AB  - Hải quan Lạng Sơn về đích sớm nhiệm vụ thu ngân sách năm 2026.', 'LA  - vi',
      'KW  - Thi đua yêu nước', 'KW  - Cục Hải quan Lạng Sơn', 'KW  - thu ngân sách', 'KW  - Lạng Sơn',
      'N1  - Số liệu chính thức của Cục.', 'ER  - ',
    ]);
    const last = records[4]!.split('\r\n');
    expect(last.filter((l) => l.startsWith('AU'))).toEqual(['AU  - Hoàng Yến', 'AU  - Thu Hà']);
    expect(last).toContain('N1  - +84 đường dây nóng; "trích dẫn", xuống dòng mới');
  });
});
