import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BantinDb } from './bantin-db.ts';
import {
  addTags,
  allTags,
  countClips,
  deleteClips,
  facetCounts,
  findClipsByUrl,
  getClip,
  getClipDetails,
  listClipIds,
  listClips,
  putClip,
  removeTags,
  renameTag,
  restoreClips,
  saveClipContent,
  updateClipNotes,
} from './clips-repository.ts';
import { entitiesOfClip } from './entities-repository.ts';
import { freshDb, makeClip, unitEntity } from './testing/fake-db.ts';

let db: BantinDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const body = (id: string, text = 'Cục Hải quan Lạng Sơn thu ngân sách.') => ({ id, text, html: `<p>${text}</p>` });

describe('saving and reading clips', () => {
  it('stores a clip with its body and entities, deriving the facet keys from the entities', async () => {
    const { clip, entities } = await saveClipContent(db, {
      clip: makeClip({ id: 'c1', entityKeys: ['stale:key'] }),
      body: body('c1'),
      entities: [unitEntity('Cục Hải quan Lạng Sơn', 0), unitEntity('Hải quan', 4, 'rejected')],
    });
    expect(clip.entityKeys).toEqual(['type:unit', 'unit:Cục Hải quan Lạng Sơn']);
    expect(entities.map((e) => [e.key, e.clipId])).toEqual([['unit:Cục Hải quan Lạng Sơn', 'c1'], ['', 'c1']]);
    const details = await getClipDetails(db, 'c1');
    expect(details?.body?.text).toBe('Cục Hải quan Lạng Sơn thu ngân sách.');
    expect(details?.entities).toHaveLength(2);
    expect(details?.clip).not.toHaveProperty('site');
    expect(await getClip(db, 'missing')).toBeUndefined();
  });

  it('finds clips by address, canonical or as clipped, oldest first', async () => {
    await putClip(db, makeClip({ id: 'b', url: 'https://m.site.vn/x', canonicalUrl: 'https://site.vn/x' }));
    await putClip(db, makeClip({ id: 'a', url: 'https://site.vn/x?page=1', canonicalUrl: 'https://site.vn/x' }));
    await putClip(db, makeClip({ id: 'c', url: 'https://other.vn/y', canonicalUrl: 'https://other.vn/y' }));
    expect((await findClipsByUrl(db, ['https://site.vn/x'])).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await findClipsByUrl(db, ['https://m.site.vn/x'], 'b')).map((c) => c.id)).toEqual([]);
    expect(await findClipsByUrl(db, [''])).toEqual([]);
  });
});

describe('listing', () => {
  beforeEach(async () => {
    // Ids sort by clipping time: c05 is the newest.
    for (let i = 1; i <= 5; i++) {
      await putClip(
        db,
        makeClip({
          id: `c0${i}`,
          siteName: i % 2 ? 'Báo Hải quan' : null,
          url: `https://vnexpress.net/bai-${i}.html`,
          canonicalUrl: `https://vnexpress.net/bai-${i}.html`,
          publishedAt: i === 3 ? null : `2026-${i < 3 ? '10' : '11'}-0${6 - i}T08:00:00+07:00`,
          tags: i <= 2 ? ['buôn lậu'] : ['thu ngân sách'],
          entityKeys: i === 4 ? ['type:unit', 'unit:Tổng cục Hải quan'] : [],
          status: i === 5 ? 'failed' : 'ready',
        }),
      );
    }
  });

  it('lists newest clipped first, in pages that follow each other', async () => {
    const first = await listClips(db, { limit: 2 });
    expect(first.clips.map((c) => c.id)).toEqual(['c05', 'c04']);
    const second = await listClips(db, { limit: 2, after: first.nextCursor });
    expect(second.clips.map((c) => c.id)).toEqual(['c03', 'c02']);
    const last = await listClips(db, { limit: 2, after: second.nextCursor });
    expect(last).toEqual({ clips: [expect.objectContaining({ id: 'c01' })], nextCursor: null });
  });

  it('filters by facets, intersecting them', async () => {
    expect(await listClipIds(db, { filter: { site: 'vnexpress.net' } })).toEqual(['c04', 'c02']);
    expect(await listClipIds(db, { filter: { tags: ['thu ngân sách'], site: 'Báo Hải quan' } })).toEqual(['c05', 'c03']);
    expect(await listClipIds(db, { filter: { month: '2026-10' } })).toEqual(['c02', 'c01']);
    expect(await listClipIds(db, { filter: { entityKeys: ['unit:Tổng cục Hải quan'] } })).toEqual(['c04']);
    expect(await listClipIds(db, { filter: { status: 'failed' } })).toEqual(['c05']);
    expect(await listClipIds(db, { filter: { ids: ['c01', 'c04', 'gone'] } })).toEqual(['c04', 'c01']);
    expect(await countClips(db, { tags: ['buôn lậu'] })).toBe(2);
    expect(await countClips(db)).toBe(5);
  });

  it('pages a filtered list and survives the deletion of the cursor clip', async () => {
    const page = await listClips(db, { filter: { site: 'Báo Hải quan' }, limit: 1 });
    expect(page.clips.map((c) => c.id)).toEqual(['c05']);
    await deleteClips(db, ['c05']);
    const next = await listClips(db, { filter: { site: 'Báo Hải quan' }, limit: 5, after: page.nextCursor });
    expect(next.clips.map((c) => c.id)).toEqual(['c03', 'c01']);
  });

  it('orders by published date, newest first, undated last', async () => {
    expect(await listClipIds(db, { order: 'published' })).toEqual(['c04', 'c05', 'c01', 'c02', 'c03']);
    expect(await listClipIds(db, { order: 'published', filter: { site: 'Báo Hải quan' } })).toEqual(['c05', 'c01', 'c03']);
  });

  it('counts facets from the indexes the same as from the rows', async () => {
    const all = await facetCounts(db);
    expect(all.site).toEqual([
      { value: 'Báo Hải quan', count: 3 },
      { value: 'vnexpress.net', count: 2 },
    ]);
    expect(all.month).toEqual([
      { value: '2026-11', count: 2 },
      { value: '2026-10', count: 2 },
    ]);
    expect(all.tag).toEqual([
      { value: 'thu ngân sách', count: 3 },
      { value: 'buôn lậu', count: 2 },
    ]);
    expect(all.unit).toEqual([{ value: 'Tổng cục Hải quan', count: 1 }]);
    expect(all.type).toEqual([{ value: 'unit', count: 1 }]);
    expect(all.status).toEqual([
      { value: 'ready', count: 4 },
      { value: 'failed', count: 1 },
    ]);
    const everyId = await listClipIds(db);
    expect(await facetCounts(db, { ids: everyId })).toEqual(all);
    const filtered = await facetCounts(db, { tags: ['buôn lậu'] });
    expect(filtered.site).toEqual([
      { value: 'Báo Hải quan', count: 1 },
      { value: 'vnexpress.net', count: 1 },
    ]);
    expect(filtered.tag).toEqual([{ value: 'buôn lậu', count: 2 }]);
  });
});

describe('tags and notes', () => {
  beforeEach(async () => {
    await putClip(db, makeClip({ id: 'a', tags: ['Buôn lậu'] }));
    await putClip(db, makeClip({ id: 'b' }));
  });

  it('normalises tags and keeps the note', async () => {
    const clip = await updateClipNotes(db, 'a', { tags: ['Ma tuý', ' ma  tuý ', 'Thanh Hoá'], note: 'Dùng cho bản tin tuần' });
    expect(clip.tags).toEqual(['Ma túy', 'Thanh Hóa']);
    expect(clip.note).toBe('Dùng cho bản tin tuần');
    await expect(updateClipNotes(db, 'zz', { note: '' })).rejects.toMatchObject({ code: 'clip-not-found' });
  });

  it('tags and untags many clips, counting only real changes', async () => {
    expect(await addTags(db, ['a', 'b'], ['buôn lậu', 'Tuần 47'])).toBe(2);
    expect((await getClip(db, 'a'))?.tags).toEqual(['Buôn lậu', 'Tuần 47']);
    expect((await getClip(db, 'b'))?.tags).toEqual(['buôn lậu', 'Tuần 47']);
    expect(await addTags(db, ['a'], ['tuần 47'])).toBe(0);
    expect(await removeTags(db, ['a', 'b'], ['BUÔN LẬU'])).toBe(2);
    expect(await allTags(db)).toEqual(['Tuần 47']);
    expect(await renameTag(db, 'Tuần 47', 'Tuần 48')).toBe(2);
    expect(await listClipIds(db, { filter: { tags: ['Tuần 48'] } })).toEqual(['b', 'a']);
  });
});

describe('delete and undo', () => {
  it('deletes clips with everything of theirs and restores them with their story links', async () => {
    await saveClipContent(db, { clip: makeClip({ id: 'root', alsoOn: [{ clipId: 'copy', siteName: 'VnExpress', url: 'u' }] }), body: body('root'), entities: [unitEntity('Cục Hải quan Lạng Sơn', 0)] });
    await saveClipContent(db, { clip: makeClip({ id: 'copy', storyOf: 'root' }), body: body('copy'), entities: [] });
    await saveClipContent(db, { clip: makeClip({ id: 'other' }), body: body('other'), entities: [unitEntity('Cục Hải quan Lạng Sơn', 0)] });

    const deleted = await deleteClips(db, ['root', 'missing']);
    expect(deleted.clips.map((c) => c.id)).toEqual(['root']);
    expect(await getClipDetails(db, 'root')).toBeUndefined();
    expect(await entitiesOfClip(db, 'root')).toEqual([]);
    expect((await getClip(db, 'copy'))?.storyOf).toBeUndefined();
    expect(await countClips(db, { entityKeys: ['unit:Cục Hải quan Lạng Sơn'] })).toBe(1);

    await updateClipNotes(db, 'copy', { note: 'sửa sau khi xoá' });
    await restoreClips(db, deleted);
    const root = await getClipDetails(db, 'root');
    expect(root?.body?.text).toContain('Lạng Sơn');
    expect(root?.entities.map((e) => e.key)).toEqual(['unit:Cục Hải quan Lạng Sơn']);
    expect(root?.clip.alsoOn?.map((a) => a.clipId)).toEqual(['copy']);
    const copy = await getClip(db, 'copy');
    expect(copy?.storyOf).toBe('root');
    expect(copy?.note).toBe('sửa sau khi xoá');
  });

  it('takes a deleted copy off its root and gives it back on undo', async () => {
    await putClip(db, makeClip({ id: 'root', alsoOn: [{ clipId: 'copy', siteName: null, url: 'u' }] }));
    await putClip(db, makeClip({ id: 'copy', storyOf: 'root' }));
    const deleted = await deleteClips(db, ['copy']);
    expect((await getClip(db, 'root'))?.alsoOn).toEqual([]);
    await restoreClips(db, deleted);
    expect((await getClip(db, 'root'))?.alsoOn?.map((a) => a.clipId)).toEqual(['copy']);
  });
});
