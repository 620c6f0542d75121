import { newClipId } from '../../src/core/clip/clip-id.ts';
import type { Clip } from '../../src/core/schemas/index.ts';
import type { BantinDb } from '../../src/platform/db/bantin-db.ts';
import { toClipRow } from '../../src/platform/db/clip-row.ts';
import {
  countClips,
  facetCounts,
  findSameStory,
  getClips,
  listClipIds,
  listClips,
  saveClipContent,
} from '../../src/platform/db/clips-repository.ts';
import { seededRandom } from './seeded-random.ts';

// The library's queries on n clip rows, for any IndexedDB (Chromium's in
// bench-library.ts, fake-indexeddb in Node). Rows are synthetic but shaped
// like real ones: 20 sites, 4 years of dates, ~8 tags and ~14 facet keys a
// clip drawn from pools of the size a real library reaches.

const SITES = Array.from({ length: 20 }, (_, i) => `Báo số ${i + 1}`);
const TAGS = Array.from({ length: 120 }, (_, i) => `chủ đề ${i + 1}`);
const KEYS = [
  ...Array.from({ length: 300 }, (_, i) => `unit:Đơn vị ${i + 1}`),
  ...Array.from({ length: 60 }, (_, i) => `campaign:Phong trào ${i + 1}`),
  ...Array.from({ length: 200 }, (_, i) => `place:Địa danh ${i + 1}`),
  ...Array.from({ length: 800 }, (_, i) => `person:Người ${i + 1}`),
];
const TYPES = ['amount', 'percent', 'quantity', 'date', 'document', 'marker'].map((t) => `type:${t}`);

export function syntheticClips(n: number, seed = 7): Clip[] {
  const r = seededRandom(seed);
  const start = Date.UTC(2023, 0, 1);
  const out: Clip[] = [];
  for (let i = 0; i < n; i++) {
    const at = start + Math.floor((i / n) * 4 * 365 * 86_400_000);
    const id = newClipId(at, (k) => Uint8Array.from({ length: k }, () => r.int(0, 255)));
    const site = r.pick(SITES);
    const keys = new Set<string>();
    for (let k = 0; k < 10; k++) keys.add(r.pick(KEYS));
    for (let k = 0; k < 4; k++) keys.add(r.pick(TYPES));
    for (const key of [...keys]) if (!key.startsWith('type:')) keys.add(`type:${key.slice(0, key.indexOf(':'))}`);
    const hex = Array.from({ length: 16 }, () => '0123456789abcdef'[r.int(0, 15)]).join('');
    out.push({
      id, url: `https://bao${site.length}.vn/bai-${i}.html`, canonicalUrl: `https://bao${site.length}.vn/bai-${i}.html`,
      title: `Tin số ${i}: hải quan bắt giữ lô hàng nhập lậu tại cửa khẩu`, lead: 'Sapo của bài báo, một hai câu giới thiệu nội dung chính của tin.'.repeat(2),
      byline: 'Phóng viên', publishedAt: new Date(at - r.int(0, 3) * 86_400_000).toISOString().slice(0, 19) + '+07:00', modifiedAt: null,
      siteName: site, lang: 'vi', wordCount: r.int(200, 1500), images: [{ src: `https://bao.vn/anh-${i}.jpg` }], sources: { title: 'meta', publishedAt: 'jsonld' },
      warnings: [], clippedAt: new Date(at).toISOString(), updatedAt: new Date(at).toISOString(), status: r.chance(0.01) ? 'failed' : 'ready',
      tags: [...new Set(Array.from({ length: r.int(0, 8) }, () => r.pick(TAGS)))], note: '', fingerprint: hex, entityKeys: [...keys].sort(),
    });
  }
  return out;
}

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function runLibraryBench(db: BantinDb, n: number, runs = 5): Promise<Record<string, number>> {
  const clips = syntheticClips(n);
  const t0 = performance.now();
  for (let i = 0; i < clips.length; i += 5000) await db.articles.bulkPut(clips.slice(i, i + 5000).map(toClipRow));
  const figures: Record<string, number> = { [`insert ${n} rows (ms)`]: performance.now() - t0 };
  const ids = await listClipIds(db);
  const deep = ids[Math.floor(n / 2)]!;
  const site = { site: 'Báo số 3' };
  const tagAndMonth = { tags: ['chủ đề 7'], month: '2025-06' };
  const entity = { entityKeys: ['unit:Đơn vị 12'] };
  const m = async (name: string, f: () => Promise<unknown>) => (figures[`${name} (ms)`] = await median(runs, f));
  await m('listClips first page of 50', () => listClips(db, { limit: 50 }));
  await m('listClips page of 50 from the middle', () => listClips(db, { limit: 50, after: deep }));
  await m('listClipIds whole library', () => listClipIds(db));
  await m('listClipIds by site (1/20)', () => listClipIds(db, { filter: site }));
  await m('listClipIds by tag and month', () => listClipIds(db, { filter: tagAndMonth }));
  await m('listClipIds by unit', () => listClipIds(db, { filter: entity }));
  await m('listClipIds by published date', () => listClipIds(db, { order: 'published' }));
  await m('listClips filtered page of 50', () => listClips(db, { filter: site, limit: 50 }));
  await m('getClips window of 50', () => getClips(db, ids.slice(1000, 1050)));
  await m('countClips by site', () => countClips(db, site));
  await m('facetCounts whole library', () => facetCounts(db));
  await m('facetCounts within a site (1/20)', () => facetCounts(db, site));
  const body = { id: '', text: 'Nội dung. '.repeat(400), html: '' };
  let k = 0;
  const save = () => {
    const clip = { ...clips[k++]!, id: `bench-${k}` };
    const entities = Array.from({ length: 20 }, (_, i) => ({ type: 'unit' as const, text: 'Đơn vị', start: i * 10, end: i * 10 + 6, sentence: '', value: `Đơn vị ${i}`, status: 'auto' as const }));
    return saveClipContent(db, { clip, body: { ...body, id: clip.id }, entities });
  };
  await m('saveClipContent (row, body, 20 entities)', save);
  const t1 = performance.now();
  await findSameStory(db, clips[10]!.fingerprint, { exceptId: 'x' });
  figures['findSameStory, first: builds the packed cache (ms)'] = performance.now() - t1;
  await m('findSameStory over all fingerprints', () => findSameStory(db, clips[10]!.fingerprint, { exceptId: 'x' }));
  await m('saveClipContent, appending to the cache', save);
  return figures;
}
