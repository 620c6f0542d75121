import { describe, expect, it } from 'vitest';
import { toNfc } from './to-nfc.ts';

describe('toNfc', () => {
  it('composes decomposed Vietnamese and keeps composed text as it is', () => {
    const composed = 'Cục Hải quan Lạng Sơn – “Dân vận khéo” 6.452,7 tỷ đồng…';
    expect(toNfc(composed.normalize('NFD'))).toBe(composed);
    expect(toNfc(composed)).toBe(composed);
  });

  it('agrees with normalize() on singletons, Hangul and marks after a stable letter', () => {
    for (const s of ['\u212b ngày', '\u2126', 'a\u0301', '\u1100\u1161', '\uf900', 'ơ\u0300', 'đ\u0323', 'x\u00a0y']) {
      expect(toNfc(s)).toBe(s.normalize('NFC'));
    }
  });
});
