import { normalizeTag } from '../../core/clip/normalize-tags.ts';
import { foldText } from '../../core/text/fold.ts';

const sameTag = (tag: string) => normalizeTag(tag).toLocaleLowerCase('vi');

/**
 * Tags in use that fit what is typed, without diacritics ("buon lau" finds
 * "chống buôn lậu"): those with a word starting with it first, then those
 * containing it; tags the clip already has are left out.
 */
export function suggestTags(all: readonly string[], typed: string, present: readonly string[], limit = 8): string[] {
  const query = foldText(normalizeTag(typed));
  const have = new Set(present.map(sameTag));
  const candidates = all.filter((tag) => !have.has(sameTag(tag)));
  if (!query) return candidates.slice(0, limit);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const tag of candidates) {
    const folded = foldText(tag);
    const at = folded.indexOf(query);
    if (at < 0) continue;
    (at === 0 || folded[at - 1] === ' ' ? starts : contains).push(tag);
  }
  return [...starts, ...contains].slice(0, limit);
}
