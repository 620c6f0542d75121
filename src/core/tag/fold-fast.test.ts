import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { foldFast } from './fold-fast.ts';

describe('foldFast', () => {
  it('folds exactly as foldText does, length kept', () => {
    const s = 'Chi cục Hải quan khu vực III – Đồng Đăng\u00a0(ủy ban) ‐‑‒—―− 6.452,7 tỷ “Dân vận khéo” 中国 😀 '.repeat(5);
    expect(foldFast(s)).toBe(foldText(s));
    expect(foldFast(s)).toHaveLength(s.length);
  });
});
