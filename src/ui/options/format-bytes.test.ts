import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatShare } from './format-bytes.ts';

describe('formatBytes', () => {
  it('writes sizes the way each language reads them', () => {
    expect(formatBytes(12_900_000, 'vi')).toBe('12,3 MB');
    expect(formatBytes(12_900_000, 'en')).toBe('12.3 MB');
    expect(formatBytes(512, 'vi')).toBe('512 B');
    expect(formatBytes(300 * 1024 ** 3, 'en')).toBe('300 GB');
  });
  it('keeps a decimal for small shares and groups thousands', () => {
    expect(formatShare(12_900_000, 2 * 1024 ** 3, 'vi')).toBe('0,6%');
    expect(formatShare(1, 2, 'en')).toBe('50%');
    expect(formatShare(560_000, 78 * 1024 ** 3, 'vi')).toBe('< 0,1%');
    expect(formatShare(0, 78 * 1024 ** 3, 'en')).toBe('0%');
    expect(formatCount(12345, 'vi')).toBe('12.345');
  });
});
