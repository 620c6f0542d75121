// Names and keywords are looked up syllable by syllable in a trie keyed by
// strings, never in one large case-insensitive Unicode alternation regex
// (tens of seconds per MB in Node 20). A lookup walks at most as many
// syllables as the longest key, from each starting token.

export interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>;
  values?: T[];
}

export class SyllableTrie<T> {
  /** The root, for callers that walk the trie themselves (no callback per step). */
  readonly root: TrieNode<T> = {};
  size = 0;
  maxDepth = 0;

  /** Adds `value` under the key `syllables` (already folded or lower-cased by the caller). */
  add(syllables: readonly string[], value: T): void {
    if (syllables.length === 0) return;
    let node = this.root;
    for (const s of syllables) {
      node.next ??= new Map();
      let child = node.next.get(s);
      if (!child) {
        child = {};
        node.next.set(s, child);
      }
      node = child;
    }
    node.values ??= [];
    if (!node.values.includes(value)) node.values.push(value);
    this.size++;
    this.maxDepth = Math.max(this.maxDepth, syllables.length);
  }

  /**
   * Every key that is a prefix of the syllable sequence `keyAt(0), keyAt(1)…`,
   * longest first: `[length, values]`. `keyAt` returns undefined to stop.
   */
  matchAll(keyAt: (k: number) => string | undefined): Array<[number, readonly T[]]> {
    const found: Array<[number, readonly T[]]> = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let k = 0; node; k++) {
      if (node.values && k > 0) found.push([k, node.values]);
      const key = keyAt(k);
      if (key === undefined || !node.next) break;
      node = node.next.get(key);
    }
    return found.reverse();
  }

  /** The longest key that is a prefix of the sequence, or undefined. */
  longest(keyAt: (k: number) => string | undefined): [number, readonly T[]] | undefined {
    let best: [number, readonly T[]] | undefined;
    let node: TrieNode<T> | undefined = this.root;
    for (let k = 0; node; k++) {
      if (node.values && k > 0) best = [k, node.values];
      const key = keyAt(k);
      if (key === undefined || !node.next) break;
      node = node.next.get(key);
    }
    return best;
  }

  /** True when some key starts with `syllable` (a cheap pre-check before a walk). */
  hasFirst(syllable: string): boolean {
    return this.root.next?.has(syllable) ?? false;
  }
}
