import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentence-around.ts';

const TEXT = 'Năm 2025, Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng. Đây là mức cao nhất từ trước đến nay!\n\nÔng A nói: “Chúng tôi sẽ cố gắng hơn.” Hết.';

describe('sentenceAround', () => {
  it('returns the sentence holding the span', () => {
    const start = TEXT.indexOf('6.000 tỷ đồng');
    expect(sentenceAround(TEXT, start, start + 13)).toBe('Năm 2025, Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng.');
    const s2 = TEXT.indexOf('cao nhất');
    expect(sentenceAround(TEXT, s2, s2 + 8)).toBe('Đây là mức cao nhất từ trước đến nay!');
  });

  it('keeps closing quotes with their sentence and stops at paragraph breaks', () => {
    const s = TEXT.indexOf('cố gắng');
    expect(sentenceAround(TEXT, s, s + 7)).toBe('Ông A nói: “Chúng tôi sẽ cố gắng hơn.”');
  });

  it('spans two sentences when the selection does', () => {
    const s = TEXT.indexOf('đồng.');
    const e = TEXT.indexOf('Đây là') + 6;
    expect(sentenceAround(TEXT, s, e)).toBe('Năm 2025, Cục Hải quan Lạng Sơn thu 6.000 tỷ đồng. Đây là mức cao nhất từ trước đến nay!');
  });
});
