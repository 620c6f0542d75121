import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exampleClips } from '../../core/export/__fixtures__/example-clips.ts';
import type { Bundle, ExportedClip } from '../../core/schemas/index.ts';
import { getBundle } from '../db/bundles-repository.ts';
import { freshDb } from '../db/testing/fake-db.ts';
import { readClipsForQuery } from '../export/read-clips-for-query.ts';
import { seedClips } from '../export/testing/seed-clips.ts';
import { addClipsToBundle } from './add-clips-to-bundle.ts';
import { allItems, regroup, removeItemAt, restoreItem, unfoldCopy, withClipsAdded } from './bundle-edits.ts';
import { bundleOfClips, createBundleFromClipIds } from './create-bundle.ts';

const [lsBaoHq, lsBaoLs, huuNghi, chiMa, kyCuong] = exampleClips as [ExportedClip, ExportedClip, ExportedClip, ExportedClip, ExportedClip];
const titles = { other: 'Khác', manual: '' };
const NOW = '2026-11-24T08:00:00.000Z';
const ids = (b: Bundle) => b.sections.map((s) => [s.title, s.items.map((i) => [i.clipId, ...i.alsoClipIds].join('+'))]);

describe('bundle edits', () => {
  const bundle = bundleOfClips(exampleClips, { id: 'b', title: 'Bản tin', grouping: 'campaign', titles, now: NOW });

  it('folds the same story from two sites into one item and groups by campaign', () => {
    expect(ids(bundle)).toEqual([
      ['Dân vận khéo', [huuNghi.id]],
      ['Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả', [kyCuong.id]],
      ['Thi đua yêu nước', [`${lsBaoHq.id}+${lsBaoLs.id}`]],
      ['Khác', [chiMa.id]],
    ]);
  });

  it('regroups by unit or site keeping notes and folded copies, and back', () => {
    const noted = { ...bundle, sections: bundle.sections.map((s) => ({ ...s, items: s.items.map((i) => ({ ...i, note: `ghi chú ${i.clipId}` })) })) };
    const bySite = regroup(noted, exampleClips, 'site', titles);
    expect(bySite.grouping).toBe('site');
    expect(bySite.sections.map((s) => s.title)).toEqual(['Báo Hải quan', 'Hải quan Việt Nam', 'langson.gov.vn']);
    expect(allItems(bySite).every((i) => i.note === `ghi chú ${i.clipId}`)).toBe(true);
    expect(allItems(bySite).find((i) => i.clipId === lsBaoHq.id)?.alsoClipIds).toEqual([lsBaoLs.id]);
    expect(ids(regroup(bySite, exampleClips, 'campaign', titles))).toEqual(ids(bundle));
  });

  it('removes an item (its emptied section too) and puts it back where it was', () => {
    const { bundle: without, removed } = removeItemAt(bundle, { section: 0, index: 0 });
    expect(removed?.clipId).toBe(huuNghi.id);
    expect(without.sections.map((s) => s.title)).not.toContain('Dân vận khéo');
    expect(restoreItem(without, { section: 0, index: 0 }, removed!, bundle.sections[0]!)).toEqual(bundle);
  });

  it('unfolds a copy into an item of its own, and adding clips folds new copies into the story they share', () => {
    const split = unfoldCopy(bundle, { section: 2, index: 0 }, lsBaoLs.id);
    expect(ids(split)[2]).toEqual(['Thi đua yêu nước', [lsBaoHq.id, lsBaoLs.id]]);
    const small = bundleOfClips([huuNghi, lsBaoHq], { id: 'b2', title: 'B', grouping: 'campaign', titles, now: NOW });
    const grown = withClipsAdded(small, exampleClips, [lsBaoLs.id, chiMa.id, huuNghi.id], titles);
    expect(ids(grown)).toEqual([
      ['Dân vận khéo', [huuNghi.id]],
      ['Thi đua yêu nước', [`${lsBaoHq.id}+${lsBaoLs.id}`]],
      ['Khác', [chiMa.id]],
    ]);
    expect(withClipsAdded(grown, exampleClips, [huuNghi.id], titles)).toBe(grown);
  });
});

describe('bundles in the library', () => {
  it('creates a bundle from a selection, oldest first over the days it spans, and adds clips to it', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const created = await createBundleFromClipIds(db, [chiMa.id, huuNghi.id], { title: 'Bản tin', grouping: 'manual', titles });
    expect(created.period).toEqual({ start: '2026-11-17', end: '2026-11-22' });
    expect(ids(created)).toEqual([['', [huuNghi.id, chiMa.id]]]);
    await addClipsToBundle(db, created.id, [lsBaoHq.id, lsBaoLs.id], titles);
    expect(ids((await getBundle(db, created.id))!)).toEqual([['', [huuNghi.id, chiMa.id, `${lsBaoHq.id}+${lsBaoLs.id}`]]]);
  });

  it('selects clips for a query by period, unit (accents optional) and text', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const period = { start: '2026-11-18', end: '2026-11-18' };
    const found = await readClipsForQuery(db, { period, dateField: 'published' });
    expect(found.map((c) => c.id).sort()).toEqual([lsBaoHq.id, lsBaoLs.id].sort());
    expect((await readClipsForQuery(db, { unit: 'cuc hai quan lang son' })).map((c) => c.id)).toContain(lsBaoHq.id);
    expect((await readClipsForQuery(db, { text: '"Dân vận khéo"' })).map((c) => c.id)).toEqual([huuNghi.id]);
    expect(await readClipsForQuery(db, { period, unit: 'Tổng cục Hải quan' })).toEqual([]);
    expect(found[0]!.entities.length).toBeGreaterThan(0);
  });
});
