import { describe, expect, it } from 'vitest';
import { readCrawlerDate } from './find-dates.ts';
import { entitiesOf, valuesOf } from './test-support.ts';

describe('dates', () => {
  it('reads day-first dates in every written form', () => {
    expect(valuesOf('date', 'Ngày 20/5/2023, ngày 20 tháng 5 năm 2023, hôm 31-12-2016 và 3.9.2020.')).toEqual([
      { start: '2023-05-20' },
      { start: '2023-05-20' },
      { start: '2016-12-31' },
      { start: '2020-09-03' },
    ]);
  });

  it('keeps the precision of months and years', () => {
    expect(valuesOf('date', 'Hết tháng 5/2023, cả năm 2023 và cuối năm 2009.')).toEqual([{ start: '2023-05' }, { start: '2023' }, { start: '2009' }]);
  });

  it('reads periods and ranges', () => {
    const text = 'Giai đoạn 2021 – 2025, nhiệm kỳ 2020-2025, kỷ niệm (15/6/1933-15/6/2023) và từ 1/5/1952 – 1/5/2010.';
    expect(valuesOf('date', text)).toEqual([
      { start: '2021', end: '2025' },
      { start: '2020', end: '2025' },
      { start: '1933-06-15', end: '2023-06-15' },
      { start: '1952-05-01', end: '2010-05-01' },
    ]);
  });

  it('reads quarters, months of a year and two months at once', () => {
    expect(valuesOf('date', 'Quý I/2023 tăng; 6 tháng đầu năm 2025 và 4 tháng năm 2016; trong 2 tháng (8 và 9/2019).')).toEqual([
      { start: '2023-01', end: '2023-03' },
      { start: '2025-01', end: '2025-06' },
      { start: '2016-01', end: '2016-04' },
      { start: '2019-08', end: '2019-09' },
    ]);
  });

  it('reads datelines and timestamps', () => {
    expect(valuesOf('date', 'Thứ tư, 20/10/2021\n11:43 | 09/01/2020\n4/7/2017 5:09:16 PM')).toEqual([
      { start: '2021-10-20' },
      { start: '2020-01-09' },
      { start: '2017-07-04' },
    ]);
  });

  it('gives a yearless day the year of its sentence, else the article date', () => {
    expect(valuesOf('date', 'Sáng 10-9, ngành kỷ niệm 65 năm (10/9/1945- 10/9/2010).')[0]).toEqual({ start: '2010-09-10' });
    expect(valuesOf('date', 'Chiều 27/4, lãnh đạo cho biết số thu đến ngày 20/4 tăng.', { publishedAt: '2017-04-28T10:00:00+07:00' })).toEqual([
      { start: '2017-04-27' },
      { start: '2017-04-20' },
    ]);
    expect(valuesOf('date', 'Trong quý III, đơn vị phát động thi đua.', { publishedAt: '2010-11-02T08:00:00+07:00' })).toEqual([{ start: '2010-07', end: '2010-09' }]);
  });

  it('does not borrow a year from a comparison, and leaves a day without any year untagged', () => {
    const text = 'Từ đầu năm tới 20/4, số thu tăng 22% so với cùng kỳ năm 2016.';
    expect(valuesOf('date', text, { publishedAt: '2017-04-28T10:00:00+07:00' })).toEqual([{ start: '2017-04-20' }, { start: '2016' }]);
    expect(valuesOf('date', 'Chiều 27/4, lãnh đạo họp.')).toEqual([]);
  });

  it('puts a December day of a January article in the year before', () => {
    expect(valuesOf('date', 'Ngày 28/12, đơn vị bắt giữ lô hàng.', { publishedAt: '2026-01-05T08:00:00+07:00' })).toEqual([{ start: '2025-12-28' }]);
  });

  it('joins yearless ranges "16/3 tới 15/4"', () => {
    const [range] = entitiesOf('date', 'Từ 16/3 tới 15/4, toàn ngành bắt 1.034 vụ.', { publishedAt: '2017-04-28T10:00:00+07:00' });
    expect(range).toMatchObject({ text: '16/3 tới 15/4', value: { start: '2017-03-16', end: '2017-04-15' } });
  });

  it('skips holidays, document numbers and bare numbers', () => {
    const text = 'Dịp Quốc khánh 2/9 và Tết, theo Nghị định 70/2025/NĐ-CP, có 2016 lượt xe và tỷ lệ 1/3.';
    expect(valuesOf('date', text, { publishedAt: '2025-09-05T08:00:00+07:00' })).toEqual([]);
  });

  it('takes the crawler first line as the article date and as a date', () => {
    const text = ' date 2026-02-14 Ngày 12/2, Cục Hải quan cho biết vào ngày 26/10/2025 đã bắt giữ.';
    expect(readCrawlerDate(text)).toMatchObject({ year: 2026, month: 2, day: 14 });
    expect(valuesOf('date', text)).toEqual([{ start: '2026-02-14' }, { start: '2026-02-12' }, { start: '2025-10-26' }]);
    expect(valuesOf('date', 'date 2017-04 Lũy kế 4 tháng đầu năm đạt 92.000 tỷ đồng.')).toEqual([{ start: '2017-04' }, { start: '2017-01', end: '2017-04' }]);
  });

  it('counts "SN 1983" as a year and a year range after a count of years', () => {
    expect(valuesOf('date', 'Hoàng Văn C. (SN 1983) sau 5 năm 2016 – 2020.')).toEqual([{ start: '1983' }, { start: '2016', end: '2020' }]);
  });
});
