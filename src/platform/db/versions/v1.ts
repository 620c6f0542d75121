import type { SchemaVersion } from '../schema-version.ts';

// The first schema. Never edit it once released: append a version instead.
// `articles` holds the slim rows every list reads; the body and the entities
// live apart so a list of 50,000 clips never reads them. No word index here:
// full-text search is the in-memory index persisted in `searchChunks`.
// `site` and `month` are derived from the clip (clip-row.ts) so that the
// facets are index look-ups: a clip without a site name still has a host,
// and a month is the Vietnam-time month of the published date.

export const v1: SchemaVersion = {
  version: 1,
  stores: {
    articles: 'id, site, month, publishedAt, clippedAt, *tags, *entityKeys, canonicalUrl, url, storyOf, fingerprint, status',
    bodies: 'id',
    entities: '++id, clipId, key',
    bundles: 'id, updatedAt',
    vocabulary: 'id, kind',
    searchChunks: 'id',
    meta: 'key',
  },
};
