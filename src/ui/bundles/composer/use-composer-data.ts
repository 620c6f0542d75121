import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Bundle, ExportedClip } from '../../../core/schemas/index.ts';
import { useBundlesDb } from '../bundles-db.tsx';
import { readBundleWithClips } from '../../../platform/export/read-exported-clips.ts';

export type ComposerData =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; error: unknown }
  | { state: 'ready'; bundle: Bundle; clips: ExportedClip[] };

/** A bundle with its whole clips, as of one moment; `reload` reads them again. */
export function useComposerData(bundleId: string): { data: ComposerData; reload: () => void } {
  const db = useBundlesDb();
  const [data, setData] = useState<ComposerData>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let alive = true;
    readBundleWithClips(db, bundleId).then(
      (read) => alive && setData(read ? { state: 'ready', ...read } : { state: 'missing' }),
      (error: unknown) => alive && setData({ state: 'failed', error }),
    );
    return () => {
      alive = false;
    };
  }, [db, bundleId, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, reload };
}
