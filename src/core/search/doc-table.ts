// Documents get dense internal numbers in insertion order, so posting lists
// stay sorted by appending and delta-encode well. A removed document only
// leaves a hole (null) until the index is compacted; updates are a removal
// plus a new number.

export class DocTable {
  /** Internal number → caller's id, null once removed. */
  ids: (string | null)[] = [];
  /** Internal number → weighted length (title, lead and text tokens times their weights). */
  lengths = new Uint32Array(1024);
  private readonly byId = new Map<string, number>();
  /** Sum of the live documents' lengths, for the BM25 average. */
  totalLength = 0;
  removed = 0;

  /** Live documents. */
  get size(): number {
    return this.byId.size;
  }

  /** Internal numbers handed out, including removed ones. */
  get count(): number {
    return this.ids.length;
  }

  internal(id: string): number | undefined {
    return this.byId.get(id);
  }

  add(id: string): number {
    const doc = this.ids.length;
    this.ids.push(id);
    this.byId.set(id, doc);
    if (doc >= this.lengths.length) {
      const next = new Uint32Array(this.lengths.length * 2);
      next.set(this.lengths);
      this.lengths = next;
    }
    this.lengths[doc] = 0;
    return doc;
  }

  setLength(doc: number, length: number): void {
    this.lengths[doc] = length;
    this.totalLength += length;
  }

  /** Returns the internal number the id had, or undefined. */
  remove(id: string): number | undefined {
    const doc = this.byId.get(id);
    if (doc === undefined) return undefined;
    this.byId.delete(id);
    this.ids[doc] = null;
    this.totalLength -= this.lengths[doc]!;
    this.removed++;
    return doc;
  }

  /** Drops the holes; returns old number → new number (-1 for removed). */
  compact(): Int32Array {
    const remap = new Int32Array(this.ids.length).fill(-1);
    const ids: string[] = [];
    for (let doc = 0; doc < this.ids.length; doc++) {
      const id = this.ids[doc];
      if (id === null || id === undefined) continue;
      remap[doc] = ids.length;
      this.lengths[ids.length] = this.lengths[doc]!;
      this.byId.set(id, ids.length);
      ids.push(id);
    }
    this.ids = ids;
    this.removed = 0;
    return remap;
  }

  /** Restores a table from its ids (null for holes) and lengths. */
  static restore(ids: (string | null)[], lengths: Uint32Array): DocTable {
    if (lengths.length < ids.length) throw new Error('search-index-unreadable');
    const table = new DocTable();
    table.ids = ids;
    table.lengths = new Uint32Array(Math.max(1024, Math.ceil(ids.length * 1.25)));
    table.lengths.set(lengths.subarray(0, ids.length));
    for (let doc = 0; doc < ids.length; doc++) {
      const id = ids[doc];
      if (id === null || id === undefined) {
        table.removed++;
        continue;
      }
      if (table.byId.has(id)) throw new Error('search-index-unreadable');
      table.byId.set(id, doc);
      table.totalLength += lengths[doc]!;
    }
    return table;
  }
}
