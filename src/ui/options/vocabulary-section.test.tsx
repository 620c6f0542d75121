// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putClip } from '../../platform/db/clips-repository.ts';
import { freshDb, makeClip } from '../../platform/db/testing/fake-db.ts';
import { listVocabulary, saveVocabularyEntry } from '../../platform/db/vocabulary-repository.ts';
import { clippedOutcome } from '../popup/testing/example-outcome.ts';
import { renderOptions } from './testing/options-harness.tsx';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

const section = async () => within(await screen.findByRole('region', { name: 'Danh mục của bạn' }));
const field = (name: RegExp | string) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: RegExp | string, value: string) => fireEvent.input(field(name), { target: { value } });

describe('the user’s vocabulary', () => {
  it('says what to do when it is empty', async () => {
    renderOptions();
    await section();
    expect(await screen.findByText(/Chưa có mục nào. Bấm “Thêm mục”/)).toBeTruthy();
  });

  it('adds a unit with abbreviations, a built-in parent and a period', async () => {
    const { db } = renderOptions();
    fireEvent.click((await section()).getByRole('button', { name: 'Thêm mục' }));
    expect(document.activeElement).toBe(field('Tên chính thức'));
    type('Tên chính thức', 'Chi cục Hải quan cửa khẩu Tân Thanh');
    type(/Tên khác, viết tắt/, 'HQ Tân Thanh\nChi cục Tân Thanh\n\nHQ Tân Thanh');
    type('Đơn vị cấp trên', 'cục hải quan lạng sơn');
    type('Có hiệu lực từ', '2010-01-01');
    type('đến', '2025-02-28');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu “Chi cục Hải quan cửa khẩu Tân Thanh”.')).toBeTruthy();
    const [entry] = await listVocabulary(db);
    expect(entry).toMatchObject({
      kind: 'unit', name: 'Chi cục Hải quan cửa khẩu Tân Thanh', aliases: ['HQ Tân Thanh', 'Chi cục Tân Thanh'],
      parent: 'cuc-hq-lang-son', validFrom: '2010-01-01', validTo: '2025-02-28',
    });
    const row = screen.getByRole('row', { name: /Chi cục Hải quan cửa khẩu Tân Thanh/ });
    expect(within(row).getByText('Cục Hải quan Lạng Sơn')).toBeTruthy();
    expect(within(row).getByText('từ 01/01/2010 đến 28/02/2025')).toBeTruthy();
    // The tagger reads the vocabulary on every clip; old clips need a re-tag, and the page says so.
    expect(screen.getByText(/gắn nhãn lại toàn bộ thư viện/)).toBeTruthy();
  });

  it('says what to fix and stores nothing until it is fixed', async () => {
    const { db } = renderOptions();
    fireEvent.click((await section()).getByRole('button', { name: 'Thêm mục' }));
    type('Đơn vị cấp trên', 'Cục không có thật');
    type('Có hiệu lực từ', '2025-03-01');
    type('đến', '2024-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Hãy nhập tên.')).toBeTruthy();
    expect(screen.getByText(/Không có đơn vị nào tên như vậy/)).toBeTruthy();
    expect(screen.getByText('Ngày kết thúc phải sau ngày bắt đầu.')).toBeTruthy();
    expect(field('Tên chính thức').getAttribute('aria-invalid')).toBe('true');
    expect(await listVocabulary(db)).toEqual([]);
  });

  it('refuses a second entry of the same name, and hints at names Bantin knows', async () => {
    const db = freshDb();
    await saveVocabularyEntry(db, { kind: 'campaign', name: 'Tháng cao điểm Tết', aliases: [] });
    renderOptions({ db });
    await screen.findByText('Tháng cao điểm Tết');
    fireEvent.click((await section()).getByRole('button', { name: 'Thêm mục' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Loại' }), { target: { value: 'campaign' } });
    type('Tên chính thức', 'chống buôn lậu');
    expect(await screen.findByText(/Bantin đã biết tên này trong danh mục có sẵn: Chống buôn lậu/)).toBeTruthy();
    type('Tên chính thức', 'tháng cao điểm tết');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Danh mục của bạn đã có mục này.')).toBeTruthy();
    expect(await listVocabulary(db)).toHaveLength(1);
  });

  it('edits an entry in place and cancels with Escape', async () => {
    const db = freshDb();
    const stored = await saveVocabularyEntry(db, { kind: 'place', name: 'Cửa khẩu Hữu Nghị', aliases: [] });
    renderOptions({ db });
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa “Cửa khẩu Hữu Nghị”' }));
    type(/Tên khác, viết tắt/, 'CK Hữu Nghị');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(async () => expect((await listVocabulary(db))[0]).toMatchObject({ id: stored.id, aliases: ['CK Hữu Nghị'] }));
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa “Cửa khẩu Hữu Nghị”' }));
    fireEvent.keyDown(field('Tên chính thức'), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Lưu' })).toBeNull();
  });

  it('deletes an entry and brings it back on undo', async () => {
    const db = freshDb();
    await saveVocabularyEntry(db, { kind: 'unit', name: 'Đội Kiểm soát số 1', aliases: ['Đội 1'] });
    renderOptions({ db });
    fireEvent.click(await screen.findByRole('button', { name: 'Xoá “Đội Kiểm soát số 1”' }));
    expect(await screen.findByText('Đã xoá “Đội Kiểm soát số 1”.')).toBeTruthy();
    expect(await listVocabulary(db)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    expect(await screen.findByRole('row', { name: /Đội Kiểm soát số 1/ })).toBeTruthy();
    expect((await listVocabulary(db))[0]).toMatchObject({ name: 'Đội Kiểm soát số 1', aliases: ['Đội 1'] });
  });
});

describe('re-tagging the library', () => {
  it('sends retag-clip for every clip with progress, and says which could not be tagged', async () => {
    const db = freshDb();
    for (const id of ['a', 'b', 'c']) await putClip(db, makeClip({ id }));
    const { retag } = renderOptions({ db, retag: async (clipId) => (clipId === 'b' ? { kind: 'failed', error: 'clip-not-found', clipId } : clippedOutcome()) });
    expect(await screen.findByText(/bạn đã xác nhận, sửa, bỏ hoặc tự thêm được giữ nguyên/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Gắn nhãn lại toàn bộ thư viện' })[0]!);
    expect(await screen.findByText('Xong: đã gắn nhãn lại 2 bài.')).toBeTruthy();
    expect(screen.getByText(/1 bài không gắn nhãn được/)).toBeTruthy();
    expect(retag.mock.calls.map(([input]) => input.clipId).sort()).toEqual(['a', 'b', 'c']);
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(3);
  });

  it('says so when the library is empty', async () => {
    renderOptions();
    fireEvent.click((await screen.findAllByRole('button', { name: 'Gắn nhãn lại toàn bộ thư viện' }))[0]!);
    expect(await screen.findByText('Thư viện chưa có bài nào.')).toBeTruthy();
  });
});
