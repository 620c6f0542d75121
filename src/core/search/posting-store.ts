// Posting lists of all terms in one growable byte arena rather than one
// typed array per term: a news archive has 100k+ terms, most seen once, and
// a typed array object per term would cost more than its postings. Each list
// is a chain of blocks (16 bytes, doubling up to 4 kB), so appending never
// moves a list and nothing is ever abandoned: no repacking pauses while
// 50k clips are indexed, and at most one part-filled block per term.
//
// A posting is three LEB128 varints: doc id delta, (weighted tf << 1 |
// has-mask), and the exact-form mask when it is not the common 1. Dense
// lists (a syllable in every clip) take about 2 bytes a posting.

const NONE = 0xffffffff;
/** Block header: next block, bytes used, capacity (three u32, so blocks stay 4-byte aligned). */
const HEADER = 12;
const FIRST_BLOCK = 16;
const MAX_BLOCK = 4096;
const MAX_POSTING_BYTES = 15;

/** Decoded postings of one term; the arrays are reused between calls. */
export interface DecodedPostings {
  docs: Int32Array;
  tfs: Uint32Array;
  masks: Uint32Array;
}

export class PostingStore {
  arena = new Uint8Array(1 << 16);
  /** The arena as u32, for block headers. */
  private words = new Uint32Array(this.arena.buffer);
  top = 0;
  head = new Uint32Array(1024).fill(NONE);
  tail = new Uint32Array(1024).fill(NONE);
  last = new Int32Array(1024).fill(-1);
  df = new Uint32Array(1024);

  /** Makes room for term ids below `n`. */
  ensureTerms(n: number): void {
    if (n <= this.head.length) return;
    const size = Math.max(n, this.head.length * 2);
    const grow = <T extends Uint32Array | Int32Array>(a: T, b: T, fill: number): T => {
      b.fill(fill, a.length);
      b.set(a);
      return b;
    };
    this.head = grow(this.head, new Uint32Array(size), NONE);
    this.tail = grow(this.tail, new Uint32Array(size), NONE);
    this.last = grow(this.last, new Int32Array(size), -1);
    this.df = grow(this.df, new Uint32Array(size), 0);
  }

  /** Appends a posting; `doc` must exceed every doc already in the term's list. */
  append(term: number, doc: number, tf: number, mask: number): void {
    const delta = doc - this.last[term]!;
    const flagged = (Math.min(tf, 0x3fffffff) << 1) | (mask === 1 ? 0 : 1);
    const n = varintSize(delta) + varintSize(flagged) + (mask === 1 ? 0 : varintSize(mask));
    let block = this.tail[term]!;
    if (block === NONE) {
      block = this.allocate(FIRST_BLOCK);
      this.head[term] = block;
      this.tail[term] = block;
    } else if (this.words[(block >>> 2) + 1]! + n > this.words[(block >>> 2) + 2]!) {
      const next = this.allocate(Math.min(MAX_BLOCK, this.words[(block >>> 2) + 2]! * 2));
      this.words[block >>> 2] = next;
      this.tail[term] = next;
      block = next;
    }
    const used = this.words[(block >>> 2) + 1]!;
    let p = writeVarint(this.arena, block + HEADER + used, delta);
    p = writeVarint(this.arena, p, flagged);
    if (mask !== 1) writeVarint(this.arena, p, mask);
    this.words[(block >>> 2) + 1] = used + n;
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
    const w = this.words;
    let doc = -1;
    let k = 0;
    for (let block = this.head[term]!; block !== NONE; block = w[block >>> 2]!) {
      let p = block + HEADER;
      const end = p + w[(block >>> 2) + 1]!;
      while (p < end) {
        // Values stay below 2^31, so 32-bit shifts are safe; most take one byte.
        let byte = a[p++]!;
        let v = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) v |= ((byte = a[p++]!) & 0x7f) << shift;
        doc += v;
        byte = a[p++]!;
        v = byte & 0x7f;
        for (let shift = 7; byte & 0x80; shift += 7) v |= ((byte = a[p++]!) & 0x7f) << shift;
        let mask = 1;
        if (v & 1) {
          byte = a[p++]!;
          mask = byte & 0x7f;
          for (let shift = 7; byte & 0x80; shift += 7) mask |= ((byte = a[p++]!) & 0x7f) << shift;
        }
        docs[k] = doc;
        tfs[k] = v >>> 1;
        masks[k] = mask;
        k++;
      }
    }
    return k;
  }

  /** The term's encoded bytes, block by block, as views into the arena. */
  blocks(term: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let block = this.head[term]!; block !== NONE; block = this.words[block >>> 2]!) {
      const from = block + HEADER;
      out.push(this.arena.subarray(from, from + this.words[(block >>> 2) + 1]!));
    }
    return out;
  }

  /**
   * Gives an empty term one block holding `length` encoded bytes (plus room
   * to grow) and returns where in `arena` the caller writes them.
   */
  load(term: number, length: number, df: number, last: number): number {
    const block = this.allocate(Math.max(FIRST_BLOCK, length + (length >>> 3) + MAX_POSTING_BYTES));
    this.words[(block >>> 2) + 1] = length;
    this.head[term] = block;
    this.tail[term] = block;
    this.df[term] = df;
    this.last[term] = last;
    return block + HEADER;
  }

  /** Reserves the arena for `bytes` more data bytes in few blocks (bulk loads). */
  reserve(bytes: number, blocks: number): void {
    this.grow(this.top + bytes + blocks * (HEADER + 4));
  }

  /** Bytes held by the arena and the per-term tables. */
  get byteLength(): number {
    return this.arena.byteLength + this.head.byteLength * 4;
  }

  private allocate(capacity: number): number {
    const cap = (capacity + 3) & ~3;
    if (this.top + HEADER + cap > this.arena.length) this.grow(this.top + HEADER + cap);
    const block = this.top;
    this.words[block >>> 2] = NONE;
    this.words[(block >>> 2) + 1] = 0;
    this.words[(block >>> 2) + 2] = cap;
    this.top += HEADER + cap;
    return block;
  }

  private grow(need: number): void {
    if (need <= this.arena.length) return;
    // A multiple of 4, so the u32 view covers the whole buffer.
    const next = new Uint8Array(Math.ceil(Math.max(need, this.arena.length * 2) / 4) * 4);
    next.set(this.arena.subarray(0, this.top));
    this.arena = next;
    this.words = new Uint32Array(next.buffer);
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
