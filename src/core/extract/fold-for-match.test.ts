import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold.ts';
import { foldForMatch } from './fold-for-match.ts';

describe('foldForMatch', () => {
  it('folds like foldText on Vietnamese text, keeping the length', () => {
    const s = 'Tin liên quan – ĐỌC NHIỀU: Hải quan Lạng Sơn\u00a0đạt 6.452,7 tỷ đồng';
    expect(foldForMatch(s)).toBe(foldText(s));
    expect(foldForMatch(s)).toHaveLength(s.length);
  });
  it('leaves other scripts alone', () => {
    expect(foldForMatch('海关 Привет')).toBe('海关 привет');
  });
});
