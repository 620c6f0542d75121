// One entry of the schema history. A version lists only the stores it adds or
// changes (Dexie keeps the rest) and, when rows must change shape, one pure
// function per table from a row of the previous version to a row of this one:
// the function is tested on example rows, Dexie only applies it.

/** A stored row as the upgrade sees it: plain data, any shape of the past. */
export type PlainRow = Record<string, unknown>;

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: Record<string, (row: PlainRow) => PlainRow>;
}
