import { liveQuery } from 'dexie';
import type { Bundle } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { bundlesWithClip, getBundle, listBundles } from '../db/bundles-repository.ts';

// Bundles change in the composer while the library and the popup show them:
// Dexie's live queries follow every write, in this page and in other tabs.

export type Unwatch = () => void;

function watch<T>(query: () => Promise<T>, onChange: (value: T) => void, onError?: (error: unknown) => void): Unwatch {
  const subscription = liveQuery(query).subscribe({ next: onChange, error: (e: unknown) => onError?.(e) });
  return () => subscription.unsubscribe();
}

/** All bundles, the most recently changed first, now and after every change. */
export function watchBundles(db: BantinDb, onChange: (bundles: Bundle[]) => void, onError?: (error: unknown) => void): Unwatch {
  return watch(() => listBundles(db), onChange, onError);
}

/** The bundles holding a clip, now and after every change. */
export function watchBundlesWithClip(db: BantinDb, clipId: string, onChange: (bundles: Bundle[]) => void, onError?: (error: unknown) => void): Unwatch {
  return watch(() => bundlesWithClip(db, clipId), onChange, onError);
}

/** One bundle as stored, now and after every change (undefined once deleted). */
export function watchBundle(db: BantinDb, id: string, onChange: (bundle: Bundle | undefined) => void, onError?: (error: unknown) => void): Unwatch {
  return watch(() => getBundle(db, id), onChange, onError);
}
