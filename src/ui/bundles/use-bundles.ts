import { useEffect, useState } from 'preact/hooks';
import type { Bundle } from '../../core/schemas/index.ts';
import { watchBundles, watchBundlesWithClip } from '../../platform/bundles/watch-bundles.ts';
import { useBundlesDb } from './bundles-db.tsx';

/** All bundles, kept current as they change anywhere; null while loading. */
export function useBundles(): Bundle[] | null {
  const db = useBundlesDb();
  const [bundles, setBundles] = useState<Bundle[] | null>(null);
  useEffect(() => watchBundles(db, setBundles, () => setBundles([])), [db]);
  return bundles;
}

/** The bundles holding a clip, kept current; null while loading. */
export function useBundlesWithClip(clipId: string): Bundle[] | null {
  const db = useBundlesDb();
  const [bundles, setBundles] = useState<Bundle[] | null>(null);
  useEffect(() => {
    setBundles(null);
    return watchBundlesWithClip(db, clipId, setBundles, () => setBundles([]));
  }, [db, clipId]);
  return bundles;
}
