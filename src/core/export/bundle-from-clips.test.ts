import { describe, expect, it } from 'vitest';
import type { Entity, ExportedClip, ExtractedArticle } from '../schemas/index.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { bundleFromClips } from './bundle-from-clips.ts';
import { clipFromArticle, stableClipId } from './clip-from-article.ts';
import { serializeBundleFile } from './serialize-bundle-file.ts';

const NOW = '2026-11-24T01:00:00.000Z';

/** The example clips as the extractor and tagger would have handed them over. */
function asArticle(c: ExportedClip): { article: ExtractedArticle; entities: Entity[] } {
  const article: ExtractedArticle = {
    url: c.url, canonicalUrl: c.canonicalUrl, title: c.title, lead: c.lead, text: c.text, html: c.html, byline: c.byline,
    publishedAt: c.publishedAt, modifiedAt: c.modifiedAt, siteName: c.siteName, images: c.images, lang: c.lang,
    wordCount: c.wordCount, sources: c.sources, warnings: c.warnings,
  };
  const entities = c.entities.map(({ status: _s, original: _o, ...e }) => e as Entity);
  return { article, entities };
}
const made = exampleClips.map((c) => {
  const { article, entities } = asArticle(c);
  return clipFromArticle(article, entities, NOW);
});

describe('clipFromArticle', () => {
  it('makes a ready clip with the tagger’s entities untouched, facet keys and a fingerprint', () => {
    const clip = made[0]!;
    expect(clip).toMatchObject({ status: 'ready', clippedAt: NOW, tags: [], note: '', title: exampleClips[0]!.title });
    expect(clip.entities.every((e) => e.status === 'auto')).toBe(true);
    expect(clip.entityKeys).toContain('unit:Cục Hải quan Lạng Sơn');
    expect(clip.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(made[1]!.fingerprint).toBe(clip.fingerprint); // the same text on another site
  });

  it('derives the id from the cleaned canonical address', () => {
    const base = { url: 'https://a.vn/x', canonicalUrl: 'https://a.vn/bai-1' };
    expect(stableClipId(base)).toBe(stableClipId({ ...base, canonicalUrl: 'https://a.vn/bai-1?utm_source=zalo#top' }));
    expect(stableClipId(base)).not.toBe(stableClipId({ ...base, canonicalUrl: 'https://a.vn/bai-2' }));
    expect(stableClipId(base)).toMatch(/^clip-[0-9a-f]{16}$/);
  });
});

describe('bundleFromClips', () => {
  const file = bundleFromClips(made, { now: NOW, grouping: 'campaign' });
  const bundle = file.bundles[0]!;

  it('orders clips oldest first, links and folds the syndicated copy, and groups by campaign', () => {
    expect(file.clips.map((c) => c.title)).toEqual([2, 0, 1, 4, 3].map((i) => exampleClips[i]!.title));
    const copy = file.clips[2]!;
    expect(copy.storyOf).toBe(made[0]!.id);
    expect(file.clips[1]!.alsoOn).toEqual([{ clipId: copy.id, siteName: 'Báo Lạng Sơn', url: copy.canonicalUrl }]);
    expect(bundle.sections.map((s) => [s.title, s.items.map((i) => [i.clipId, i.alsoClipIds])])).toEqual([
      ['Dân vận khéo', [[made[2]!.id, []]]],
      ['Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả', [[made[4]!.id, []]]],
      ['Thi đua yêu nước', [[made[0]!.id, [made[1]!.id]]]],
      ['Khác', [[made[3]!.id, []]]],
    ]);
  });

  it('spans the clips’ days, names itself after them, and is a valid file', () => {
    expect(bundle.period).toEqual({ start: '2026-11-17', end: '2026-11-24' });
    expect(bundle.title).toBe('Bản tin từ 17/11/2026 đến 24/11/2026');
    expect(bundleFromClips(made, { now: NOW, title: 'Tuần 47' }).bundles[0]!.title).toBe('Tuần 47');
    expect(() => serializeBundleFile(file)).not.toThrow();
  });

  it('gives the same file for the same pages, in whatever order they come', () => {
    expect(serializeBundleFile(bundleFromClips([...made].reverse(), { now: NOW, grouping: 'campaign' }))).toBe(serializeBundleFile(file));
  });
});
