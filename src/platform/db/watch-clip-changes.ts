import Dexie from 'dexie';
import type { BantinDb } from './bantin-db.ts';

// Dexie reports every committed write as "storagemutated" with the parts it
// touched, in this context and, through a BroadcastChannel, in every other
// one of the extension (the background storing a clip, another library tab).
// The library and its search index follow the clips through this.

type MutatedParts = Record<string, unknown>;

const CLIP_TABLES = ['articles', 'bodies', 'entities'] as const;

/**
 * Calls `onChange` once writes to the clips (rows, bodies or entities) have
 * settled for `delayMs`; returns a function that stops watching.
 */
export function watchClipChanges(db: BantinDb, onChange: () => void, delayMs = 200): () => void {
  const prefixes = CLIP_TABLES.map((t) => `idb://${db.name}/${t}/`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: MutatedParts) => {
    // "all" comes after a page is restored from the back-forward cache: anything may have changed.
    if (!Object.keys(parts).some((key) => key === 'all' || prefixes.some((p) => key.startsWith(p)))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
