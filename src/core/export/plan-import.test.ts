import { describe, expect, it } from 'vitest';
import type { BundleFile, ExportedClip, ReviewedEntity } from '../schemas/index.ts';
import { exampleBundleFile } from './__fixtures__/example-bundle.ts';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { planImport } from './plan-import.ts';
import { summarizeImportPlan } from './summarize-import-plan.ts';

const [c1, c2, c3, c4, c5] = exampleClips as [ExportedClip, ExportedClip, ExportedClip, ExportedClip, ExportedClip];
const withEntity = (clip: ExportedClip, type: string, f: (e: ReviewedEntity) => ReviewedEntity) =>
  clip.entities.map((e) => (e.type === type ? f(e) : e));

// Our library: the Lạng Sơn story (we confirmed the percent), its syndicated copy,
// the Hữu Nghị story, and another article that happens to have the id of the Chi Ma clip.
const local: ExportedClip[] = [
  { ...c1, entities: withEntity(c1, 'percent', (e) => ({ ...e, status: 'confirmed' })) },
  c2,
  { ...c3, tags: ['Dân vận'], note: '' },
  { ...c4, canonicalUrl: 'https://other.vn/bai-khac', url: 'https://other.vn/bai-khac', title: 'Bài khác' },
];

// A colleague's file: the same week, reviewed differently.
const incoming: BundleFile = {
  ...exampleBundleFile,
  clips: [
    {
      ...c1, id: 'colleague-1', canonicalUrl: `${c1.canonicalUrl}?utm_source=zalo#top`,
      tags: ['Thu ngân sách', 'xuất khẩu'], note: 'Cần kiểm tra lại số liệu.',
      entities: [
        ...withEntity(c1, 'amount', (e) => ({ ...e, status: 'rejected' }))
          .map((e) => (e.type === 'percent' ? { ...e, value: 31.8, status: 'corrected', original: { type: 'percent', value: 31.7 } } as ReviewedEntity : e))
          .filter((e) => e.type !== 'date'),
        { type: 'person', text: 'Trí Dũng', value: 'Trí Dũng', start: 400, end: 408, sentence: '', status: 'added' },
      ],
    },
    c2,
    { ...c3, id: 'colleague-3', canonicalUrl: 'https://baomoi.com/huu-nghi.epi', text: `${c3.text} Thêm một câu.`, tags: ['dân vận', 'biên giới'],
      entities: [...c3.entities, { type: 'place', text: 'Pò Nhùng', value: 'Thôn Pò Nhùng', start: 500, end: 508, sentence: '', status: 'added' }] },
    c4,
    c5,
  ],
  bundles: exampleBundleFile.bundles.map((b) => ({
    ...b, sections: b.sections.map((s) => ({ ...s, items: s.items.map((i) => (i.clipId === c1.id ? { ...i, clipId: 'colleague-1' } : i)) })),
  })),
};

describe('planImport', () => {
  const plan = planImport(incoming, { clips: local, bundleIds: ['bundle-tuan-47-2026'], vocabularyIds: [] }, { now: '2026-11-24T08:00:00.000Z' });
  const dup = (id: string) => plan.duplicates.find((d) => d.incomingId === id)!;

  it('finds duplicates by canonical URL (tracking removed), by id and by fingerprint; the rest is new', () => {
    expect(plan.duplicates.map((d) => [d.incomingId, d.existingId, d.matchedBy])).toEqual([
      ['colleague-1', c1.id, 'canonical-url'], [c2.id, c2.id, 'id'], ['colleague-3', c3.id, 'fingerprint'],
    ]);
    expect(plan.newClips.map((c) => c.id)).toEqual(['clip-chi-ma-kim-ngach-2', c5.id]);
    expect(plan.idMap).toEqual({ 'colleague-1': c1.id, 'colleague-3': c3.id, 'clip-chi-ma-kim-ngach': 'clip-chi-ma-kim-ngach-2' });
  });

  it('merges tags as a union and keeps both notes', () => {
    const d = dup('colleague-1');
    expect(d.addedTags).toEqual(['xuất khẩu']);
    expect(d.merged.tags).toEqual(['thu ngân sách', 'Lạng Sơn', 'xuất khẩu']);
    expect(d.merged.note).toBe('Số liệu chính thức của Cục.\n\nCần kiểm tra lại số liệu.');
    expect(d.merged.updatedAt).toBe('2026-11-24T08:00:00.000Z');
    expect(dup(c2.id).changed).toBe(false);
    expect(dup(c2.id).merged).toBe(c2);
  });

  it('takes a colleague’s review over the tagger, keeps ours over theirs and lists that conflict', () => {
    const d = dup('colleague-1');
    const byType = (t: string) => d.merged.entities.find((e) => e.type === t)!;
    expect(byType('amount').status).toBe('rejected');
    expect(byType('percent')).toMatchObject({ value: 31.7, status: 'confirmed' });
    expect(byType('person')).toMatchObject({ value: 'Trí Dũng', status: 'added' });
    expect(byType('date').status).toBe('auto');
    expect(d.conflicts).toEqual([{ span: expect.any(String), text: '31,7%', resolution: 'conflict',
      local: { type: 'percent', value: 31.7, status: 'confirmed' }, incoming: { type: 'percent', value: 31.8, status: 'corrected' } }]);
    expect(d.entityDifferences.map((x) => [x.text, x.resolution])).toEqual([
      ['Năm 2026', 'keep-local'], ['6.452,7 tỷ đồng', 'take-incoming'], ['31,7%', 'conflict'], ['Trí Dũng', 'add-incoming'],
    ]);
    expect(d.merged.entityKeys).toContain('person:Trí Dũng');
    expect(d.merged.entityKeys).not.toContain('type:amount');
  });

  it('does not place entities across different texts: a colleague’s review there is a conflict, ours stay', () => {
    const d = dup('colleague-3');
    expect(d.merged.entities).toBe(local[2]!.entities);
    expect(d.conflicts.map((c) => c.text)).toEqual(['Pò Nhùng']);
    expect(d.addedTags).toEqual(['biên giới']);
  });

  it('adds the bundle under a free id, its items pointing at library clips', () => {
    expect(plan.renamedBundles).toEqual([{ from: 'bundle-tuan-47-2026', to: 'bundle-tuan-47-2026-2' }]);
    const items = plan.bundles[0]!.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.clipId)).toEqual(['clip-huu-nghi-dan-van-kheo', 'clip-ky-cuong-doi-moi', c1.id, 'clip-chi-ma-kim-ngach-2']);
    expect(items[2]!.alsoClipIds).toEqual([c2.id]);
    expect(plan.updatedClips.map((c) => c.id)).toEqual([c1.id, c3.id]);
    expect(plan.vocabulary.map((v) => v.id)).toEqual(['user:doi-tuan-tra']);
  });

  it('summarises the plan for the preview', () => {
    const s = summarizeImportPlan(plan);
    expect(s).toMatchObject({
      newClips: 2, duplicates: 3, duplicatesBy: { id: 1, canonicalUrl: 1, fingerprint: 1 }, updatedClips: 2,
      tagsAdded: 2, notesMerged: 1, conflicts: 2, bundles: 1, renamedBundles: 1, vocabulary: 1,
    });
    expect(s.entityDifferences).toBe(s.differingEntities.length);
    expect(s.differingEntities).toContainEqual({
      clipId: c1.id, title: c1.title, type: 'percent', text: '31,7%', resolution: 'conflict',
      local: { value: '31.7', status: 'confirmed' }, incoming: { value: '31.8', status: 'corrected' },
    });
  });

  it('imports a full backup into an empty library as it is, and twice as nothing new', () => {
    const backup = { ...exampleBundleFile, scope: 'backup' as const };
    const first = planImport(backup, { clips: [], bundleIds: [] });
    expect(first).toMatchObject({ scope: 'backup', duplicates: [], updatedClips: [], idMap: {} });
    expect(first.newClips).toEqual(exampleClips);
    const again = planImport(backup, { clips: exampleClips, bundleIds: [] });
    expect(summarizeImportPlan(again)).toMatchObject({ newClips: 0, duplicates: 5, updatedClips: 0, entityDifferences: 0, conflicts: 0 });
  });
});
