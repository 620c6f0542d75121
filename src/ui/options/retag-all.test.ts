import { describe, expect, it, vi } from 'vitest';
import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import { clippedOutcome } from '../popup/testing/example-outcome.ts';
import { retagAll } from './retag-all.ts';

const ok = async (_clipId: string): Promise<ClipOutcome> => clippedOutcome();

describe('retagAll', () => {
  it('re-tags every clip in batches and reports progress after each', async () => {
    const seen: number[] = [];
    const retag = vi.fn(ok);
    const result = await retagAll(['a', 'b', 'c', 'd', 'e'], retag, { batchSize: 2, onProgress: (p) => seen.push(p.done) });
    expect(retag.mock.calls.map(([id]) => id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(seen).toEqual([0, 2, 4, 5]);
    expect(result).toEqual({ done: 5, total: 5, failed: 0, stopped: false });
  });

  it('counts failures and rejections without stopping', async () => {
    const retag = async (id: string): Promise<ClipOutcome> => {
      if (id === 'b') return { kind: 'failed', error: 'clip-not-found', clipId: id };
      if (id === 'c') throw new Error('no-receiver');
      return clippedOutcome();
    };
    expect(await retagAll(['a', 'b', 'c', 'd'], retag, { batchSize: 3 })).toEqual({ done: 4, total: 4, failed: 2, stopped: false });
  });

  it('stops between batches when asked', async () => {
    const controller = new AbortController();
    const retag = vi.fn(async () => {
      controller.abort();
      return clippedOutcome();
    });
    const result = await retagAll(['a', 'b', 'c', 'd'], retag, { batchSize: 2, signal: controller.signal });
    expect(retag).toHaveBeenCalledTimes(2);
    expect(result).toEqual({ done: 2, total: 4, failed: 0, stopped: true });
  });
});
