import { describe, expect, it } from 'vitest';
import { newClipId } from './clip-id.ts';

describe('newClipId', () => {
  it('sorts later clips after earlier ones as plain strings', () => {
    const times = [Date.UTC(2021, 0, 1), Date.UTC(2026, 10, 20, 7, 5), Date.UTC(2026, 10, 20, 7, 5, 0, 1), Date.UTC(2099, 0, 1)];
    const ids = times.map((t) => newClipId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]).toMatch(/^[0-9a-z]{9}-[0-9a-z]{8}$/);
  });

  it('differs between two clips of the same millisecond', () => {
    expect(newClipId(1000)).not.toBe(newClipId(1000));
  });
});
