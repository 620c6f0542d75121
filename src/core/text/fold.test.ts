import { describe, expect, it } from 'vitest';
import { canonicalSpelling, foldText, normalizeTone } from './fold.ts';

describe('foldText', () => {
  it('strips Vietnamese diacritics and đ, lower-cases', () => {
    expect(foldText('Hải quan Lạng Sơn')).toBe('hai quan lang son');
    expect(foldText('ĐƯỜNG đường')).toBe('duong duong');
  });
  it('keeps the length, so offsets carry over', () => {
    const s = 'Chi cục Hải quan khu vực III – Đồng Đăng\u00a0(ủy ban)';
    expect(foldText(s)).toHaveLength(s.length);
    expect(foldText(s)).toBe('chi cuc hai quan khu vuc iii - dong dang (uy ban)');
  });
  it('folds old and new tone placement alike', () => {
    expect(foldText('hoà uỷ')).toBe(foldText('hòa ủy'));
  });
  it('folds long text beyond one chunk', () => {
    const s = 'Ư'.repeat(10_000);
    expect(foldText(s)).toBe('u'.repeat(10_000));
  });
});

describe('normalizeTone and canonicalSpelling', () => {
  it('moves old-style tones to the new place', () => {
    expect(normalizeTone('Hoà Bình, Uỷ ban, thuỷ')).toBe('Hòa Bình, Ủy ban, thủy');
  });
  it('leaves closed syllables and qu- alone', () => {
    expect(normalizeTone('kiểm soát, hoạt động, Huỳnh, quý, khuỷu')).toBe('kiểm soát, hoạt động, Huỳnh, quý, khuỷu');
  });
  it('composes NFD input', () => {
    expect(canonicalSpelling('Ha\u0309i quan')).toBe('Hải quan');
  });
});
