import { describe, expect, it } from 'vitest';
import { defineMessages } from './define-messages.ts';
import { translator } from './use-messages.ts';

const catalog = defineMessages({ hello: 'Chào {name}' }, { hello: 'Hello {name}' });

describe('translator', () => {
  it('uses the area catalog in the chosen language', () => {
    expect(translator('en', catalog)('hello', { name: 'Linh' })).toBe('Hello Linh');
    expect(translator('vi', catalog)('hello', { name: 'Linh' })).toBe('Chào Linh');
  });
  it('falls back to the core catalog for codes', () => {
    expect(translator('vi', catalog)('error.storage-full')).toMatch(/Bộ nhớ đã đầy/);
    expect(translator('en', catalog)('warning.no-date')).not.toBe('warning.no-date');
  });
});
