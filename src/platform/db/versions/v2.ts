import type { ReviewedEntity } from '../../../core/schemas/index.ts';
import { encodeEntityList } from '../entity-list.ts';
import type { PlainRow, SchemaVersion } from '../schema-version.ts';

// Version 2: a clip's entities are one row of `clipEntities` (entity-list.ts)
// instead of one row per entity in `entities`, which goes. Storing 10,000
// clips wrote 400,000 entity rows and 800,000 index entries; now 10,000 rows.
// Each clip's rows become its list, numbered in the order of their old ids.

/** v1 `entities` rows (all of each clip's, any order) as v2 `clipEntities` rows, seq after `written`, in order of each clip's first row. */
export function entityListsFromRows(rows: PlainRow[], written = 0): PlainRow[] {
  const byClip = new Map<string, PlainRow[]>();
  for (const row of rows) {
    const clipId = row.clipId as string;
    const list = byClip.get(clipId);
    if (list) list.push(row);
    else byClip.set(clipId, [row]);
  }
  let seq = written;
  return [...byClip].map(([clipId, list]) => {
    const ordered = [...list].sort((a, b) => (a.id as number) - (b.id as number));
    const items = ordered.map((row, n) => ({ n, entity: row as unknown as ReviewedEntity }));
    return encodeEntityList(clipId, ++seq, items.length, items) as unknown as PlainRow;
  });
}

export const v2: SchemaVersion = {
  version: 2,
  stores: {
    clipEntities: 'clipId, &seq',
    entities: null,
  },
  move: [{ from: 'entities', into: 'clipEntities', groupBy: 'clipId', rows: entityListsFromRows }],
};
