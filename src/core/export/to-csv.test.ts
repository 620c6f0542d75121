import { describe, expect, it } from 'vitest';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { expectGolden } from './__fixtures__/expect-golden.ts';
import { parseCsv } from './__fixtures__/parse-csv.ts';
import { toClipsCsv } from './to-clips-csv.ts';
import { csvCell, toCsv } from './to-csv.ts';
import { toFiguresCsv } from './to-figures-csv.ts';

describe('toCsv', () => {
  it('quotes only where RFC 4180 needs it and round-trips through a reader', () => {
    const rows = [['a', 'b,c', 'd"e', 'f\r\ng', ' h', 'Việt Nam'], ['', '1', '2.5', 'x', 'y', 'z']];
    const text = toCsv(rows, { bom: false });
    expect(text).toBe('a,"b,c","d""e","f\r\ng"," h",Việt Nam\r\n,1,2.5,x,y,z\r\n');
    expect(parseCsv(text)).toEqual(rows);
  });

  it('starts with a BOM by default and guards formulas in text, not in numbers', () => {
    expect(toCsv([['x']]).charCodeAt(0)).toBe(0xfeff);
    expect(['=SUM(A1)', '+84', '-1', '@cmd', '\tx'].map(csvCell)).toEqual(["'=SUM(A1)", "'+84", "'-1", "'@cmd", "'\tx"]);
    expect([csvCell(-1.5), csvCell(null), csvCell(true)]).toEqual(['-1.5', '', 'true']);
  });
});

describe('toClipsCsv', () => {
  const text = toClipsCsv(exampleClips);

  it('matches the golden file', () => {
    expectGolden('clips.csv', text);
  });

  it('has one row per clip with Vietnam dates, person-checked campaigns and units, and guarded cells', () => {
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toHaveLength(11);
    expect(rows).toHaveLength(exampleClips.length);
    const huuNghi = rows[2]!;
    expect(huuNghi.slice(0, 8)).toEqual(['Hải quan Hữu Nghị thắp sáng đường biên với “Dân vận khéo”', 'Báo Hải quan', '2026-11-17',
      'https://haiquanonline.com.vn/huu-nghi-dan-van-kheo-185261117.html', 'N.Linh', 'dân vận', 'Dân vận khéo', 'Chi cục Hải quan cửa khẩu Hữu Nghị']);
    const kyCuong = rows[4]!;
    expect(kyCuong[5]).toBe("'=HYPERLINK(\"x\"); chủ đề năm");
    expect(kyCuong[8]).toBe('\'+84 đường dây nóng; "trích dẫn", xuống dòng\nmới');
    expect(kyCuong[10]).toBe('2026-11-20 09:00');
    expect(rows[3]!.slice(1, 5)).toEqual(['langson.gov.vn', '', 'https://www.langson.gov.vn/tin-tuc/chi-ma-kim-ngach', '']);
  });

  it('writes English headers on request and leaves header and BOM out for later chunks', () => {
    expect(toClipsCsv(exampleClips, { lang: 'en' })).toContain('Title,Site,Published,URL');
    const chunk = toClipsCsv(exampleClips.slice(0, 1), { header: false, bom: false });
    expect(chunk.startsWith('Cục Hải quan Lạng Sơn')).toBe(true);
  });
});

describe('toFiguresCsv', () => {
  const text = toFiguresCsv(exampleClips);

  it('matches the golden file', () => {
    expectGolden('figures.csv', text);
  });

  it('has one row per figure mention with normalised value, unit, approximator, sentence and source', () => {
    const [, ...rows] = parseCsv(text.slice(1));
    const amount = rows.find((r) => r[1] === '6.452,7 tỷ đồng')!;
    expect(amount).toEqual(['amount', '6.452,7 tỷ đồng', '6452700000000', 'VND', '',
      'Năm 2026, Cục Hải quan Lạng Sơn thu ngân sách đạt 6.452,7 tỷ đồng, tăng 31,7% so với cùng kỳ.',
      'Cục Hải quan Lạng Sơn thu ngân sách vượt 6.000 tỷ đồng', 'Báo Hải quan', '2026-11-18',
      'https://haiquanonline.com.vn/cuc-hai-quan-lang-son-thu-ngan-sach-185261118.html']);
    expect(rows.find((r) => r[1] === 'gần 3.500 bộ tờ khai')!.slice(2, 5)).toEqual(['3500', 'bộ tờ khai', 'nearly']);
    expect(rows.find((r) => r[0] === 'percent')!.slice(2, 4)).toEqual(['31.7', '%']);
    expect(rows.find((r) => r[0] === 'date')!.slice(1, 3)).toEqual(['Năm 2026', '2026']);
    expect(rows.filter((r) => r[0] === 'marker').map((r) => r[2])).toEqual(['1039', '1221']);
    expect(rows.filter((r) => r[0] === 'unit' || r[0] === 'campaign')).toEqual([]);
  });
});
