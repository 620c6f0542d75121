import { exampleBundleFile } from '../../../core/export/__fixtures__/example-bundle.ts';
import { exampleClips } from '../../../core/export/__fixtures__/example-clips.ts';
import type { BundleFile, ExportedClip, ReviewedEntity } from '../../../core/schemas/index.ts';

// An import scenario: our library holds the Lạng Sơn story (we confirmed the
// percent) and the Hữu Nghị story; a colleague's file holds the week, the
// Lạng Sơn story under another id and address (tracking added), with a tag
// of theirs, the amount rejected and the percent corrected: one entity taken
// from them, one conflict where our review is kept.

const [c1, , c3] = exampleClips as [ExportedClip, ExportedClip, ExportedClip];

export const review = (clip: ExportedClip, type: string, change: Partial<ReviewedEntity>) =>
  clip.entities.map((e) => (e.type === type ? ({ ...e, ...change } as ReviewedEntity) : e));

export const ourClips: ExportedClip[] = [{ ...c1, entities: review(c1, 'percent', { status: 'confirmed' }) }, c3];

export const colleagueFile: BundleFile = {
  ...exampleBundleFile,
  clips: exampleClips.map((c) => (c.id !== c1.id ? c : {
    ...c1,
    id: 'colleague-1',
    canonicalUrl: `${c1.canonicalUrl}?utm_source=zalo`,
    tags: ['xuất khẩu'],
    entities: review({ ...c1, entities: review(c1, 'amount', { status: 'rejected' }) }, 'percent',
      { value: 31.8, status: 'corrected', original: { type: 'percent', value: 31.7 } } as Partial<ReviewedEntity>),
  })),
};
