import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clip } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { deleteClips, putClip, restoreClips, saveClipContent } from '../db/clips-repository.ts';
import { loadSearchChunks } from '../db/search-chunks-repository.ts';
import { freshDb, makeClip } from '../db/testing/fake-db.ts';
import { createSearchService, type SearchService, type SearchServiceOptions, type SearchState } from './search-service.ts';

let db: BantinDb;
const services: SearchService[] = [];
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  for (const s of services.splice(0)) s.close();
  db.close();
});

function service(options: SearchServiceOptions = {}): SearchService {
  const s = createSearchService(db, { persistDelayMs: 60_000, yieldToEventLoop: () => Promise.resolve(), ...options });
  services.push(s);
  return s;
}

async function store(id: string, title: string, text: string, extra: Partial<Clip> = {}): Promise<void> {
  await saveClipContent(db, { clip: makeClip({ id, title, ...extra }), body: { id, text, html: `<p>${text}</p>` } });
}

async function seed(): Promise<void> {
  await store('c1', 'Hải quan Lạng Sơn thu ngân sách vượt kế hoạch', 'Cục Hải quan Lạng Sơn thu 6.452,7 tỷ đồng.');
  await store('c2', 'Mở rộng đường lên cửa khẩu Hữu Nghị', 'Con đường mới giúp thông quan nhanh hơn.');
  await store('c3', 'Biển Thái Bình Dương', 'Hàng hóa qua Thái Bình Dương tăng mạnh.');
  await store('c4', 'Chống buôn lậu dịp Tết', 'Hải quan phối hợp chống buôn lậu và gian lận thương mại.');
}

/** The states a service went through, in order. */
function statesOf(s: SearchService): SearchState[] {
  const seen: SearchState[] = [];
  s.subscribe((st) => seen[seen.length - 1] !== st.state && seen.push(st.state));
  return seen;
}

describe('search service', () => {
  it('finds text typed without diacritics and ranks the exact spelling first', async () => {
    await seed();
    const s = service();
    await s.open();
    expect(s.search('hai quan lang son').ids).toEqual(['c1']);
    expect(s.search('duong').ids.sort()).toEqual(['c2', 'c3']);
    expect(s.search('đường').ids).toEqual(['c2', 'c3']);
    expect(s.search('Dương').ids[0]).toBe('c3');
    expect(s.search('buon lau').ids).toEqual(['c4']);
    // Combined with a facet filter: only allowed clips come back.
    expect(s.search('hai quan', { allow: ['c4'] }).ids).toEqual(['c4']);
    expect(s.search('hai quan').complete).toBe(true);
  });

  it('indexes in slices that yield, and answers queries from what is indexed so far', async () => {
    for (let i = 0; i < 30; i++) await store(`d${String(i).padStart(2, '0')}`, `Tin số ${i} về hải quan`, `Nội dung ${i}.`);
    let yields = 0;
    const partial: { found: number; complete: boolean }[] = [];
    const holder: { s?: SearchService } = {};
    const yieldToEventLoop = async () => {
      yields++;
      if (yields === 5) {
        const r = holder.s!.search('hai quan');
        partial.push({ found: r.ids.length, complete: r.complete });
      }
    };
    // A slice budget of 0 ms ends every slice after one clip.
    const s = (holder.s = service({ sliceMs: 0, readBatch: 10, yieldToEventLoop }));
    await s.open();
    expect(yields).toBeGreaterThanOrEqual(30);
    expect(partial).toEqual([{ found: 5, complete: false }]);
    expect(s.search('hai quan').ids).toHaveLength(30);
    // Newest first: the most recent clips are searchable first during a long build.
    expect(s.search('29').ids).toEqual(['d29']);
  });

  it('persists the index in a few chunks and reloads it without reindexing', async () => {
    await seed();
    const first = service();
    await first.open();
    await first.persist();
    const rows = await loadSearchChunks(db);
    expect(rows.map((r) => r.id)).toContain('state');
    expect(rows.length).toBeLessThan(12);

    const second = service();
    const states = statesOf(second);
    await second.open();
    expect(states).toEqual(['loading', 'ready']);
    expect(second.search('hai quan lang son').ids).toEqual(['c1']);
    expect(second.status().indexed).toBe(4);
  });

  it('catches up on clips added, finished and deleted since the snapshot', async () => {
    await seed();
    await putClip(db, makeClip({ id: 'p1', title: 'Đang tải bài', status: 'pending', updatedAt: '2026-11-20T07:00:00.000Z' }));
    const first = service();
    await first.open();
    expect(first.search('kiem hoa').ids).toEqual([]);
    await first.persist();
    first.close();

    // Meanwhile, in the background: a new clip, the pending one finished, one deleted.
    await store('c5', 'Tăng cường kiểm soát biên giới', 'Lực lượng hải quan tuần tra đường mòn.');
    await store('p1', 'Hải quan Hữu Nghị đẩy mạnh kiểm hóa', 'Kiểm hóa bằng máy soi container.', { updatedAt: '2026-11-20T07:01:00.000Z' });
    await deleteClips(db, ['c3']);

    const second = service();
    await second.open();
    expect(second.search('kiem soat bien gioi').ids).toEqual(['c5']);
    expect(second.search('kiem hoa').ids).toEqual(['p1']);
    expect(second.search('dang tai').ids).toEqual([]);
    expect(second.search('thai binh duong').ids).toEqual([]);
    expect(second.status().indexed).toBe(5);

    // An undo brings the deleted clip back into the index.
    const gone = await deleteClips(db, ['c2']);
    await second.sync();
    expect(second.search('huu nghi').ids).toEqual(['p1']);
    await restoreClips(db, gone);
    await second.sync();
    expect(second.search('huu nghi').ids.sort()).toEqual(['c2', 'p1']);
  });

  it('persists on its own after a quiet moment, then a new tab starts from it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await seed();
      // Four clips count as a big change when checkpoints come every 100: saved after the short delay.
      const s = service({ persistDelayMs: 1000, smallChangeDelayMs: 30_000, checkpointEvery: 100 });
      await s.open();
      expect(await loadSearchChunks(db)).toEqual([]);
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(async () => expect((await loadSearchChunks(db)).length).toBeGreaterThan(3));
      // One more clip is a small change: it waits for a longer quiet moment.
      await store('c9', 'Tin mới', 'Nội dung mới.');
      await s.sync();
      await vi.advanceTimersByTimeAsync(5000);
      const stateOf = async () => (await loadSearchChunks(db)).find((r) => r.id === 'state')!.data as { ids: string };
      expect((await stateOf()).ids.split('\n')).toHaveLength(4);
      await vi.advanceTimersByTimeAsync(30_000);
      await vi.waitFor(async () => expect((await stateOf()).ids.split('\n')).toHaveLength(5));
    } finally {
      vi.useRealTimers();
    }
  });

  it('rewrites only the chunks that changed', async () => {
    await seed();
    // Enough clips that one deletion stays a hole (the core compacts when a tenth are holes).
    for (let i = 0; i < 8; i++) await store(`e${i}`, `Tin ${i}`, `Nội dung ${i}.`);
    const s = service();
    await s.open();
    await s.persist();
    const put = vi.spyOn(db.searchChunks, 'bulkPut');
    // A deletion leaves the postings as they are (a hole until compaction): only the document table and the state change.
    await deleteClips(db, ['c2']);
    await s.sync();
    await s.persist();
    const written = put.mock.calls.flatMap(([rows]) => rows.map((r) => r.id));
    expect(written.sort()).toEqual(['index:docs', 'state']);
    // A new clip changes the postings as well.
    put.mockClear();
    await store('c6', 'Thông quan điện tử', 'Tờ khai hải quan điện tử.');
    await s.sync();
    await s.persist();
    expect(put.mock.calls.flatMap(([rows]) => rows.map((r) => r.id))).toEqual(expect.arrayContaining(['index:postings-0', 'index:terms', 'state']));
  });

  it('never indexes before the snapshot is loaded, even when a change arrives first', async () => {
    await seed();
    const first = service();
    await first.open();
    await first.persist();
    const second = service();
    const states = statesOf(second);
    // A change event before the opening (the watcher fires on the database's creation).
    await Promise.all([second.sync(), second.open(), second.sync()]);
    expect(states).not.toContain('indexing');
    expect(second.search('buon lau').ids).toEqual(['c4']);
  });

  it('rebuilds from the clips when the stored index is unreadable', async () => {
    await seed();
    await db.searchChunks.bulkPut([
      { id: 'state', data: { format: 1, generation: 'x', digests: {}, ids: 'c1', unsettled: {}, savedAt: '' } },
      { id: 'index:meta', data: 'not json' },
    ]);
    const s = service();
    await s.open();
    expect(s.search('buon lau').ids).toEqual(['c4']);
    expect(s.status()).toMatchObject({ state: 'ready', indexed: 4 });
  });

  it('keeps searching when the disk is full, and says so', async () => {
    await seed();
    const s = service();
    await s.open();
    vi.spyOn(db.searchChunks, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await s.persist();
    expect(s.status().error).toBe('storage-full');
    expect(s.search('buon lau').ids).toEqual(['c4']);
    expect(await loadSearchChunks(db)).toEqual([]);
    await s.persist();
    expect(s.status().error).toBeUndefined();
    expect((await loadSearchChunks(db)).length).toBeGreaterThan(3);
  });
});
