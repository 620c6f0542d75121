import { foldText } from '../text/fold.ts';
import { canonicalText } from './canonical-text.ts';
import { HashSet } from './syllable-table.ts';
import { SyllableTrie } from './syllable-trie.ts';
import type { TagContext } from './tag-context.ts';
import { Gap, Kind, syllableHash } from './tokenize.ts';

// A small lexicon of phrases (heads, roles, cue words) matched on lower-case
// syllables with their diacritics ("Ban" is a unit, "bản" a village). Most
// tokens start no phrase: a set of folded first syllables rejects them
// before any lower-casing is done.

export interface PhraseWalk {
  /** Token index the phrase must end before. */
  limit?: number;
  /** Also step over dashes between syllables ("Thi đua - Khen thưởng"). */
  dashes?: boolean;
}

const NO_WALK: PhraseWalk = {};

export class PhraseTrie {
  private readonly trie = new SyllableTrie<string>();
  private readonly first = new HashSet();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const syllables = canonicalText(p.toLowerCase()).split(/[\s-]+/);
      this.trie.add(syllables, p);
      this.first.add(syllableHash(foldText(syllables[0]!)));
    }
  }

  /** True when a phrase may start with token `i` (the cheap folded test first). */
  startsAt(ctx: TagContext, i: number): boolean {
    return ctx.toks.kind[i] === Kind.Word && this.first.mayHave(ctx.toks.hash[i]!) && this.trie.root.next!.has(ctx.lower(i));
  }

  /** The longest phrase starting at word token `i`: `[syllable count, phrase as listed]`. */
  longestAt(ctx: TagContext, i: number, walk: PhraseWalk = NO_WALK): [number, string] | undefined {
    return this.walk(ctx, i, Math.min(walk.limit ?? ctx.toks.count, ctx.toks.count), walk.dashes === true);
  }

  // Options as arguments: a walk is tried at most tokens, and an options
  // object per call was most of what the finders allocated.
  private walk(ctx: TagContext, i: number, limit: number, dashes: boolean): [number, string] | undefined {
    const { toks } = ctx;
    if (i >= limit || !this.startsAt(ctx, i)) return undefined;
    let node = this.trie.root.next!.get(ctx.lower(i));
    let best: [number, string] | undefined;
    for (let k = 1; node; k++) {
      if (node.values) best = [k, node.values[0]!];
      const t = i + k;
      if (!node.next || t >= limit || toks.kind[t] !== Kind.Word) break;
      if (toks.gap[t] !== Gap.Space && !(dashes && toks.gap[t] === Gap.Dash)) break;
      node = node.next.get(ctx.lower(t));
    }
    return best;
  }

  /** The phrase that ends right before token `end`, longest first. */
  endingBefore(ctx: TagContext, end: number, maxLength = 4): { start: number; phrase: string } | undefined {
    for (let len = maxLength; len >= 1; len--) {
      const s = end - len;
      if (s < 0) continue;
      const m = this.walk(ctx, s, Math.min(end, ctx.toks.count), false);
      if (m && m[0] === len) return { start: s, phrase: m[1] };
    }
    return undefined;
  }
}
