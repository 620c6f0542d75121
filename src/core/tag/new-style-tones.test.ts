import { describe, expect, it } from 'vitest';
import { newStyleTones } from './new-style-tones.ts';

describe('newStyleTones', () => {
  it('moves the tone of an open syllable', () => {
    expect(newStyleTones('hoà bình, Uỷ ban, thuỷ sản, Hoá')).toBe('hòa bình, Ủy ban, thủy sản, Hóa');
  });
  it('leaves closed syllables and "quý" alone', () => {
    expect(newStyleTones('Nguyễn Văn Hoàn kiểm soát quý III, Huỳnh')).toBe('Nguyễn Văn Hoàn kiểm soát quý III, Huỳnh');
  });
  it('composes NFD input', () => {
    expect(newStyleTones('ho\u0061\u0300')).toBe('hòa');
  });
});
