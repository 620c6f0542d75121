import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../core/schemas/index.ts';
import { getClips } from '../../platform/db/clips-repository.ts';
import { useLibraryServices } from './library-services.ts';

// The rows of a 50,000-clip list are read a page at a time, for the pages in
// view: the list holds only ids, and at most a few thousand rows stay cached.

const PAGE = 50;
const MAX_CACHED = 3000;

export interface ClipRows {
  row(id: string): Clip | undefined;
  /** The list shows rows [start, end): read what is missing. */
  request(start: number, end: number): void;
}

export function useClipRows(ids: readonly string[], version: number): ClipRows {
  const { db } = useLibraryServices();
  const [rows, setRows] = useState(() => new Map<string, Clip>());
  /** Pages read (or being read) for the current ids and version. */
  const pages = useRef(new Set<number>());
  const range = useRef<[number, number]>([0, 0]);

  const request = useCallback(
    (start: number, end: number) => {
      range.current = [start, end];
      for (let p = Math.floor(start / PAGE); p * PAGE < end; p++) {
        if (pages.current.has(p)) continue;
        pages.current.add(p);
        const slice = ids.slice(p * PAGE, (p + 1) * PAGE);
        const owner = pages.current;
        getClips(db, slice)
          .then((clips) => {
            if (owner !== pages.current) return; // a newer list replaced this one meanwhile
            setRows((previous) => keepNear(previous, clips, ids, range.current));
          })
          .catch(() => owner.delete(p));
      }
    },
    [db, ids, version],
  );

  // A new list or a change in storage: read the rows in view again (the old ones show meanwhile).
  useEffect(() => {
    pages.current = new Set();
    request(...range.current);
  }, [request]);

  return { row: (id) => rows.get(id), request };
}

function keepNear(previous: Map<string, Clip>, clips: readonly Clip[], ids: readonly string[], [start, end]: [number, number]): Map<string, Clip> {
  const next = new Map(previous);
  for (const clip of clips) next.set(clip.id, clip);
  if (next.size <= MAX_CACHED) return next;
  const near = new Set(ids.slice(Math.max(0, start - MAX_CACHED / 4), end + MAX_CACHED / 4));
  for (const id of next.keys()) if (!near.has(id)) next.delete(id);
  return next;
}
