// Posting lists of all terms in one growable byte arena rather than one
// typed array per term: a news archive has 100k+ terms, most seen once, and
// a typed array object per term would cost more than its postings. A posting
// is three LEB128 varints: doc id delta, (weighted tf << 1 | has-mask), and
// the exact-form mask when it is not the common 1. Dense lists (a syllable in
// every clip) then take about 2 bytes a posting instead of 12.

/** Decoded postings of one term; the arrays are reused between calls. */
export interface DecodedPostings {
  docs: Int32Array;
  tfs: Uint32Array;
  masks: Uint32Array;
}

export class PostingStore {
  arena = new Uint8Array(1 << 16);
  /** Bump pointer and bytes of blocks abandoned when a list moved. */
  top = 0;
  dead = 0;
  off = new Uint32Array(1024);
  cap = new Uint32Array(1024);
  len = new Uint32Array(1024);
  last = new Int32Array(1024).fill(-1);
  df = new Uint32Array(1024);

  /** Makes room for term ids below `n`. */
  ensureTerms(n: number): void {
    if (n <= this.off.length) return;
    const size = Math.max(n, this.off.length * 2);
    const grow = <T extends Uint32Array | Int32Array>(a: T, make: (k: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.off = grow(this.off, (k) => new Uint32Array(k));
    this.cap = grow(this.cap, (k) => new Uint32Array(k));
    this.len = grow(this.len, (k) => new Uint32Array(k));
    const oldLast = this.last.length;
    this.last = grow(this.last, (k) => new Int32Array(k));
    this.last.fill(-1, oldLast);
    this.df = grow(this.df, (k) => new Uint32Array(k));
  }

  /** Appends a posting; `doc` must exceed every doc already in the term's list. */
  append(term: number, doc: number, tf: number, mask: number): void {
    const delta = doc - this.last[term]!;
    const flagged = (Math.min(tf, 0x3fffffff) << 1) | (mask === 1 ? 0 : 1);
    const n = varintSize(delta) + varintSize(flagged) + (mask === 1 ? 0 : varintSize(mask));
    const len = this.len[term]!;
    if (len + n > this.cap[term]!) this.move(term, len + n + (len >>> 1) + 4);
    // Written in place: a scratch buffer plus set() cost an allocation per posting.
    let p = writeVarint(this.arena, this.off[term]! + len, delta);
    p = writeVarint(this.arena, p, flagged);
    if (mask !== 1) writeVarint(this.arena, p, mask);
    this.len[term] = len + n;
    this.last[term] = doc;
    this.df[term]!++;
  }

  /** Decodes the term's postings into `out` (grown when short); returns how many. */
  decode(term: number, out: DecodedPostings): number {
    const df = this.df[term]!;
    if (out.docs.length < df) {
      const size = Math.max(df, out.docs.length * 2);
      out.docs = new Int32Array(size);
      out.tfs = new Uint32Array(size);
      out.masks = new Uint32Array(size);
    }
    const { docs, tfs, masks } = out;
    const a = this.arena;
    let p = this.off[term]!;
    const end = p + this.len[term]!;
    let doc = -1;
    let k = 0;
    while (p < end) {
      // Values stay below 2^31, so 32-bit shifts are safe; most take one byte.
      let byte = a[p++]!;
      let v = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = a[p++]!;
        v |= (byte & 0x7f) << shift;
      }
      doc += v;
      byte = a[p++]!;
      v = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = a[p++]!;
        v |= (byte & 0x7f) << shift;
      }
      let mask = 1;
      if (v & 1) {
        byte = a[p++]!;
        mask = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) {
          byte = a[p++]!;
          mask |= (byte & 0x7f) << shift;
        }
      }
      docs[k] = doc;
      tfs[k] = v >>> 1;
      masks[k] = mask;
      k++;
    }
    return k;
  }

  /**
   * Empties a list but keeps its block: compaction re-appends the surviving
   * postings with renumbered (smaller or equal) ids, which never need more bytes.
   */
  reset(term: number): void {
    this.len[term] = 0;
    this.last[term] = -1;
    this.df[term] = 0;
  }

  /** Copies a list to a fresh block of `cap` bytes at the top of the arena. */
  private move(term: number, cap: number): void {
    if (this.top + cap > this.arena.length) this.makeRoom(cap);
    const off = this.off[term]!;
    const len = this.len[term]!;
    this.arena.copyWithin(this.top, off, off + len);
    this.dead += this.cap[term]!;
    this.off[term] = this.top;
    this.cap[term] = cap;
    this.top += cap;
  }

  /** Repacks when a third of the arena is abandoned blocks, else doubles it. */
  private makeRoom(need: number): void {
    if (this.dead * 3 > this.top) {
      this.repack(this.off.length, need);
      if (this.top + need <= this.arena.length) return;
    }
    const next = new Uint8Array(Math.max(this.arena.length * 2, this.top + need + (1 << 16)));
    next.set(this.arena.subarray(0, this.top));
    this.arena = next;
  }

  /** Copies every list tightly (a little slack each) into a new arena. */
  repack(termCount: number, extra = 0): void {
    let total = 0;
    for (let t = 0; t < termCount; t++) total += this.len[t]! + (this.len[t]! >>> 3);
    const next = new Uint8Array(Math.max(1 << 16, Math.ceil(total * 1.25) + extra));
    let top = 0;
    for (let t = 0; t < termCount; t++) {
      const len = this.len[t]!;
      next.set(this.arena.subarray(this.off[t]!, this.off[t]! + len), top);
      this.off[t] = top;
      this.cap[t] = len + (len >>> 3);
      top += this.cap[t]!;
    }
    this.arena = next;
    this.top = top;
    this.dead = 0;
  }

  /** Bytes held by the arena and the per-term tables. */
  get byteLength(): number {
    return this.arena.byteLength + this.off.byteLength * 5;
  }
}

function varintSize(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Writes `v` (0 ≤ v < 2^35) as LEB128 at `p`; returns the position after it. */
function writeVarint(b: Uint8Array, p: number, v: number): number {
  while (v >= 0x80) {
    b[p++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  b[p++] = v;
  return p;
}
