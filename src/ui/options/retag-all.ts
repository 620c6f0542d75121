import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';

export interface RetagProgress {
  done: number;
  total: number;
  /** Clips that could not be tagged (unfinished, deleted meanwhile). */
  failed: number;
}

export interface RetagOptions {
  /** Clips sent at once: enough to keep the background busy, few enough to stop promptly. */
  batchSize?: number;
  onProgress?: (progress: RetagProgress) => void;
  signal?: AbortSignal;
}

/**
 * Re-tags clips in batches through `retag` (the retag-clip message), telling
 * progress after each batch; stops between batches when `signal` aborts.
 * One clip failing never stops the rest.
 */
export async function retagAll(
  ids: readonly string[],
  retag: (clipId: string) => Promise<ClipOutcome>,
  options: RetagOptions = {},
): Promise<RetagProgress & { stopped: boolean }> {
  const size = Math.max(1, options.batchSize ?? 4);
  const progress: RetagProgress = { done: 0, total: ids.length, failed: 0 };
  options.onProgress?.({ ...progress });
  for (let i = 0; i < ids.length; i += size) {
    if (options.signal?.aborted) return { ...progress, stopped: true };
    const outcomes = await Promise.all(
      ids.slice(i, i + size).map((id) => retag(id).then((o) => o.kind === 'clipped', () => false)),
    );
    progress.done += outcomes.length;
    progress.failed += outcomes.filter((ok) => !ok).length;
    options.onProgress?.({ ...progress });
  }
  return { ...progress, stopped: false };
}
