import { useEffect, useState } from 'preact/hooks';
import type { Bundle } from '../../core/schemas/index.ts';
import { watchBundles, watchBundlesWithClip } from '../../platform/bundles/watch-bundles.ts';
import { getBantinDb } from '../../platform/db/open-db.ts';

/** All bundles, kept current as they change anywhere; null while loading. */
export function useBundles(): Bundle[] | null {
  const [bundles, setBundles] = useState<Bundle[] | null>(null);
  useEffect(() => watchBundles(getBantinDb(), setBundles, () => setBundles([])), []);
  return bundles;
}

/** The bundles holding a clip, kept current; null while loading. */
export function useBundlesWithClip(clipId: string): Bundle[] | null {
  const [bundles, setBundles] = useState<Bundle[] | null>(null);
  useEffect(() => {
    setBundles(null);
    return watchBundlesWithClip(getBantinDb(), clipId, setBundles, () => setBundles([]));
  }, [clipId]);
  return bundles;
}
