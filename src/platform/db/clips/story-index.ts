import { packFingerprints, type PackedFingerprints } from '../../../core/fingerprint/find-same-story.ts';
import type { BantinDb } from '../bantin-db.ts';
import { storyCandidates } from './story-candidates.ts';

// Every clip looks for an earlier clip of its story among all fingerprints.
// Reading 50,000 of them from the index costs over a second in Chromium (a
// cursor step each); a few `meta` rows holding them packed, 4096 a row, cost
// milliseconds. The rows are a cache: a new clip is appended to the last row
// in the transaction that stores it, and the whole cache is rebuilt from the
// index whenever its size differs from the number of fingerprinted clips.

const PREFIX = 'story-index:';
const CHUNK = 4096;
const chunkKey = (n: number) => `${PREFIX}${String(n).padStart(5, '0')}`;

export interface StoryIndex extends PackedFingerprints {
  /** Clip ids, in the order of the packed fingerprints (oldest first). */
  ids: string[];
}

/** One row: the ids joined by newlines, since one string clones far faster than thousands. */
interface StoryChunk extends PackedFingerprints {
  ids: string;
  count: number;
}

function isChunk(value: unknown): value is StoryChunk {
  const v = value as Partial<StoryChunk> | undefined;
  return !!v && typeof v.ids === 'string' && typeof v.count === 'number' && v.halves instanceof Uint32Array && v.valid?.length === v.count;
}

function toChunk(ids: readonly string[], fingerprints: readonly string[]): StoryChunk {
  return { ids: ids.join('\n'), count: ids.length, ...packFingerprints(fingerprints) };
}

async function rebuild(db: BantinDb, chunkSize: number): Promise<StoryIndex> {
  // Oldest first, so that of equally close clips the earliest wins.
  const candidates = (await storyCandidates(db)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = candidates.map((c) => c.id);
  const rows: { key: string; value: StoryChunk }[] = [];
  for (let i = 0; i < candidates.length; i += chunkSize) {
    const part = candidates.slice(i, i + chunkSize);
    rows.push({ key: chunkKey(i / chunkSize), value: toChunk(part.map((c) => c.id), part.map((c) => c.fingerprint)) });
  }
  // A cache that cannot be written (a full disk) is simply rebuilt next time.
  await db
    .transaction('rw', db.meta, async () => {
      await db.meta.where('key').startsWith(PREFIX).delete();
      await db.meta.bulkPut(rows);
    })
    .catch(() => undefined);
  return { ids, ...packFingerprints(candidates.map((c) => c.fingerprint)) };
}

/** The packed fingerprints of every fingerprinted clip, with their ids. */
export async function loadStoryIndex(db: BantinDb, chunkSize = CHUNK): Promise<StoryIndex> {
  const [rows, count] = await db.transaction('r', [db.meta, db.articles], () =>
    Promise.all([db.meta.where('key').startsWith(PREFIX).toArray(), db.articles.where('fingerprint').above('').count()]),
  );
  const chunks = rows.map((r) => r.value);
  if (!chunks.every(isChunk) || chunks.reduce((n, c) => n + c.count, 0) !== count || count === 0) return rebuild(db, chunkSize);
  const halves = new Uint32Array(count * 2);
  const valid = new Uint8Array(count);
  const ids: string[] = [];
  for (const c of chunks) {
    halves.set(c.halves, ids.length * 2);
    valid.set(c.valid, ids.length);
    if (c.count) ids.push(...c.ids.split('\n'));
  }
  return { ids, halves, valid };
}

/**
 * Keeps the cache right when a clip's fingerprint goes from `before` to
 * `after`, inside the caller's transaction (which must include `meta`).
 * Without a cache yet there is nothing to do: the first search builds it.
 */
export async function noteFingerprintChange(db: BantinDb, id: string, before: string | undefined, after: string, chunkSize = CHUNK): Promise<void> {
  if ((before ?? '') === after) return;
  // A fingerprint changed or went: rare enough to rebuild on the next search.
  if (before) {
    await db.meta.where('key').startsWith(PREFIX).delete();
    return;
  }
  const last = await db.meta.where('key').startsWith(PREFIX).last();
  if (!last || !isChunk(last.value)) return;
  const n = Number(last.key.slice(PREFIX.length));
  if (last.value.count >= chunkSize) {
    await db.meta.put({ key: chunkKey(n + 1), value: toChunk([id], [after]) });
    return;
  }
  const chunk = last.value;
  const packed = packFingerprints([after]);
  const halves = new Uint32Array(chunk.count * 2 + 2);
  halves.set(chunk.halves);
  halves.set(packed.halves, chunk.count * 2);
  const valid = new Uint8Array(chunk.count + 1);
  valid.set(chunk.valid);
  valid[chunk.count] = packed.valid[0]!;
  const ids = chunk.count ? `${chunk.ids}\n${id}` : id;
  await db.meta.put({ key: last.key, value: { ids, count: chunk.count + 1, halves, valid } satisfies StoryChunk });
}
