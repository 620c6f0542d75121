import { describe, expect, it } from 'vitest';
import { Case, Gap, Kind, tokenAt, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('splits letter runs and digit runs and keeps NFC offsets', () => {
    const text = 'Ngô Duy Bách3/09/2020';
    const t = tokenize(text);
    const words = Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
    expect(words).toEqual(['Ngô', 'Duy', 'Bách', '3', '09', '2020']);
    expect(t.key.slice(0, 3)).toEqual(['ngo', 'duy', 'bach']);
    expect(t.kind[3]).toBe(Kind.Number);
    expect(t.gap[3]).toBe(Gap.Glued);
    expect(t.gap[4]).toBe(Gap.Slash);
  });

  it('tells capitals, ALL CAPS and lower case apart', () => {
    const t = tokenize('Cục TCHQ hải I');
    expect(Array.from(t.cap.subarray(0, 4))).toEqual([Case.Upper, Case.AllCaps, Case.Lower, Case.Upper]);
  });

  it('classifies separators: comma, dash of any kind, newline, period', () => {
    const t = tokenize('a, b – c\nd.e (f) g:h');
    expect(Array.from(t.gap.subarray(1, 8))).toEqual([Gap.Comma, Gap.Dash, Gap.Hard, Gap.Period, Gap.Open, Gap.Close, Gap.Colon]);
  });

  it('finds the token at an offset', () => {
    const t = tokenize('một hai ba');
    expect(tokenAt(t, 4)).toBe(1);
    expect(tokenAt(t, 5)).toBe(2);
  });

  it('gives each token its lower-case form with new-style tones, the same string for the same syllable', () => {
    const t = tokenize('Hoà Bình, hòa bình, HOÀ');
    expect(t.lower).toEqual(['hòa', 'bình', 'hòa', 'bình', 'hòa']);
    expect(t.key).toEqual(['hoa', 'binh', 'hoa', 'binh', 'hoa']);
    expect(Array.from(t.cap.subarray(0, 5))).toEqual([Case.Upper, Case.Upper, Case.Lower, Case.Lower, Case.AllCaps]);
  });

  it('recycles its arrays between texts when asked, the tail past the last token reading as zero', () => {
    const long = tokenize('Cục Hải quan Lạng Sơn có 6.452 tờ khai '.repeat(50), undefined, 0);
    expect(long.count).toBe(500);
    const short = tokenize('Ngày 20/5', undefined, 0);
    expect(short.count).toBe(3);
    expect(short.key.slice(0, 4)).toEqual(['ngay', '20', '5', undefined]);
    expect(Array.from(short.kind.subarray(0, 6))).toEqual([Kind.Word, Kind.Number, Kind.Number, 0, 0, 0]);
    expect(short.start[3]).toBe(0);
  });
});
