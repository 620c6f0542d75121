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
});
