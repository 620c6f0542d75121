import { describe, expect, it } from 'vitest';
import { SyllableTrie } from './syllable-trie.ts';

describe('SyllableTrie', () => {
  const trie = new SyllableTrie<string>();
  trie.add(['cuc', 'hai', 'quan'], 'A');
  trie.add(['cuc', 'hai', 'quan', 'lang', 'son'], 'B');
  const seq = (words: string[]) => (k: number) => words[k];

  it('finds every key that prefixes the sequence, longest first', () => {
    const m = trie.matchAll(seq(['cuc', 'hai', 'quan', 'lang', 'son', 'da']));
    expect(m.map(([len, v]) => [len, v[0]])).toEqual([[5, 'B'], [3, 'A']]);
    expect(trie.longest(seq(['cuc', 'hai', 'quan', 'cao']))?.[1]).toEqual(['A']);
    expect(trie.longest(seq(['cuc', 'hai']))).toBeUndefined();
  });

  it('answers the first-syllable pre-check', () => {
    expect(trie.hasFirst('cuc')).toBe(true);
    expect(trie.hasFirst('hai')).toBe(false);
    expect(trie.maxDepth).toBe(5);
  });
});
