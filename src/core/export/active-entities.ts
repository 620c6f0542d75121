import type { ExportedClip, ReviewedEntity } from '../schemas/index.ts';

// Everything an export shows comes from the entities a person left standing:
// rejected ones are gone, corrected ones carry the person's value (the tagger's
// guess survives only in `original`, which exports never show).

/** The clip's entities minus the rejected ones, in text order. */
export function activeEntities(clip: Pick<ExportedClip, 'entities'>): ReviewedEntity[] {
  return clip.entities
    .filter((e) => e.status !== 'rejected')
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The distinct values of one named type (campaign, unit, person, place, document, marker). */
export function entityValues(
  clip: Pick<ExportedClip, 'entities'>,
  type: 'campaign' | 'unit' | 'person' | 'place' | 'document' | 'marker',
): string[] {
  const seen = new Set<string>();
  for (const e of activeEntities(clip)) if (e.type === type) seen.add(e.value);
  return [...seen];
}
