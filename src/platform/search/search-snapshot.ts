import { SearchIndex } from '../../core/search/search-index.ts';
import type { SearchChunkRow } from '../db/bantin-db.ts';
import type { SnapshotStamp } from '../db/search-snapshot-repository.ts';
import { chunkDigest } from './chunk-digest.ts';

// The persisted search index: the core's chunks (postings in chunks of a few
// MB, the term list, the document table) as rows "index:<key>", plus one
// state row saying which clips, in which version, the index holds. Both are
// written in one transaction, so the state always describes the chunks.

export const STATE_ROW_ID = 'state';
const INDEX_PREFIX = 'index:';
const FORMAT = 1;

interface SnapshotState extends SnapshotStamp {
  format: number;
  /** Indexed clip ids joined by newlines: one string clones far faster than 50,000. */
  ids: string;
  /** Search versions (db/search-source.ts) of the indexed clips that were not ready. */
  unsettled: Record<string, string>;
  savedAt: string;
}

export interface Snapshot {
  index: SearchIndex;
  /** Indexed clip id → its search version. */
  versions: Map<string, string>;
  generation: string;
}

function isState(data: unknown): data is SnapshotState {
  const s = data as Partial<SnapshotState> | undefined;
  return !!s && s.format === FORMAT && typeof s.ids === 'string' && typeof s.generation === 'string' && !!s.unsettled && typeof s.unsettled === 'object';
}

/** The snapshot in `rows`, or undefined when there is none or it cannot be read (then the index is rebuilt). */
export function readSnapshot(rows: readonly SearchChunkRow[]): Snapshot | undefined {
  const state = rows.find((r) => r.id === STATE_ROW_ID)?.data;
  if (!isState(state)) return undefined;
  const chunks = rows
    .filter((r) => r.id.startsWith(INDEX_PREFIX))
    .map((r) => ({ key: r.id.slice(INDEX_PREFIX.length), data: r.data as string | Uint8Array | Uint32Array }));
  let index: SearchIndex;
  try {
    index = SearchIndex.deserialize(chunks);
  } catch {
    return undefined;
  }
  const ids = state.ids === '' ? [] : state.ids.split('\n');
  if (ids.length !== index.size || !ids.every((id) => index.has(id))) return undefined;
  const versions = new Map(ids.map((id) => [id, state.unsettled[id] ?? '']));
  return { index, versions, generation: state.generation };
}

function newGeneration(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The rows of a snapshot of `index` holding the clips of `versions`. */
export function writeSnapshot(index: SearchIndex, versions: ReadonlyMap<string, string>, chunkBytes: number, now = new Date()): { rows: SearchChunkRow[]; generation: string } {
  const rows: SearchChunkRow[] = index.serialize(chunkBytes).map((c) => ({ id: INDEX_PREFIX + c.key, data: c.data }));
  const digests = Object.fromEntries(rows.map((r) => [r.id, chunkDigest(r.data)]));
  const unsettled: Record<string, string> = {};
  for (const [id, version] of versions) if (version) unsettled[id] = version;
  const generation = newGeneration();
  const state: SnapshotState = { format: FORMAT, generation, digests, ids: [...versions.keys()].join('\n'), unsettled, savedAt: now.toISOString() };
  return { rows: [...rows, { id: STATE_ROW_ID, data: state }], generation };
}
