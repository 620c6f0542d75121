import { describe, expect, it } from 'vitest';
import { normalizeTag, normalizeTags } from './normalize-tags.ts';

describe('normalizeTags', () => {
  it('merges spellings of one tag and keeps the first', () => {
    expect(normalizeTags(['Chống buôn lậu', ' chống  buôn lậu ', 'CHỐNG BUÔN LẬU', 'Thanh Hoá', 'Thanh Hóa', ''])).toEqual([
      'Chống buôn lậu',
      'Thanh Hóa',
    ]);
  });

  it('moves old-style tones of open syllables only, so words stay spelled right', () => {
    expect(normalizeTag('Hoạt động kiểm soát, Thanh Hoá, Uỷ ban, quý')).toBe('Hoạt động kiểm soát, Thanh Hóa, Ủy ban, quý');
  });

  it('composes decomposed input', () => {
    expect(normalizeTag('Hải quan'.normalize('NFD'))).toBe('Hải quan');
  });
});
