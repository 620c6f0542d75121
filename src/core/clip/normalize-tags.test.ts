import { describe, expect, it } from 'vitest';
import { normalizeTag, normalizeTags } from './normalize-tags.ts';

describe('normalizeTags', () => {
  it('merges spellings of one tag and keeps the first', () => {
    expect(normalizeTags(['Chống buôn lậu', ' chống  buôn lậu ', 'CHỐNG BUÔN LẬU', 'Thanh Hoá', 'Thanh Hóa', ''])).toEqual([
      'Chống buôn lậu',
      'Thanh Hóa',
    ]);
  });

  it('composes decomposed input', () => {
    expect(normalizeTag('Hải quan'.normalize('NFD'))).toBe('Hải quan');
  });
});
