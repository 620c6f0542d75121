// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exampleClips } from '../../core/export/__fixtures__/example-clips.ts';
import type { ExportedClip } from '../../core/schemas/index.ts';
import { listBundles } from '../../platform/db/bundles-repository.ts';
import { freshDb } from '../../platform/db/testing/fake-db.ts';
import { seedClips } from '../../platform/export/testing/seed-clips.ts';
import { BundleSidebar } from './bundle-sidebar.tsx';
import { ClipBundles } from './clip-bundles.tsx';
import { blobText, captureDownloads, renderWithDb, seedWeek, setUpBundleTests } from './testing/bundles-harness.tsx';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
setUpBundleTests();

const [lsBaoHq, lsBaoLs, huuNghi, chiMa] = exampleClips as [ExportedClip, ExportedClip, ExportedClip, ExportedClip];
const items = (b: { sections: { items: { clipId: string; alsoClipIds: string[] }[] }[] }) =>
  b.sections.flatMap((s) => s.items.map((i) => [i.clipId, ...i.alsoClipIds].join('+')));

describe('BundleSidebar', () => {
  it('lists the bundles with their item counts and links to the composer', async () => {
    const { db, bundle } = await seedWeek();
    renderWithDb(<BundleSidebar selectedClipIds={[]} />, db);
    const link = await screen.findByRole('link', { name: 'Bản tin' });
    expect(link.getAttribute('href')).toBe(`/bundles.html#bundle=${bundle.id}`);
    expect(link.parentElement?.textContent).toContain('17/11/2026 – 22/11/2026 · 4 bài');
    expect(screen.getByText('Chọn bài trong danh sách để tạo bản tin hoặc thêm vào bản tin có sẵn.')).toBeTruthy();
  });

  it('says what to do when there is no bundle yet, and creates one from the selection, opening the composer', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    renderWithDb(<BundleSidebar selectedClipIds={[chiMa.id, lsBaoLs.id, huuNghi.id, lsBaoHq.id]} />, db);
    await screen.findByText(/^Chưa có bản tin nào/);
    expect(screen.getByText('Đã chọn 4 bài')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo bản tin từ các bài đã chọn' }));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    const [created] = await listBundles(db);
    expect(opened.mock.calls[0]![0]).toEqual({ url: `chrome-extension://test-extension-id/bundles.html#bundle=${created!.id}` });
    expect(items(created!).sort()).toEqual([chiMa.id, huuNghi.id, `${lsBaoHq.id}+${lsBaoLs.id}`].sort());
    await screen.findByRole('link', { name: 'Bản tin' });
  });

  it('adds the selection to a bundle from the menu, by keyboard, folding a new copy of a story it holds', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const { createBundleFromClipIds } = await import('../../platform/bundles/create-bundle.ts');
    const bundle = await createBundleFromClipIds(db, [lsBaoHq.id], { title: 'Tuần 47', grouping: 'manual', titles: { other: 'Khác', manual: '' } });
    renderWithDb(<BundleSidebar selectedClipIds={[lsBaoLs.id, chiMa.id]} />, db);
    await screen.findByRole('link', { name: 'Tuần 47' });
    const menuButton = screen.getByRole('button', { name: 'Thêm vào bản tin …' });
    fireEvent.click(menuButton);
    const menu = await screen.findByRole('menu');
    const choice = within(menu).getByRole('menuitem', { name: /Tuần 47/ });
    await waitFor(() => expect(document.activeElement).toBe(choice));
    fireEvent.keyDown(choice, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toContain('Bản tin mới');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.click(choice);
    await screen.findByText('Đã thêm vào «Tuần 47».');
    const [stored] = await listBundles(db);
    expect(stored!.id).toBe(bundle.id);
    expect(items(stored!)).toEqual([`${lsBaoHq.id}+${lsBaoLs.id}`, chiMa.id]);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(menuButton);
  });

  it('counts what a query matches as it is typed, and makes the bundle of it', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    renderWithDb(<BundleSidebar selectedClipIds={[]} />, db);
    fireEvent.click(screen.getByText('Tạo bản tin theo truy vấn'));
    const details = screen.getByText('Tạo bản tin theo truy vấn').closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.input(screen.getByLabelText('Từ ngày'), { target: { value: '2026-11-17' } });
    fireEvent.input(screen.getByLabelText('Đến ngày'), { target: { value: '2026-11-23' } });
    await screen.findByText('5 bài khớp');
    fireEvent.input(screen.getByLabelText('Đơn vị'), { target: { value: 'cuc hai quan lang son' } });
    await screen.findByText('2 bài khớp');
    fireEvent.input(screen.getByLabelText('Đến ngày'), { target: { value: '2026-11-01' } });
    expect(screen.getByRole('alert').textContent).toBe('Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.');
    fireEvent.input(screen.getByLabelText('Đến ngày'), { target: { value: '2026-11-23' } });
    fireEvent.input(screen.getByLabelText('Tên bản tin'), { target: { value: 'Lạng Sơn tuần 47' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Tạo bản tin (2 bài)' }));
    await waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    const [created] = await listBundles(db);
    expect(created).toMatchObject({ title: 'Lạng Sơn tuần 47', period: { start: '2026-11-17', end: '2026-11-23' } });
    expect(items(created!)).toEqual([`${lsBaoHq.id}+${lsBaoLs.id}`]);
  });

  it('exports the selection without making a bundle', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    const files = captureDownloads();
    renderWithDb(<BundleSidebar selectedClipIds={[huuNghi.id, chiMa.id]} />, db);
    fireEvent.click(screen.getByRole('button', { name: 'Trích dẫn RIS (EndNote)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('cac-bai-da-chon-2026-11-17_2026-11-22.ris');
    const ris = await blobText(files[0]!.blob);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(await listBundles(db)).toEqual([]);
  });
});

describe('ClipBundles', () => {
  it('shows the bundles holding a clip as links, and adds the clip to another', async () => {
    const { db, bundle } = await seedWeek();
    const other = await (await import('../../platform/bundles/create-bundle.ts')).createBundleFromClipIds(db, [chiMa.id], { title: 'Kim ngạch', grouping: 'manual', titles: { other: 'Khác', manual: '' } });
    renderWithDb(<ClipBundles clipId={lsBaoLs.id} />, db);
    const chip = await screen.findByRole('link', { name: 'Bản tin' });
    expect(chip.getAttribute('href')).toBe(`/bundles.html#bundle=${bundle.id}`);
    expect(chip.getAttribute('target')).toBe('_blank');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm vào bản tin' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: /^Bản tin/ }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(within(menu).getByRole('menuitem', { name: /Kim ngạch/ }));
    await screen.findByRole('link', { name: 'Kim ngạch' });
    expect(screen.getByText('Đã thêm vào «Kim ngạch».')).toBeTruthy();
    expect(items((await listBundles(db)).find((b) => b.id === other.id)!)).toEqual([chiMa.id, lsBaoLs.id]);
  });

  it('says when a clip is in no bundle', async () => {
    const db = freshDb();
    await seedClips(db, exampleClips);
    renderWithDb(<ClipBundles clipId={chiMa.id} />, db);
    await screen.findByText('Bài này chưa có trong bản tin nào.');
  });
});
