import type { Entity, ReviewedEntity } from '../schemas/index.ts';

// Re-tagging (a better tagger, a new vocabulary entry) must never undo a
// person's work. Whatever a person touched survives as it is; the tagger's
// fresh word replaces only its own earlier, untouched word. A span a person
// reviewed is theirs: a fresh guess on the same span is dropped, so a
// rejected entity stays rejected however often the tagger finds it again.

const spanKey = (e: { start: number; end: number }) => `${e.start}:${e.end}`;

/** Previous reviewed entities merged with a fresh tagger run, in text order. */
export function mergeRetagged(previous: readonly ReviewedEntity[], fresh: readonly Entity[]): ReviewedEntity[] {
  const kept = previous.filter((e) => e.status !== 'auto');
  const reviewedSpans = new Set(kept.map(spanKey));
  const merged: ReviewedEntity[] = [...kept];
  const seen = new Set<string>();
  for (const entity of fresh) {
    const span = spanKey(entity);
    if (reviewedSpans.has(span)) continue;
    // The tagger may find one span twice (two rules); keep one per span and type.
    const id = `${span}:${entity.type}`;
    if (seen.has(id)) continue;
    seen.add(id);
    merged.push({ ...entity, status: 'auto' } as ReviewedEntity);
  }
  return merged.sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}
