// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putClip } from '../../platform/db/clips-repository.ts';
import { freshDb, makeClip } from '../../platform/db/testing/fake-db.ts';
import { loadSettings } from '../../platform/settings/settings.ts';
import { renderOptions } from './testing/options-harness.tsx';

// The page's LanguageProvider reads the settings through wxt/browser: give it the fake one.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('language', () => {
  it('saves the choice and switches the page at once', async () => {
    const { area } = renderOptions();
    const english = await screen.findByRole('radio', { name: 'English' });
    await waitFor(() => expect((screen.getByRole('radio', { name: 'Tiếng Việt' }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(english);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bantin: options' })).toBeTruthy();
    expect((await loadSettings(area)).uiLanguage).toBe('en');
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    fireEvent.click(screen.getByRole('radio', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bantin: tuỳ chọn' })).toBeTruthy();
  });
});

describe('shortcut', () => {
  it('shows the shortcut and opens Chrome’s shortcut page', async () => {
    const { services } = renderOptions({ shortcut: 'Ctrl+Shift+K' });
    expect((await screen.findByText('Ctrl+Shift+K')).tagName).toBe('KBD');
    fireEvent.click(screen.getByRole('button', { name: 'Mở trang phím tắt' }));
    expect(services.openShortcutSettings).toHaveBeenCalled();
  });

  it('tells Firefox users where to change it, and says when none is set', async () => {
    renderOptions({ browserKind: 'firefox', shortcut: '' });
    expect(await screen.findByText('Chưa đặt phím tắt.')).toBeTruthy();
    expect(screen.getByText(/about:addons/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mở trang phím tắt' })).toBeNull();
  });
});

describe('clipping and digests', () => {
  it('saves the review toggle, the grouping and the date field', async () => {
    const { area } = renderOptions();
    const review = await screen.findByRole('checkbox', { name: /ngay sau khi kẹp/ });
    await waitFor(() => expect((review as HTMLInputElement).checked).toBe(true));
    fireEvent.click(review);
    await waitFor(async () => expect((await loadSettings(area)).reviewAfterClip).toBe(false));
    fireEvent.change(screen.getByRole('combobox', { name: 'Bản tin mới chia mục theo' }), { target: { value: 'unit' } });
    await waitFor(async () => expect((await loadSettings(area)).digestGrouping).toBe('unit'));
    fireEvent.change(screen.getByRole('combobox', { name: 'Bài vào bản tin của một kỳ theo' }), { target: { value: 'published' } });
    await waitFor(async () => expect(await loadSettings(area)).toMatchObject({ digestDateField: 'published', reviewAfterClip: false, digestGrouping: 'unit' }));
    expect(screen.getAllByText('Đã lưu').length).toBeGreaterThan(0);
  });

  it('follows a change made on another page', async () => {
    const { area } = renderOptions();
    const grouping = (await screen.findByRole('combobox', { name: 'Bản tin mới chia mục theo' })) as HTMLSelectElement;
    await area.set({ settings: { digestGrouping: 'site' } });
    await waitFor(() => expect(grouping.value).toBe('site'));
  });
});

describe('storage', () => {
  it('asks for persistent storage on opening and shows the space used and the clips', async () => {
    const db = freshDb();
    await putClip(db, makeClip({ id: 'a' }));
    await putClip(db, makeClip({ id: 'b' }));
    const { persist } = renderOptions({ db, estimate: { usage: 12_900_000, quota: 2_147_483_648, persisted: true } });
    expect(await screen.findByText('Thư viện có 2 bài.')).toBeTruthy();
    expect(screen.getByText('Đang dùng 12,3 MB trên 2 GB trình duyệt cho phép (0,6%).')).toBeTruthy();
    expect(screen.getByText(/Trình duyệt giữ thư viện lâu dài/)).toBeTruthy();
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('explains a refusal and asks again on request', async () => {
    const { persist } = renderOptions({ persist: async () => false, estimate: { usage: null, quota: null, persisted: false } });
    expect(await screen.findByText(/chưa cho giữ thư viện lâu dài/)).toBeTruthy();
    expect(screen.getByText('Trình duyệt không cho biết dung lượng đang dùng.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xin giữ lâu dài' }));
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(2));
  });

  it('says what to do when storage is full, with a way to the library', async () => {
    const { services } = renderOptions();
    expect(await screen.findByRole('heading', { name: 'Khi bộ nhớ đầy' })).toBeTruthy();
    expect(screen.getByText(/các bài đã lưu vẫn còn nguyên/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mở thư viện' }));
    expect(services.openLibrary).toHaveBeenCalled();
  });
});
