import type { ExportedClip, ReviewedEntity, ReviewStatus } from '../../schemas/index.ts';

type Named = 'campaign' | 'unit' | 'person' | 'place' | 'marker' | 'document';

/** A minimal clip for unit tests; named entities are laid out one after another in the text. */
export function makeClip(
  id: string,
  named: Array<[Named, string, ReviewStatus?]> = [],
  partial: Partial<ExportedClip> = {},
): ExportedClip {
  let text = '';
  const entities: ReviewedEntity[] = named.map(([type, value, status = 'auto']) => {
    const start = text.length;
    text += `${value}. `;
    return { type, text: value, value, start, end: start + value.length, sentence: `${value}.`, status } as ReviewedEntity;
  });
  return {
    id, url: `https://example.vn/${id}`, canonicalUrl: `https://example.vn/${id}`, title: `Tin ${id}`, lead: '',
    byline: null, publishedAt: null, modifiedAt: null, siteName: 'Example', lang: 'vi', wordCount: 0, images: [],
    sources: {}, warnings: [], clippedAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z',
    status: 'ready', tags: [], note: '', fingerprint: '', entityKeys: [], text, html: '', entities, ...partial,
  };
}
