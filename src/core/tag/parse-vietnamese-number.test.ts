import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from './parse-vietnamese-number.ts';

const value = (s: string) => parseVietnameseNumber(s, 0)?.value;

describe('parseVietnameseNumber', () => {
  it('reads "." as thousands and "," as decimals', () => {
    expect(value('6.452,7 tỷ')).toBe(6452.7);
    expect(value('88.165 tỷ')).toBe(88165);
    expect(value('1.034.000')).toBe(1034000);
    expect(value('1,2 tỷ')).toBe(1.2);
    expect(value('0,72%')).toBe(0.72);
    expect(value('26.062,34km2')).toBe(26062.34);
  });

  it('reads English-style figures where the Vietnamese reading is impossible', () => {
    expect(value('4.5 kg')).toBe(4.5);
    expect(value('1,200,000 USD')).toBe(1200000);
    expect(value('1,234.5')).toBe(1234.5);
  });

  it('stops before a trailing separator and reports where it ends', () => {
    const n = parseVietnameseNumber('đạt 2.959, tăng', 4);
    expect(n).toMatchObject({ value: 2959, end: 9, fractional: false });
    expect(parseVietnameseNumber('05 vụ', 0)).toMatchObject({ value: 5, intDigits: 2 });
    expect(parseVietnameseNumber('không số', 0)).toBeNull();
  });
});
