import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ClipEntity } from '../../core/schemas/clip-entity.ts';
import type { Bundle, Clip, ClipBody, VocabularyEntry } from '../../core/schemas/index.ts';
import type { EntityListRow } from './entity-list.ts';
import type { PlainRow, SchemaVersion } from './schema-version.ts';
import { SCHEMA_VERSIONS } from './schema-versions.ts';

/**
 * A clip row: the shared Clip plus its derived facet values, `site` (site
 * name, else host) and `month` (YYYY-MM published, Vietnam time, or '').
 */
export type ClipRow = Clip & { site: string; month: string };
/** One entity as the repository hands it out; stored within its clip's list (entity-list.ts). */
export type EntityRow = ClipEntity;
/** One persisted chunk of the in-memory search index, opaque to storage. */
export interface SearchChunkRow {
  id: string;
  data: unknown;
}
export interface MetaRow {
  key: string;
  value: unknown;
}

export const DEFAULT_DB_NAME = 'bantin';

/**
 * The one database of the extension. Pages and the background each open it;
 * everything reaches it through the repository modules next to this file.
 * Tests pass fake-indexeddb through `options`.
 */
export class BantinDb extends Dexie {
  articles!: EntityTable<ClipRow, 'id'>;
  bodies!: EntityTable<ClipBody, 'id'>;
  clipEntities!: EntityTable<EntityListRow, 'clipId'>;
  bundles!: EntityTable<Bundle, 'id'>;
  vocabulary!: EntityTable<VocabularyEntry, 'id'>;
  searchChunks!: EntityTable<SearchChunkRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS) {
    super(name, options);
    applySchemaVersions(this, versions);
  }
}

/** Groups of rows a `move` reads at once. */
const MOVE_BATCH = 500;

/** Declares every version; each row upgrade runs in Dexie's upgrade transaction. */
export function applySchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    const { upgrade, move } = v;
    if (!upgrade && !move) continue;
    declared.upgrade(async (tx) => {
      for (const m of move ?? []) {
        const groups = (await tx.table(m.from).orderBy(m.groupBy).uniqueKeys()) as string[];
        let written = 0;
        for (let i = 0; i < groups.length; i += MOVE_BATCH) {
          const rows = await tx.table(m.from).where(m.groupBy).anyOf(groups.slice(i, i + MOVE_BATCH)).toArray();
          const moved = m.rows(rows as PlainRow[], written);
          await tx.table(m.into).bulkAdd(moved);
          written += moved.length;
        }
      }
      for (const [table, upgradeRow] of Object.entries(upgrade ?? {})) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: PlainRow, ref: { value: PlainRow }) => {
            ref.value = upgradeRow(row);
          });
      }
    });
  }
}
