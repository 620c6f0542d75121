import { foldText, normalizeTone } from '../text/fold.ts';

// Terms are keyed by their folded form; each term also remembers the exact
// (diacritic) forms it was seen in, in first-seen order, and a posting stores
// which of them the document used as a bit mask. So "duong" is one posting
// list, and a query typed "đường" can still prefer documents that wrote
// "đường" over those that wrote "dương", at 0–1 extra byte per posting.

/** Exact forms past this index share the last bit (only ranking can blur). */
export const MAX_VARIANT_BIT = 20;

export class TermDictionary {
  /** Folded term → term id, for terms added since the load (loaded ones are found by binary search). */
  private readonly ids = new Map<string, number>();
  /**
   * Exact form → term id * 32 + variant bit, a cache filled as tokens are met:
   * the hot path of indexing is one lookup, and a cold load does not have to
   * rebuild it (half its time went there).
   */
  private readonly exactIds = new Map<string, number>();
  /** Term id → folded term. */
  readonly terms: string[] = [];
  /** Term id → exact forms joined by spaces (tokens never hold one), in bit order. */
  readonly variants: string[] = [];
  /** Terms [0, loaded) came sorted from `deserialize`. */
  private loaded = 0;
  /** Folded terms in code-unit order for prefix ranges; terms ≥ sortedUpTo are not in it yet. */
  private sorted: string[] = [];
  private sortedUpTo = 0;

  get size(): number {
    return this.terms.length;
  }

  /**
   * Term id and variant bit of a token from `tokenize`, adding either when
   * new: `id * 32 + bit`. Old-style tone placement (hoà) is an alias of the
   * new (hòa), so both spellings are one exact form.
   */
  intern(token: string): number {
    const known = this.exactIds.get(token);
    if (known !== undefined) return known;
    const exact = normalizeTone(token);
    const packed = exact === token ? this.addForm(exact) : (this.exactIds.get(exact) ?? this.addForm(exact));
    this.exactIds.set(token, packed);
    return packed;
  }

  private addForm(exact: string): number {
    const folded = foldText(exact);
    let id = this.id(folded);
    let bit = 0;
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(folded, id);
      this.terms.push(folded);
      this.variants.push(exact);
    } else {
      const forms = this.variants[id]!.split(' ');
      bit = forms.indexOf(exact);
      if (bit < 0) {
        bit = forms.length;
        this.variants[id] += ` ${exact}`;
      }
    }
    const packed = id * 32 + Math.min(bit, MAX_VARIANT_BIT);
    this.exactIds.set(exact, packed);
    return packed;
  }

  id(folded: string): number | undefined {
    const t = this.terms;
    let lo = 0;
    let hi = this.loaded;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t[mid]! < folded) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.loaded && t[lo] === folded ? lo : this.ids.get(folded);
  }

  /** Bits of the term's exact forms equal to `exact`, or starting with it when `prefix`. */
  exactMask(id: number, exact: string, prefix: boolean): number {
    const forms = this.variants[id]!.split(' ');
    let mask = 0;
    for (let i = 0; i < forms.length; i++) {
      const f = forms[i]!;
      if (prefix ? f.startsWith(exact) : f === exact) mask |= 1 << Math.min(i, MAX_VARIANT_BIT);
    }
    return mask;
  }

  /** Ids of all terms that start with `prefix` (including itself). */
  withPrefix(prefix: string): number[] {
    this.sortPending();
    const s = this.sorted;
    let lo = 0;
    let hi = s.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < s.length && s[i]!.startsWith(prefix); i++) out.push(this.id(s[i]!)!);
    return out;
  }

  /** Merges terms added since the last prefix query into the sorted list. */
  private sortPending(): void {
    if (this.sortedUpTo === this.terms.length) return;
    const fresh = this.terms.slice(this.sortedUpTo).sort();
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < fresh.length) {
      if (j === fresh.length || (i < this.sorted.length && this.sorted[i]! < fresh[j]!)) merged.push(this.sorted[i++]!);
      else merged.push(fresh[j++]!);
    }
    this.sorted = merged;
    this.sortedUpTo = this.terms.length;
  }

  /** One line per term: the folded term, then its exact forms in bit order. */
  serialize(order: readonly number[]): string {
    return order.map((id) => `${this.terms[id]} ${this.variants[id]}`).join('\n');
  }

  /** Rebuilds from `serialize` output (terms in sorted order); term ids become line numbers. */
  static deserialize(text: string): TermDictionary {
    const dict = new TermDictionary();
    if (text === '') return dict;
    const lines = text.split('\n');
    for (let id = 0; id < lines.length; id++) {
      const line = lines[id]!;
      const space = line.indexOf(' ');
      const folded = line.slice(0, space);
      // Strictly increasing: binary search relies on it, and it rules out duplicates.
      if (space <= 0 || space === line.length - 1 || (id > 0 && !(dict.terms[id - 1]! < folded))) {
        throw new Error('search-index-unreadable');
      }
      dict.terms.push(folded);
      dict.variants.push(line.slice(space + 1));
    }
    dict.loaded = dict.terms.length;
    dict.sorted = dict.terms.slice();
    dict.sortedUpTo = dict.terms.length;
    return dict;
  }
}
