// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getClipDetails, putClip } from '../../platform/db/clips-repository.ts';
import { freshDb, makeClip } from '../../platform/db/testing/fake-db.ts';
import { renderLibrary, setUpLibraryTests, storeClip } from './testing/library-harness.tsx';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
setUpLibraryTests();

const LANG_SON = 'Cục Hải quan Lạng Sơn thu ngân sách 6.452,7 tỷ đồng, tăng 12% so với cùng kỳ.';
const ROAD = 'Con đường mới lên cửa khẩu Hữu Nghị giúp thông quan nhanh hơn.';
const OCEAN = 'Hàng hóa đi qua Thái Bình Dương tăng mạnh trong năm 2026.';
const SMUGGLING = 'Hải quan phối hợp với biên phòng chống buôn lậu trên tuyến biên giới.';

async function seed() {
  const db = freshDb();
  await storeClip(db, { id: 'a1', title: 'Lạng Sơn thu ngân sách vượt kế hoạch', siteName: 'Báo Lạng Sơn', publishedAt: '2026-11-02T08:00:00+07:00', tags: ['tuần 45'] }, LANG_SON);
  await storeClip(db, { id: 'a2', title: 'Mở rộng đường lên cửa khẩu', siteName: 'Báo Hải quan', publishedAt: '2026-11-10T08:00:00+07:00' }, ROAD);
  await storeClip(db, { id: 'a3', title: 'Biển lớn', siteName: 'Báo Hải quan', publishedAt: '2026-10-10T08:00:00+07:00' }, OCEAN);
  await storeClip(db, { id: 'a4', title: 'Chống buôn lậu dịp Tết', siteName: 'Báo Hải quan', publishedAt: '2026-11-18T08:00:00+07:00', tags: ['tuần 45', 'biên giới'] }, SMUGGLING);
  await putClip(db, makeClip({ id: 'a5', title: 'Bài chưa kẹp xong', status: 'failed', error: 'tagging-failed', warnings: ['no-date'], publishedAt: null }));
  return db;
}

const clipList = () => screen.queryByRole('list', { name: /^Danh sách bài/ });
const rowsOfList = () => {
  const list = clipList();
  return list ? within(list).queryAllByRole('listitem') : [];
};
const titles = () => rowsOfList().map((row) => row.querySelector('.clip-row-title')?.textContent);

describe('the library page', () => {
  it('explains how to clip when the library is empty', async () => {
    renderLibrary();
    expect(await screen.findByRole('heading', { name: 'Thư viện chưa có bài nào' })).toBeTruthy();
    expect(screen.getByText(/thanh công cụ/)).toBeTruthy();
    expect(screen.getAllByText(/^(Alt|Shift|K)$/).map((k) => k.tagName)).toEqual(['KBD', 'KBD', 'KBD']);
  });

  it('lists clips newest first, with site, date, tags, warnings and a failed clip with its reason and a retry', async () => {
    const db = await seed();
    const view = renderLibrary({ db });
    await waitFor(() => expect(titles()).toEqual(['Bài chưa kẹp xong', 'Chống buôn lậu dịp Tết', 'Biển lớn', 'Mở rộng đường lên cửa khẩu', 'Lạng Sơn thu ngân sách vượt kế hoạch']));
    const failed = rowsOfList()[0]!;
    expect(within(failed).getByText(/Chưa kẹp xong: Đã lưu bài nhưng chưa gắn nhãn được/)).toBeTruthy();
    expect(within(failed).getByText(/Không thấy ngày đăng/)).toBeTruthy();
    const smuggling = rowsOfList()[1]!;
    expect(within(smuggling).getByText('18/11/2026')).toBeTruthy();
    expect(within(smuggling).getByText('biên giới')).toBeTruthy();
    fireEvent.click(within(failed).getByRole('button', { name: /Thử kẹp lại/ }));
    expect(await screen.findByText('Hãy mở lại trang bài báo rồi kẹp lại.')).toBeTruthy();
    expect(view.handlers['retry-clip']).toHaveBeenCalledWith({ clipId: 'a5' }, expect.anything());
  });

  it('searches as you type without diacritics, ranks exact spellings first, and keeps the query in the address', async () => {
    const db = await seed();
    renderLibrary({ db });
    const box = await screen.findByRole('searchbox', { name: 'Tìm trong thư viện' });
    await waitFor(() => expect(titles().filter(Boolean)).toHaveLength(5));
    fireEvent.input(box, { target: { value: 'hai quan lang son' } });
    await waitFor(() => expect(titles()).toEqual(['Lạng Sơn thu ngân sách vượt kế hoạch']));
    expect(decodeURIComponent(location.hash)).toContain('q=hai+quan+lang+son');
    fireEvent.input(box, { target: { value: 'duong' } });
    await waitFor(() => expect(titles().filter(Boolean)).toHaveLength(2));
    // Typed with its diacritics, "đường" (road) ranks above "Dương" (ocean).
    fireEvent.input(box, { target: { value: 'đường' } });
    await waitFor(() => expect(titles()).toEqual(['Mở rộng đường lên cửa khẩu', 'Biển lớn']));
    fireEvent.input(box, { target: { value: 'Dương' } });
    await waitFor(() => expect(titles()[0]).toBe('Biển lớn'));
    fireEvent.keyDown(box, { key: 'Escape' });
    await waitFor(() => expect(titles().filter(Boolean)).toHaveLength(5));
  });

  it('combines facet filters (AND) as removable chips, counted within the results, kept in the address', async () => {
    const db = await seed();
    renderLibrary({ db });
    const facets = await screen.findByRole('navigation', { name: 'Bộ lọc' });
    const tagValue = await within(facets).findByRole('button', { name: /tuần 45/ });
    expect(tagValue.textContent).toContain('2');
    fireEvent.click(tagValue);
    await waitFor(() => expect(titles()).toEqual(['Chống buôn lậu dịp Tết', 'Lạng Sơn thu ngân sách vượt kế hoạch']));
    fireEvent.click(await within(facets).findByRole('button', { name: /^✓?Báo Hải quan/ }));
    await waitFor(() => expect(titles()).toEqual(['Chống buôn lậu dịp Tết']));
    expect(decodeURIComponent(location.hash.replace(/\+/g, ' '))).toMatch(/tag=tuần 45.*site=Báo Hải quan/);
    const chips = screen.getByLabelText('Bộ lọc đang dùng');
    expect(within(chips).getByText(/Nhãn của bạn: tuần 45/)).toBeTruthy();
    fireEvent.click(within(chips).getByRole('button', { name: 'Bỏ lọc Nhãn của bạn: tuần 45' }));
    await waitFor(() => expect(titles()).toEqual(['Bài chưa kẹp xong', 'Chống buôn lậu dịp Tết', 'Biển lớn', 'Mở rộng đường lên cửa khẩu']));
    // A facet and words together.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'cua khau' } });
    await waitFor(() => expect(titles()).toEqual(['Mở rộng đường lên cửa khẩu']));
    fireEvent.click(within(screen.getByLabelText('Bộ lọc đang dùng')).getByRole('button', { name: 'Bỏ tất cả bộ lọc' }));
    await waitFor(() => expect(location.hash).toBe(''));
  });

  it('deletes a selection (shift-click picks a stretch) and brings everything back with “Hoàn tác”', async () => {
    const db = await seed();
    const before = await Promise.all(['a2', 'a3', 'a4'].map((id) => getClipDetails(db, id)));
    renderLibrary({ db });
    await waitFor(() => expect(titles().filter(Boolean)).toHaveLength(5));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chọn bài: Chống buôn lậu dịp Tết' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Chọn bài: Mở rộng đường lên cửa khẩu' }), { shiftKey: true });
    const bulk = screen.getByRole('toolbar', { name: 'Thao tác với các bài đã chọn' });
    expect(within(bulk).getByText('Đã chọn 3 bài')).toBeTruthy();
    fireEvent.click(within(bulk).getByRole('button', { name: 'Xoá 3 bài' }));
    expect(await screen.findByText('Đã xoá 3 bài.')).toBeTruthy();
    await waitFor(() => expect(titles()).toEqual(['Bài chưa kẹp xong', 'Lạng Sơn thu ngân sách vượt kế hoạch']));
    expect(await getClipDetails(db, 'a3')).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    expect(await screen.findByText('Đã khôi phục 3 bài.')).toBeTruthy();
    await waitFor(() => expect(titles().filter(Boolean)).toHaveLength(5));
    const after = await Promise.all(['a2', 'a3', 'a4'].map((id) => getClipDetails(db, id)));
    expect(after).toEqual(before);
  });

  it('tags a selection in bulk, and says so', async () => {
    const db = await seed();
    renderLibrary({ db });
    await waitFor(() => expect(titles().filter(Boolean)).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: 'Chọn cả 5 bài khớp' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gắn nhãn…' }));
    fireEvent.input(screen.getByLabelText('Gắn nhãn cho 5 bài:'), { target: { value: 'tổng hợp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gắn nhãn' }));
    expect(await screen.findByText('Đã gắn nhãn “tổng hợp” cho 5 bài.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByText('tổng hợp').length).toBeGreaterThanOrEqual(5));
  });

  it('opens the clip of #clip=<id>, and Escape goes back to the list', async () => {
    const db = await seed();
    renderLibrary({ db, hash: '#clip=a1' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Lạng Sơn thu ngân sách vượt kế hoạch' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('article'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    expect(location.hash).toBe('');
  });

  it('speaks English when the settings say so', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'en' } });
    renderLibrary();
    expect(await screen.findByRole('heading', { name: 'Your library is empty' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search the library' })).toBeTruthy();
  });
});
