import { describe, expect, it } from 'vitest';
import { tagEntities } from './tag-entities.ts';

// Inputs no article has, which must neither throw nor take long (linear
// scans only). Speed itself is measured by scripts/bench/bench-tagger.ts.
describe('tagEntities on odd input', () => {
  it('survives punctuation, lone quotes, symbols, other scripts and Object.prototype words', () => {
    const odd = [
      '“'.repeat(500) + ' phong trào “',
      "'".repeat(300) + ' khẩu hiệu " ' + '"'.repeat(300),
      '1/2/3/4/5/6/7/8/9 '.repeat(50),
      'constructor toString __proto__ hasOwnProperty 5 constructor',
      '中华人民共和国海关总署 😀😀 ١٢٣ — – ‐ ',
      'CỤC HẢI QUAN '.repeat(200),
      'Ban Ban Ban Nguyễn Văn A Ban '.repeat(100),
      'mốc 1, 2, 3, 4, 5, '.repeat(100),
    ];
    for (const text of odd) {
      const found = tagEntities(text);
      for (const e of found) expect(text.normalize('NFC').slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('does not take an English word for a currency or an approximator', () => {
    expect(tagEntities('constructor 5 triệu toString').map((e) => e.value)).toEqual([{ amount: 5e6, currency: 'VND' }]);
  });
});
