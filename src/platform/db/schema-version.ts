// One entry of the schema history. A version lists only the stores it adds or
// changes (Dexie keeps the rest) and, when rows must change shape, one pure
// function per table from a row of the previous version to a row of this one:
// the function is tested on example rows, Dexie only applies it. Rows that
// move to another table (several rows becoming one) go through `move`, a pure
// function from every row of the old table to the rows of the new one.

/** A stored row as the upgrade sees it: plain data, any shape of the past. */
export type PlainRow = Record<string, unknown>;

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: Record<string, (row: PlainRow) => PlainRow>;
  /**
   * Runs before `upgrade`; a table the version deletes can still be read here.
   * The rows of `from` go by batches of whole groups (all rows sharing their
   * `groupBy` value), so a library of millions of rows never sits in memory at
   * once; `written` counts the rows `into` received from the batches before.
   */
  move?: { from: string; into: string; groupBy: string; rows: (rows: PlainRow[], written: number) => PlainRow[] }[];
}
