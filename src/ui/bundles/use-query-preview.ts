import { useEffect, useState } from 'preact/hooks';
import type { ClipQuery } from '../../core/export/select-clips-for-query.ts';
import type { ExportedClip } from '../../core/schemas/index.ts';
import { useBundlesDb } from './bundles-db.tsx';
import { readClipsForQuery } from '../../platform/export/read-clips-for-query.ts';

export type QueryPreview = { state: 'idle' } | { state: 'counting' } | { state: 'done'; clips: ExportedClip[] } | { state: 'failed'; error: unknown };

const DELAY_MS = 300;

/**
 * The clips matching a query, read again a moment after the query stops
 * changing; a read still running when the query changes is abandoned.
 */
export function useQueryPreview(query: ClipQuery | null, enabled: boolean): QueryPreview {
  const db = useBundlesDb();
  const [preview, setPreview] = useState<QueryPreview>({ state: 'idle' });
  const key = JSON.stringify(query);
  useEffect(() => {
    if (!enabled || !query) {
      setPreview({ state: 'idle' });
      return;
    }
    setPreview({ state: 'counting' });
    const controller = new AbortController();
    const timer = setTimeout(() => {
      readClipsForQuery(db, query, { signal: controller.signal }).then(
        (clips) => !controller.signal.aborted && setPreview({ state: 'done', clips }),
        (error: unknown) => !controller.signal.aborted && setPreview({ state: 'failed', error }),
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // The query is compared by value: a new object with the same fields is no change.
  }, [db, key, enabled]);
  return preview;
}
