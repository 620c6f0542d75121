// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeClip } from '../../platform/db/testing/fake-db.ts';
import { putClip } from '../../platform/db/clips-repository.ts';
import { freshDb } from '../../platform/db/testing/fake-db.ts';
import './clip-result.tsx';
import { clippedOutcome } from './testing/example-outcome.ts';
import { renderPopup } from './testing/popup-harness.tsx';

// A loaded machine (2 cores, parallel helpers) can take over a second to
// transform and import the lazy chunks the first time.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

const never = () => new Promise<never>(() => {});

describe('popup on opening', () => {
  it('paints its actions at once, before the tab, the background or the library answer', () => {
    renderPopup({ services: { activeTabId: never, shortcut: never, data: never, reviewAfterClip: never } });
    // No waiting: these are there in the very first render.
    expect(screen.getByRole('button', { name: 'Kẹp bài này' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kẹp đoạn đã chọn' })).toBeTruthy();
    expect(screen.getByText('Đang xem trang này đã kẹp chưa…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mở thư viện' })).toBeTruthy();
  });

  it('says a page is not in the library yet, once the background answers', async () => {
    renderPopup();
    expect(await screen.findByText(/Trang này chưa có trong thư viện/)).toBeTruthy();
    expect(screen.queryByText('Đang xem trang này đã kẹp chưa…')).toBeNull();
  });

  it('shows the shortcut the browser has, or that none is set', async () => {
    renderPopup({ shortcut: 'Ctrl+Shift+Y' });
    expect(await screen.findByText('Phím tắt: Ctrl+Shift+Y')).toBeTruthy();
    cleanup();
    renderPopup({ shortcut: '' });
    expect(await screen.findByText('Chưa đặt phím tắt')).toBeTruthy();
  });

  it('says when the page is in the library already, and shows that clip', async () => {
    const db = freshDb();
    await putClip(db, makeClip({ id: 'c1', title: 'Bắt giữ 2 tấn hàng lậu', tags: ['chống buôn lậu'] }));
    const { handlers } = renderPopup({
      db,
      tabId: 12,
      status: { state: 'clipped', clipId: 'c1', clippedAt: '2026-11-20T07:05:00.000Z', title: 'Bắt giữ 2 tấn hàng lậu', status: 'ready' },
    });
    expect(await screen.findByText('Đã kẹp lúc 14:05, 20/11/2026')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Bắt giữ 2 tấn hàng lậu' })).toBeTruthy();
    expect(screen.getByText('chống buôn lậu')).toBeTruthy();
    expect(handlers['clip-status-for-tab']).toHaveBeenCalledWith({ tabId: 12 }, expect.anything());
  });

  it('joins a clip already under way (shortcut, menu) and shows its outcome', async () => {
    const { handlers } = renderPopup({ status: { state: 'clipping' }, clipPage: async () => clippedOutcome() });
    expect(await screen.findByRole('heading', { name: /Lạng Sơn thu ngân sách/ })).toBeTruthy();
    expect(handlers['clip-page']).toHaveBeenCalledWith({ tabId: 7, mode: 'page' }, expect.anything());
  });

  it('shows a clip that failed half way with its reason and a retry', async () => {
    renderPopup({ status: { state: 'clipped', clipId: 'c1', clippedAt: '2026-11-20T07:05:00.000Z', title: 'Bài dở', status: 'failed', error: 'tagging-failed' } });
    expect(await screen.findByText(/chưa gắn nhãn được/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});

describe('clipping from the popup', () => {
  it('shows progress, then title, site, date, warnings, same story and entities by family', async () => {
    let finish!: () => void;
    const { handlers } = renderPopup({
      clipPage: () => new Promise((resolve) => (finish = () => resolve(clippedOutcome()))),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp bài này' }));
    expect(await screen.findByText('Đang kẹp bài…', { selector: 'span' })).toBeTruthy();
    await waitFor(() => expect(handlers['clip-page']).toHaveBeenCalledWith({ tabId: 7, mode: 'page' }, expect.anything()));
    finish();
    expect(await screen.findByRole('heading', { name: 'Hải quan Lạng Sơn thu ngân sách vượt chỉ tiêu' })).toBeTruthy();
    expect(screen.getByText('Đã kẹp bài')).toBeTruthy();
    expect(screen.getByText('Báo Hải quan · Đăng 08:00, 18/11/2026')).toBeTruthy();
    expect(screen.getByText('Không thấy tác giả')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cùng tin với bài đã kẹp trên Báo Lạng Sơn' })).toBeTruthy();

    const group = (label: string) => within(screen.getByText(label, { selector: 'dt' }).parentElement!);
    expect(group('Chiến dịch').getByText('Chống buôn lậu').className).toContain('family-campaign');
    expect(group('Đơn vị').getByText('Cục Hải quan Lạng Sơn').textContent).toBe('Cục Hải quan Lạng Sơn×2');
    expect(group('Số liệu').getAllByText(/6\.452,7 tỷ đồng|12%/).map((e) => e.textContent)).toEqual(['6.452,7 tỷ đồng', '12%']);
    expect(group('Khác').getByText('Lạng Sơn').className).toContain('family-other');
    // What a person rejected is not shown.
    expect(screen.queryByText('Sơn Thu')).toBeNull();
  });

  it('clips the selection when asked', async () => {
    const { handlers } = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp đoạn đã chọn' }));
    await waitFor(() => expect(handlers['clip-page']).toHaveBeenCalledWith({ tabId: 7, mode: 'selection' }, expect.anything()));
  });

  it('opens the clip or the story it repeats in the library', async () => {
    const { openLibrary } = renderPopup({ clipPage: async () => clippedOutcome() });
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp bài này' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cùng tin với bài đã kẹp trên Báo Lạng Sơn' }));
    expect(openLibrary).toHaveBeenLastCalledWith('c-old');
    fireEvent.click(screen.getByRole('button', { name: 'Mở trong thư viện' }));
    expect(openLibrary).toHaveBeenLastCalledWith('c-new');
  });

  it('keeps the review folded when the settings say so', async () => {
    renderPopup({ reviewAfterClip: false, clipPage: async () => clippedOutcome() });
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp bài này' }));
    const unfold = await screen.findByRole('button', { name: 'Xem nhãn, thẻ và ghi chú' });
    expect(screen.queryByText('Đơn vị', { selector: 'dt' })).toBeNull();
    fireEvent.click(unfold);
    expect(screen.getByText('Đơn vị', { selector: 'dt' })).toBeTruthy();
  });

  it('says a page was clipped before, with when', async () => {
    const db = freshDb();
    await putClip(db, makeClip({ id: 'c1', title: 'Bài cũ' }));
    renderPopup({ db, clipPage: async () => ({ kind: 'already-clipped', clipId: 'c1', clippedAt: '2026-11-20T07:05:00.000Z', title: 'Bài cũ', url: 'https://x.vn/a' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp bài này' }));
    expect(await screen.findByText('Đã kẹp lúc 14:05, 20/11/2026')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Bài cũ' })).toBeTruthy();
  });
});

describe('a failed clip', () => {
  it('shows the reason and retries the stored record with retry-clip', async () => {
    const { handlers } = renderPopup({
      clipPage: async () => ({ kind: 'failed', error: 'tagging-failed', clipId: 'c9', title: 'Bài dở dang' }),
      retryClip: async () => clippedOutcome(),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp bài này' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText(/Đã lưu bài nhưng chưa gắn nhãn được/)).toBeTruthy();
    expect(screen.getByText('Bài dở dang')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(handlers['retry-clip']).toHaveBeenCalledWith({ clipId: 'c9', tabId: 7 }, expect.anything()));
    expect(await screen.findByRole('heading', { name: 'Hải quan Lạng Sơn thu ngân sách vượt chỉ tiêu' })).toBeTruthy();
  });

  it('clips again when nothing was stored', async () => {
    const clipPage = vi.fn().mockResolvedValueOnce({ kind: 'failed', error: 'no-article-found' }).mockResolvedValueOnce(clippedOutcome());
    const { handlers } = renderPopup({ clipPage });
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp đoạn đã chọn' }));
    expect(await screen.findByText(/Không tìm thấy bài báo trên trang này/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    await screen.findByRole('heading', { name: 'Hải quan Lạng Sơn thu ngân sách vượt chỉ tiêu' });
    expect(handlers['retry-clip']).not.toHaveBeenCalled();
    expect(handlers['clip-page'].mock.calls.map((c) => c[0])).toEqual([{ tabId: 7, mode: 'selection' }, { tabId: 7, mode: 'selection' }]);
  });

  it('says so when the background does not answer', async () => {
    renderPopup({ services: { send: async () => Promise.reject(Object.assign(new Error('gone'), { code: 'no-receiver' })) } });
    expect(await screen.findByText('Chưa biết trang này đã kẹp chưa. Bạn vẫn kẹp được.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Kẹp bài này' }));
    expect(await screen.findByText(/Không liên lạc được với phần nền/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy();
  });
});
