import { describe, expect, it } from 'vitest';
import { parseDateline } from './parse-dateline.ts';
import { toIsoDate } from './to-iso-date.ts';

describe('parseDateline', () => {
  it.each([
    ['Thứ tư, 20/10/2021', '2021-10-20T00:00:00+07:00'],
    ['11:43 | 09/01/2020', '2020-01-09T11:43:00+07:00'],
    ['20/10/2021 08:15 GMT+7', '2021-10-20T08:15:00+07:00'],
    ['Thứ Hai, 3/6/2024, 21:05 (GMT+7)', '2024-06-03T21:05:00+07:00'],
    ['28-07-2018 - 12:35 PM', '2018-07-28T12:35:00+07:00'],
    ['28-07-2018 - 12:35 AM', '2018-07-28T00:35:00+07:00'],
    ['Cập nhật: 14h08 ngày 05/04/2024', '2024-04-05T14:08:00+07:00'],
    ['Ngày 18 Tháng 08 Năm 2026, 01:53:59', '2026-08-18T01:53:59+07:00'],
    ['Đăng lúc 07:30 05.12.2023', '2023-12-05T07:30:00+07:00'],
    ['2023/12/05 07:30', '2023-12-05T07:30:00+07:00'],
    ['10/05/2024 10:00 GMT+0', '2024-05-10T17:00:00+07:00'],
  ])('%s', (text, iso) => {
    expect(parseDateline(text)).toBe(iso);
  });

  it('refuses impossible dates and text without a date', () => {
    expect(parseDateline('31/02/2024')).toBeNull();
    expect(parseDateline('Tin mới nhất')).toBeNull();
    expect(parseDateline('')).toBeNull();
    expect(parseDateline('lúc 25:10 ngày 12/13/2024')).toBeNull();
  });
});

describe('toIsoDate', () => {
  it('reads ISO forms and writes them in +07:00', () => {
    expect(toIsoDate('2022-01-25T06:00:00+07:00')).toBe('2022-01-25T06:00:00+07:00');
    expect(toIsoDate('2022-01-24T23:00:00Z')).toBe('2022-01-25T06:00:00+07:00');
    expect(toIsoDate('2015-03-23 08:06 +07:00')).toBe('2015-03-23T08:06:00+07:00');
    expect(toIsoDate('2018-07-28T00:35:00')).toBe('2018-07-28T00:35:00+07:00');
    expect(toIsoDate('2018-07-28T00:35:00.000+0700')).toBe('2018-07-28T00:35:00+07:00');
    expect(toIsoDate('2024-02-29')).toBe('2024-02-29T00:00:00+07:00');
    expect(toIsoDate('1761135952')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });
});
