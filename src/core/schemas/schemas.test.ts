import { describe, expect, it } from 'vitest';
import { BundleFileSchema, EntitySchema, FORMAT_VERSION } from './index.ts';

describe('EntitySchema', () => {
  it('accepts an amount with its value shape and refuses a wrong one', () => {
    const ok = EntitySchema.safeParse({
      type: 'amount', text: '6.000 tỷ đồng', start: 0, end: 13, sentence: 'Thu 6.000 tỷ đồng.',
      value: { amount: 6e12, currency: 'VND' },
    });
    expect(ok.success).toBe(true);
    const bad = EntitySchema.safeParse({
      type: 'amount', text: '6.000 tỷ đồng', start: 0, end: 13, sentence: '', value: '6000',
    });
    expect(bad.success).toBe(false);
  });
});

describe('BundleFileSchema', () => {
  it('refuses a newer format version', () => {
    const file = {
      format: 'bantin-bundle', formatVersion: FORMAT_VERSION + 1, scope: 'bundle',
      exportedAt: '2026-11-20T07:00:00Z', generator: 'test', bundles: [], clips: [],
    };
    expect(BundleFileSchema.safeParse(file).success).toBe(false);
    expect(BundleFileSchema.safeParse({ ...file, formatVersion: FORMAT_VERSION }).success).toBe(true);
  });
});
