import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, splitSentences } from './split-sentences.ts';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a period before a capital, even with no space after it', () => {
    expect(sentences('Số thu tăng so với năm 2016.Theo lãnh đạo ngành, kết quả tốt. Tiếp tục phấn đấu!')).toEqual([
      'Số thu tăng so với năm 2016.',
      'Theo lãnh đạo ngành, kết quả tốt.',
      'Tiếp tục phấn đấu!',
    ]);
  });

  it('keeps initials, abbreviations and numbers inside the sentence', () => {
    expect(sentences('Ảnh: T.Bình. Ông ở TP. Hải Phòng và TP.Hà Giang, thu 1.034 vụ.')).toEqual([
      'Ảnh: T.Bình.',
      'Ông ở TP. Hải Phòng và TP.Hà Giang, thu 1.034 vụ.',
    ]);
  });

  it('always splits at a newline and finds the sentence of an offset', () => {
    const text = 'Dòng một\nDòng hai có 20/4';
    const spans = splitSentences(text);
    expect(spans).toHaveLength(2);
    expect(sentenceIndexAt(spans, text.indexOf('20/4'))).toBe(1);
  });
});
