import type { ExportedClip } from '../schemas/index.ts';
import { activeEntities, entityValues } from './active-entities.ts';
import { bylineAuthors } from './citation-fields.ts';
import { clipSite, clipUrl } from './clip-site.ts';
import { vietnamDay } from './vietnam-day.ts';

// The team archive lives in Elasticsearch/OpenSearch (design.md): the bulk
// API reads an action line, then the document. Entities are flattened into
// plain fields (keyword arrays, numbers, small objects) so terms
// aggregations and range queries work on a default mapping.

export interface NdjsonOptions {
  /** Target index; default "bantin-clips". */
  index?: string;
}

/** The search document of one clip. */
export function toSearchDocument(clip: ExportedClip): Record<string, unknown> {
  const entities = activeEntities(clip);
  const amounts = [];
  const quantities = [];
  const percents: number[] = [];
  const dates: string[] = [];
  for (const e of entities) {
    if (e.type === 'amount') amounts.push({ ...e.value, text: e.text });
    else if (e.type === 'quantity') quantities.push({ ...e.value, text: e.text });
    else if (e.type === 'percent') percents.push(e.value);
    else if (e.type === 'date') dates.push(e.value.end ? `${e.value.start}/${e.value.end}` : e.value.start);
  }
  const doc: Record<string, unknown> = {
    id: clip.id,
    url: clipUrl(clip),
    title: clip.title,
    lead: clip.lead,
    text: clip.text,
    site: clipSite(clip),
    authors: bylineAuthors(clip.byline),
    publishedAt: clip.publishedAt ?? undefined,
    publishedDay: vietnamDay(clip.publishedAt) ?? undefined,
    clippedAt: clip.clippedAt,
    lang: clip.lang,
    wordCount: clip.wordCount,
    tags: clip.tags,
    note: clip.note,
    fingerprint: clip.fingerprint || undefined,
    storyOf: clip.storyOf,
    alsoOnUrls: (clip.alsoOn ?? []).map((a) => a.url),
    campaigns: entityValues(clip, 'campaign'),
    units: entityValues(clip, 'unit'),
    people: entityValues(clip, 'person'),
    places: entityValues(clip, 'place'),
    documents: entityValues(clip, 'document'),
    markers: entityValues(clip, 'marker'),
    percents,
    amounts,
    quantities,
    dates,
    entityTypes: [...new Set(entities.map((e) => e.type))],
    entityCount: entities.length,
  };
  return doc;
}

/** The clips in the bulk format: action line, document line, newline at the end. */
export function toNdjson(clips: ExportedClip[], options: NdjsonOptions = {}): string {
  const index = options.index ?? 'bantin-clips';
  return clips
    .map((c) => `${JSON.stringify({ index: { _index: index, _id: c.id } })}\n${JSON.stringify(toSearchDocument(c))}\n`)
    .join('');
}
