import { canonicalSpelling } from '../text/fold.ts';

// Tags are typed by people, in a hurry: "chống buôn lậu", "Chống  buôn lậu"
// and "Chống buôn lậu" are one tag. The first spelling given wins.

/** One tag as stored: canonical spelling, single spaces, trimmed. */
export function normalizeTag(tag: string): string {
  return canonicalSpelling(tag).replace(/\s+/g, ' ').trim();
}

/** Distinct, non-empty tags (case-insensitive), in the order first given. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    const id = tag.toLocaleLowerCase('vi');
    if (!tag || seen.has(id)) continue;
    seen.add(id);
    out.push(tag);
  }
  return out;
}
