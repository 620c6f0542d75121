// The best k of many scored documents with a min-heap: a query matching all
// 50k clips must not sort 50k scores to show 20. Ties go to the higher
// internal number (the later clip), so the order is total and repeatable.

export class TopHits {
  private readonly scores: Float64Array;
  private readonly docs: Int32Array;
  private n = 0;
  /**
   * Nothing scoring below this can enter (-Infinity until the heap is full),
   * so callers reject most candidates with one comparison, no call.
   */
  floor = -Infinity;

  constructor(readonly k: number) {
    this.scores = new Float64Array(k);
    this.docs = new Int32Array(k);
  }

  /** True when (score, doc) would make it into the heap; check before costly filters. */
  admits(score: number, doc: number): boolean {
    if (this.n < this.k) return true;
    return this.k > 0 && this.before(score, doc, this.scores[0]!, this.docs[0]!);
  }

  push(score: number, doc: number): void {
    if (!this.admits(score, doc)) return;
    const { scores, docs } = this;
    let i: number;
    if (this.n < this.k) {
      i = this.n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.before(scores[parent]!, docs[parent]!, score, doc)) break;
        scores[i] = scores[parent]!;
        docs[i] = docs[parent]!;
        i = parent;
      }
    } else {
      i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= this.n) break;
        if (child + 1 < this.n && this.before(scores[child]!, docs[child]!, scores[child + 1]!, docs[child + 1]!)) child++;
        if (!this.before(score, doc, scores[child]!, docs[child]!)) break;
        scores[i] = scores[child]!;
        docs[i] = docs[child]!;
        i = child;
      }
    }
    scores[i] = score;
    docs[i] = doc;
    if (this.n === this.k) this.floor = scores[0]!;
  }

  /** Best first. */
  result(): { doc: number; score: number }[] {
    const out: { doc: number; score: number }[] = [];
    for (let i = 0; i < this.n; i++) out.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return out.sort((a, b) => (this.before(a.score, a.doc, b.score, b.doc) ? -1 : 1));
  }

  /** Whether (s1, d1) ranks above (s2, d2). */
  private before(s1: number, d1: number, s2: number, d2: number): boolean {
    return s1 > s2 || (s1 === s2 && d1 > d2);
  }
}
