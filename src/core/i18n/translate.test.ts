import { describe, expect, it } from 'vitest';
import { formatClipTime } from './format-clip-time.ts';
import { messagesEn } from './messages-en.ts';
import { messagesVi } from './messages-vi.ts';
import { isMessageKey, translate } from './translate.ts';

describe('translate', () => {
  it('speaks Vietnamese by default and English on request', () => {
    expect(translate('vi', 'menu.clip-page')).toBe('Kẹp bài này');
    expect(translate('en', 'menu.clip-page')).toBe('Clip this article');
    expect(translate('fr', 'menu.clip-selection')).toBe('Kẹp đoạn đã chọn');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('vi', 'clip.already-clipped', { when: formatClipTime('2026-11-20T07:05:00Z') }))
      .toBe('Đã kẹp lúc 14:05, 20/11/2026');
    expect(translate('en', 'badge.clipped', {})).toBe('Clipped: {title}');
  });

  it('has the same placeholders in every language', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messagesVi) as (keyof typeof messagesVi)[]) {
      expect(holes(messagesEn[key]), key).toEqual(holes(messagesVi[key]));
    }
  });

  it('recognises catalog keys built from codes', () => {
    expect(isMessageKey('error.storage-full')).toBe(true);
    expect(isMessageKey('error.nope')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
  });
});

describe('formatClipTime', () => {
  it('shows the Hà Nội clock, crossing midnight where it must', () => {
    expect(formatClipTime('2026-11-19T18:30:00Z')).toBe('01:30, 20/11/2026');
    expect(formatClipTime('2026-11-20T14:05:00+07:00')).toBe('14:05, 20/11/2026');
    expect(formatClipTime('not a date')).toBe('');
  });
});
