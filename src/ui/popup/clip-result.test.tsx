// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveBundle } from '../../platform/db/bundles-repository.ts';
import { getClip, putClip } from '../../platform/db/clips-repository.ts';
import { getBantinDb } from '../../platform/db/open-db.ts';
import { freshDb, makeClip } from '../../platform/db/testing/fake-db.ts';
import type { BantinDb } from '../../platform/db/bantin-db.ts';
import { ClipResult } from './clip-result.tsx';
import { popupData, type PopupData } from './popup-data.ts';
import { PopupServicesContext, type PopupServices } from './popup-services.ts';

// A loaded machine (2 cores, parallel helpers) can take over a second to
// transform and import the lazy chunks the first time.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);

async function libraryWith(clip = makeClip({ id: 'c1', tags: ['hải quan'], note: '' })) {
  const db = freshDb();
  await putClip(db, clip);
  await putClip(db, makeClip({ id: 'c2', tags: ['chống buôn lậu', 'Ma tuý'] }));
  await putClip(db, makeClip({ id: 'c3', tags: ['thu ngân sách', 'buôn lậu xăng dầu'] }));
  return db;
}

function show(db: BantinDb, data: PopupData = popupData(db)) {
  const services = { data: async () => data, openLibrary: vi.fn() } as unknown as PopupServices;
  return render(
    <PopupServicesContext.Provider value={services}>
      <ClipResult clipId="c1" />
    </PopupServicesContext.Provider>,
  );
}

const tagField = () => screen.getByRole('combobox');

describe('tags in the popup', () => {
  it('completes from the tags in use, without diacritics, and saves the choice', async () => {
    const db = await libraryWith();
    show(db);
    await screen.findByText('hải quan');
    fireEvent.focus(tagField());
    fireEvent.input(tagField(), { target: { value: 'buon lau' } });
    const options = await screen.findAllByRole('option');
    // A word starting with it first, then a tag merely containing it; tags the clip has are left out.
    expect(options.map((o) => o.textContent)).toEqual(['buôn lậu xăng dầu', 'chống buôn lậu']);
    fireEvent.keyDown(tagField(), { key: 'ArrowDown' });
    fireEvent.keyDown(tagField(), { key: 'ArrowDown' });
    expect(tagField().getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(tagField(), { key: 'Enter' });
    await waitFor(async () => expect((await getClip(db, 'c1'))?.tags).toEqual(['hải quan', 'chống buôn lậu']));
    expect(await screen.findByText('Đã lưu')).toBeTruthy();
  });

  it('adds a new tag as typed, and removes tags by button or Backspace', async () => {
    const db = await libraryWith();
    show(db);
    await screen.findByText('hải quan');
    fireEvent.input(tagField(), { target: { value: '  Tân  Thanh ' } });
    fireEvent.keyDown(tagField(), { key: 'Enter' });
    await waitFor(async () => expect((await getClip(db, 'c1'))?.tags).toEqual(['hải quan', 'Tân Thanh']));
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ thẻ “hải quan”' }));
    await waitFor(async () => expect((await getClip(db, 'c1'))?.tags).toEqual(['Tân Thanh']));
    fireEvent.keyDown(tagField(), { key: 'Backspace' });
    await waitFor(async () => expect((await getClip(db, 'c1'))?.tags).toEqual([]));
  });

  it('closes the list on Escape and keeps what is typed', async () => {
    const db = await libraryWith();
    show(db);
    await screen.findByText('hải quan');
    fireEvent.focus(tagField());
    fireEvent.input(tagField(), { target: { value: 'ma' } });
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Ma tuý']);
    fireEvent.keyDown(tagField(), { key: 'Escape' });
    expect(screen.getByRole('listbox', { hidden: true }).hidden).toBe(true);
    expect(tagField().getAttribute('aria-expanded')).toBe('false');
    expect((tagField() as HTMLInputElement).value).toBe('ma');
  });

  it('says why a tag was not saved, and keeps it on screen', async () => {
    const db = await libraryWith();
    const data = popupData(db);
    show(db, { ...data, saveNotes: async () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' })) });
    await screen.findByText('hải quan');
    fireEvent.input(tagField(), { target: { value: 'mới' } });
    fireEvent.keyDown(tagField(), { key: 'Enter' });
    expect(await screen.findByText(/Chưa lưu được: Bộ nhớ đã đầy/)).toBeTruthy();
    expect(screen.getByText('mới')).toBeTruthy();
  });
});

describe('the note in the popup', () => {
  it('saves on leaving the field', async () => {
    const db = await libraryWith();
    show(db);
    const note = await screen.findByLabelText(/Ghi chú/);
    fireEvent.input(note, { target: { value: 'Dùng cho bản tin tuần 47' } });
    fireEvent.blur(note);
    await waitFor(async () => expect((await getClip(db, 'c1'))?.note).toBe('Dùng cho bản tin tuần 47'));
  });

  it('saves while typing, after a pause, without leaving the field', async () => {
    const db = await libraryWith();
    show(db);
    const note = await screen.findByLabelText(/Ghi chú/);
    fireEvent.input(note, { target: { value: 'Đ' } });
    fireEvent.input(note, { target: { value: 'Đang theo dõi' } });
    await waitFor(async () => expect((await getClip(db, 'c1'))?.note).toBe('Đang theo dõi'));
  });

  it('saves what is typed when the popup closes, without waiting for the pause', async () => {
    const db = await libraryWith();
    const data = popupData(db);
    const saveNotes = vi.fn(data.saveNotes);
    show(db, { ...data, saveNotes });
    const note = await screen.findByLabelText(/Ghi chú/);
    // Held timers: only the closing can save now.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.input(note, { target: { value: 'Gấp' } });
      dispatchEvent(new Event('pagehide'));
      for (let i = 0; i < 20; i++) await Promise.resolve();
      expect(saveNotes).toHaveBeenCalledWith('c1', { note: 'Gấp' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('bundles in the popup', () => {
  it('lists the bundles that include the clip, or says there are none', async () => {
    // The bundles UI reads the page's own database.
    const db = getBantinDb();
    await putClip(db, makeClip({ id: 'c1' }));
    show(db);
    expect(await screen.findByText('Bài này chưa có trong bản tin nào.')).toBeTruthy();
    await saveBundle(db, {
      id: 'b1', title: 'Bản tin tuần 47', sections: [{ id: 's', title: '', items: [{ clipId: 'c1' }] }],
      createdAt: '2026-11-20T00:00:00Z', updatedAt: '2026-11-20T00:00:00Z',
    });
    // Followed live: a bundle made elsewhere shows up without reopening.
    expect(await screen.findByText('Bản tin tuần 47')).toBeTruthy();
  });

  it('says a clip is gone from the library', async () => {
    show(freshDb());
    expect(await screen.findByText('Bài này không còn trong thư viện.')).toBeTruthy();
  });
});
