import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BantinDb } from '../db/bantin-db.ts';
import { countClips, getClip, getClipDetails, listClipIds } from '../db/clips-repository.ts';
import { freshDb } from '../db/testing/fake-db.ts';
import type { ActionPort } from './browser-ports.ts';
import { clipContext } from './clip-context.ts';
import { createClipService, type ClipService } from './clip-service.ts';
import { STORY, articlePage, listingPage } from './testing/article-page.ts';
import { fakeTabs } from './testing/fake-tabs.ts';
import { ClipOutcomeSchema } from '../../core/schemas/clip-outcome.ts';

const action = fakeBrowser.action as unknown as ActionPort & typeof fakeBrowser.action;
let db: BantinDb;
let browser: ReturnType<typeof fakeTabs>;
let service: ClipService;

beforeEach(() => {
  db = freshDb();
  browser = fakeTabs();
  service = createClipService({
    ...clipContext({ db, scripting: browser.scripting }),
    tabs: browser.tabs,
    action,
    uiLanguage: async () => 'vi',
  });
});
afterEach(() => {
  db.close();
  fakeBrowser.reset();
});

const URL_A = 'https://baohaiquan.vn/hq-lang-son-215-vu.html';

describe('clipping a page', () => {
  it('stores the article with its language, entities and fingerprint, and marks the tab', async () => {
    browser.open(1, { url: `${URL_A}?utm_source=zalo&zarsrc=30#binh-luan`, title: 'Tab title', html: articlePage() });
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(outcome.kind).toBe('clipped');
    if (outcome.kind !== 'clipped') return;
    const { clip, entities } = outcome;
    expect(clip).toMatchObject({ status: 'ready', lang: 'vi', url: URL_A, canonicalUrl: URL_A, siteName: 'Báo Hải quan', publishedAt: '2026-11-18T08:15:00+07:00' });
    expect(clip.title).toBe('Hải quan Lạng Sơn bắt giữ 215 vụ vi phạm trong 10 tháng');
    expect(clip.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(clip.entityKeys).toEqual(expect.arrayContaining(['unit:Cục Hải quan Lạng Sơn', 'type:amount']));
    expect(entities.every((e) => e.clipId === clip.id && e.status === 'auto')).toBe(true);
    const stored = await getClipDetails(db, clip.id);
    expect(stored?.body?.text).toContain('215 vụ vi phạm');
    expect(stored?.entities).toHaveLength(entities.length);
    // Offsets point into lead + body, as core/clip/tagged-text says.
    const unit = entities.find((e) => e.type === 'unit')!;
    expect(`${clip.lead}\n\n${stored!.body!.text}`.slice(unit.start, unit.end)).toBe(unit.text);
    expect(await action.getBadgeText({ tabId: 1 })).toBe('✓');
    expect(await action.getTitle({ tabId: 1 })).toBe(`Đã kẹp: ${clip.title}`);
    expect(browser.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 1 }, files: ['/extract.js'] });
    // What the popup receives passes the declared output schema unchanged.
    expect(ClipOutcomeSchema.parse(outcome)).toEqual(outcome);
  });

  it('clips the active tab when no tab is named', async () => {
    browser.open(4, { url: URL_A, html: articlePage() });
    expect((await service.clipPage({ mode: 'page' })).kind).toBe('clipped');
    browser.close(4);
    expect(await service.clipPage({ mode: 'page' })).toEqual({ kind: 'failed', error: 'no-tab' });
  });

  it('recognises a page clipped before by its address, without touching the page', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    const first = await service.clipPage({ tabId: 1, mode: 'page' });
    browser.open(2, { url: `${URL_A}?fbclid=abc`, html: articlePage() });
    browser.scripting.executeScript.mockClear();
    const again = await service.clipPage({ tabId: 2, mode: 'page' });
    expect(again).toMatchObject({ kind: 'already-clipped', clipId: first.kind === 'clipped' ? first.clip.id : '', url: URL_A });
    expect(browser.scripting.executeScript).not.toHaveBeenCalled();
    expect(await action.getTitle({ tabId: 2 })).toBe('Đã kẹp trước đó: Hải quan Lạng Sơn bắt giữ 215 vụ vi phạm trong 10 tháng');
    expect(await countClips(db)).toBe(1);
  });

  it('recognises it by the canonical address after extraction, and keeps no second record', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    await service.clipPage({ tabId: 1, mode: 'page' });
    browser.open(2, { url: 'https://m.baohaiquan.vn/hq-lang-son-215-vu.html', html: articlePage({ canonical: URL_A }) });
    const again = await service.clipPage({ tabId: 2, mode: 'page' });
    expect(again.kind).toBe('already-clipped');
    expect(await countClips(db)).toBe(1);
  });

  it('links the same story republished by another site to the first clip', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    const first = await service.clipPage({ tabId: 1, mode: 'page' });
    const copyParagraphs = [`(Theo Báo Hải quan) ${STORY[0]}`, ...STORY.slice(1)];
    browser.open(2, {
      url: 'https://baolangson.vn/hai-quan-bat-giu-215-vu.html',
      html: articlePage({ site: 'Báo Lạng Sơn', title: 'Bắt giữ 215 vụ vi phạm pháp luật hải quan', paragraphs: copyParagraphs }),
    });
    const copy = await service.clipPage({ tabId: 2, mode: 'page' });
    if (first.kind !== 'clipped' || copy.kind !== 'clipped') throw new Error('both should be clipped');
    expect(copy.clip.storyOf).toBe(first.clip.id);
    expect(ClipOutcomeSchema.parse(copy)).toEqual(copy);
    expect(copy.sameStoryAs).toEqual({ clipId: first.clip.id, title: first.clip.title, siteName: 'Báo Hải quan', url: URL_A });
    expect((await getClip(db, first.clip.id))?.alsoOn).toEqual([
      { clipId: copy.clip.id, siteName: 'Báo Lạng Sơn', url: 'https://baolangson.vn/hai-quan-bat-giu-215-vu.html' },
    ]);
  });

  it('warns when the article is not in Vietnamese', async () => {
    const english = [
      'The customs department of Lang Son province seized goods worth more than 38 billion dong in the first ten months of the year, according to a report released on Tuesday by the provincial authorities.',
      'Officers worked with border guards and the police to patrol trails and unofficial crossings along the border, focusing on banned goods, counterfeit products and goods of unknown origin.',
    ];
    browser.open(1, { url: 'https://news.example.com/customs.html', html: articlePage({ title: 'Customs seize smuggled goods', lead: 'A busy year at the border.', paragraphs: english }) });
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(outcome.kind === 'clipped' && outcome.clip).toMatchObject({ lang: 'en', warnings: expect.arrayContaining(['not-vietnamese']) });
  });
});

describe('selections', () => {
  const selected = { text: STORY[0]!, html: `<p>${STORY[0]}</p>` };

  it('clips only the selection when asked', async () => {
    browser.open(1, { url: URL_A, html: articlePage(), selection: selected });
    const outcome = await service.clipPage({ tabId: 1, mode: 'selection' });
    expect(outcome.kind === 'clipped' && outcome.clip.selectionOnly).toBe(true);
    const details = await getClipDetails(db, (await listClipIds(db))[0]!);
    expect(details?.body?.text).toBe(STORY[0]);
  });

  it('falls back to the selection when the page has no article', async () => {
    browser.open(1, { url: 'https://baohaiquan.vn/thoi-su', html: listingPage(), selection: selected });
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(outcome).toMatchObject({ kind: 'clipped', clip: { selectionOnly: true, status: 'ready' } });
  });
});

describe('failures leave a visible record', () => {
  it('no article and no selection: a failed clip with its code, and a red badge', async () => {
    browser.open(1, { url: 'https://baohaiquan.vn/thoi-su', title: 'Thời sự', html: listingPage() });
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(outcome).toMatchObject({ kind: 'failed', error: 'no-article-found', title: 'Thời sự' });
    expect(ClipOutcomeSchema.parse(outcome)).toEqual(outcome);
    const clip = await getClip(db, (outcome as { clipId: string }).clipId);
    expect(clip).toMatchObject({ status: 'failed', error: 'no-article-found', url: 'https://baohaiquan.vn/thoi-su', title: 'Thời sự' });
    expect(await action.getBadgeText({ tabId: 1 })).toBe('!');
    expect(await action.getTitle({ tabId: 1 })).toMatch(/^Không kẹp được: Không tìm thấy bài báo/);
    // Clipping the page again finishes that record instead of adding one.
    await service.clipPage({ tabId: 1, mode: 'page' });
    expect(await countClips(db)).toBe(1);
  });

  it('a page the extension may not read', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    browser.scripting.executeScript.mockRejectedValueOnce(new Error('Cannot access contents of url'));
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(outcome).toMatchObject({ kind: 'failed', error: 'cannot-access-page', clipId: expect.any(String) });
    expect(await countClips(db, { status: 'failed' })).toBe(1);
  });

  it('a browser page: refused before anything is stored', async () => {
    browser.open(1, { url: 'chrome://extensions/', html: '' });
    expect(await service.clipPage({ tabId: 1, mode: 'page' })).toEqual({ kind: 'failed', error: 'cannot-access-page' });
    expect(await countClips(db)).toBe(0);
  });

  it('page data that does not fit the schema is not stored', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    const forged: unknown = { url: URL_A, title: 'x', article: { ok: true, article: { title: '' } }, selection: null };
    browser.scripting.executeScript.mockResolvedValueOnce([{ result: forged as never }]);
    const outcome = await service.clipPage({ tabId: 1, mode: 'page' });
    expect(outcome).toMatchObject({ kind: 'failed', error: 'invalid-page-data' });
    expect((await getClipDetails(db, (outcome as { clipId: string }).clipId))?.body).toBeUndefined();
  });
});

describe('the popup status of a tab', () => {
  it('says clipping while a clip runs, then clipped; one clip per tab at a time', async () => {
    browser.open(1, { url: URL_A, html: articlePage() });
    expect(await service.statusForTab({ tabId: 1 })).toEqual({ state: 'not-clipped' });
    const first = service.clipPage({ tabId: 1, mode: 'page' });
    const second = service.clipPage({ tabId: 1, mode: 'page' });
    expect(await service.statusForTab({ tabId: 1 })).toEqual({ state: 'clipping' });
    const [a, b] = await Promise.all([first, second]);
    expect(b).toBe(a);
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
    expect(await service.statusForTab({ tabId: 1 })).toMatchObject({ state: 'clipped', status: 'ready', title: expect.stringContaining('215 vụ') });
  });

  it('remembers the clip of a tab whose address it cannot read, until the tab navigates', async () => {
    const tab = browser.open(1, { url: URL_A, html: articlePage() });
    await service.clipPage({ tab, mode: 'page' });
    vi.mocked(browser.tabs.get).mockResolvedValue({ id: 1 });
    expect(await service.statusForTab({ tabId: 1 })).toMatchObject({ state: 'clipped' });
    await service.forgetTab(1);
    expect(await service.statusForTab({ tabId: 1 })).toEqual({ state: 'not-clipped' });
    expect(await action.getBadgeText({ tabId: 1 })).toBe('');
  });
});
