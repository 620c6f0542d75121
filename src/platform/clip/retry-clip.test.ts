import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BantinDb } from '../db/bantin-db.ts';
import { countClips, getClip, getClipDetails, updateClipNotes } from '../db/clips-repository.ts';
import { reviewEntity } from '../db/entities-repository.ts';
import { freshDb } from '../db/testing/fake-db.ts';
import { saveVocabularyEntry } from '../db/vocabulary-repository.ts';
import type { ActionPort } from './browser-ports.ts';
import { clipContext } from './clip-context.ts';
import { createClipService, type ClipService } from './clip-service.ts';
import { CORE_ENRICH, type EnrichFunctions } from './enrich-article.ts';
import { STORY, articlePage } from './testing/article-page.ts';
import { fakeTabs } from './testing/fake-tabs.ts';

const URL_A = 'https://baohaiquan.vn/hq-lang-son-215-vu.html';
let db: BantinDb;
let browser: ReturnType<typeof fakeTabs>;
let enrich: EnrichFunctions;
let service: ClipService;

beforeEach(() => {
  db = freshDb();
  browser = fakeTabs();
  // One object for the test's lifetime: a test swaps the tagger inside it.
  enrich = { ...CORE_ENRICH };
  service = createClipService({
    ...clipContext({ db, scripting: browser.scripting, enrich }),
    tabs: browser.tabs,
    action: fakeBrowser.action as unknown as ActionPort,
    uiLanguage: async () => 'en',
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
  fakeBrowser.reset();
});

function failingTagger() {
  enrich.tagEntities = () => {
    throw new Error('tagger bug');
  };
}

describe('retrying a failed clip', () => {
  it('finishes from the stored body when tagging failed, keeping what the user added meanwhile', async () => {
    failingTagger();
    browser.open(1, { url: URL_A, html: articlePage() });
    const failed = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(failed).toMatchObject({ kind: 'failed', error: 'tagging-failed' });
    const clipId = (failed as { clipId: string }).clipId;
    const kept = await getClipDetails(db, clipId);
    expect(kept?.clip).toMatchObject({ status: 'failed', error: 'tagging-failed', lang: 'vi', title: expect.stringContaining('215 vụ') });
    expect(kept?.body?.text).toContain('215 vụ');
    await updateClipNotes(db, clipId, { tags: ['Tuần 47'] });

    enrich.tagEntities = CORE_ENRICH.tagEntities;
    browser.close(1);
    const retried = await service.retryClip({ clipId });
    expect(retried).toMatchObject({ kind: 'clipped', clip: { id: clipId, status: 'ready', tags: ['Tuần 47'] } });
    const clip = await getClip(db, clipId);
    expect(clip?.error).toBeUndefined();
    expect(clip?.entityKeys).toContain('unit:Cục Hải quan Lạng Sơn');
  });

  it('extracts again when the page is still the open tab', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('The tab was closed.'));
    const failed = await service.clipPage({ tabId: 1, mode: 'page' });
    const clipId = (failed as { clipId: string }).clipId;
    expect(await service.retryClip({ clipId, tabId: 1 })).toMatchObject({ kind: 'clipped', clip: { id: clipId } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('✓');
  });

  it('asks to open the page when it is not the active tab any more', async () => {
    browser.open(1, { url: URL_A, title: 'Bài A', html: articlePage() });
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('No tab'));
    const failed = await service.clipPage({ tabId: 1, mode: 'page' });
    const clipId = (failed as { clipId: string }).clipId;
    browser.open(2, { url: 'https://baohaiquan.vn/khac.html', html: articlePage() });
    expect(await service.retryClip({ clipId })).toEqual({ kind: 'failed', error: 'open-page-to-retry', clipId, title: 'Bài A' });
    expect(await service.retryClip({ clipId: 'gone' })).toEqual({ kind: 'failed', error: 'clip-not-found', clipId: 'gone' });
  });
});

describe('a full disk', () => {
  it('reports storage-full, keeps the record and loses nothing stored before', async () => {
    browser.open(1, { url: 'https://baohaiquan.vn/truoc.html', html: articlePage({ title: 'Bài trước', paragraphs: STORY.slice(2) }) });
    const before = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(before.kind).toBe('clipped');

    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'bodies') throw new DOMException('Quota exceeded', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    browser.open(2, { url: URL_A, html: articlePage() });
    const outcome = await service.clipPage({ tabId: 2, mode: 'page' });
    expect(outcome).toMatchObject({ kind: 'failed', error: 'storage-full', clipId: expect.any(String) });
    expect(await fakeBrowser.action.getTitle({ tabId: 2 })).toMatch(/^Could not clip: Storage is full/);
    vi.restoreAllMocks();

    const record = await getClipDetails(db, (outcome as { clipId: string }).clipId);
    expect(record?.clip).toMatchObject({ status: 'failed', error: 'storage-full', url: URL_A });
    expect(record?.body).toBeUndefined();
    expect(record?.entities).toEqual([]);
    const earlier = await getClipDetails(db, (before as { clip: { id: string } }).clip.id);
    expect(earlier?.clip.status).toBe('ready');
    expect(earlier?.body?.text).toContain('Hữu Nghị');
    expect(await countClips(db)).toBe(2);
  });
});

describe('re-tagging', () => {
  it('uses the user vocabulary and keeps people corrections', async () => {
    const text = [...STORY, 'Trạm KSLH Cốc Nam đã tiếp nhận hồ sơ điện tử của 300 doanh nghiệp trong tháng 10/2026 theo đúng quy định.'];
    browser.open(1, { url: URL_A, html: articlePage({ paragraphs: text }) });
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    if (outcome.kind !== 'clipped') throw new Error(outcome.kind);
    expect(outcome.clip.entityKeys).not.toContain('unit:Trạm Kiểm soát liên hợp Cốc Nam');
    const person = outcome.entities.find((e) => e.type === 'person')!;
    await reviewEntity(db, person.id, { kind: 'correct', type: 'person', value: 'Nguyễn Văn Ân' });

    await saveVocabularyEntry(db, { kind: 'unit', name: 'Trạm Kiểm soát liên hợp Cốc Nam', aliases: ['Trạm KSLH Cốc Nam'] });
    const retagged = await service.retagClip({ clipId: outcome.clip.id });
    if (retagged.kind !== 'clipped') throw new Error(retagged.kind);
    expect(retagged.clip.entityKeys).toContain('unit:Trạm Kiểm soát liên hợp Cốc Nam');
    expect(retagged.clip.entityKeys).toContain('person:Nguyễn Văn Ân');
    expect(retagged.entities.filter((e) => e.type === 'person').map((e) => [e.value, e.status])).toEqual([['Nguyễn Văn Ân', 'corrected']]);
    expect((await getClip(db, outcome.clip.id))?.entityKeys).toEqual(retagged.clip.entityKeys);
  });

  it('says when the tagger fails, changing nothing', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    const id = (outcome as { clip: { id: string } }).clip.id;
    const keys = (await getClip(db, id))?.entityKeys;
    failingTagger();
    expect(await service.retagClip({ clipId: id })).toMatchObject({ kind: 'failed', error: 'tagging-failed', clipId: id });
    expect((await getClip(db, id))?.entityKeys).toEqual(keys);
  });
});
