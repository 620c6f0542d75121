// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { exampleClips } from '../../../core/export/__fixtures__/example-clips.ts';
import { buildDigest } from '../../../core/export/build-digest.ts';
import { bundleClips } from '../../../core/export/bundle-clips.ts';
import { renderDigestHtml } from '../../../core/export/render-digest-html.ts';
import { toFiguresCsv } from '../../../core/export/to-figures-csv.ts';
import type { ExportedClip } from '../../../core/schemas/index.ts';
import { getBundle } from '../../../platform/db/bundles-repository.ts';
import { readBundleWithClips } from '../../../platform/export/read-exported-clips.ts';
import { blobText, captureDownloads, renderWithDb, seedWeek, setUpBundleTests } from '../testing/bundles-harness.tsx';
import { BundleComposer } from './bundle-composer.tsx';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
setUpBundleTests();

const [lsBaoHq, lsBaoLs, huuNghi, chiMa, kyCuong] = exampleClips as [ExportedClip, ExportedClip, ExportedClip, ExportedClip, ExportedClip];
const order = () => [...document.querySelectorAll<HTMLElement>('[data-clip-id]')].map((e) => e.dataset.clipId);
const itemOf = (id: string) => document.querySelector<HTMLElement>(`[data-clip-id="${id}"]`)!;
const sectionTitles = () => [...document.querySelectorAll('.bundle-section h3')].map((h) => h.textContent);
const section = (title: string) => screen.getByRole('region', { name: title });
const idsIn = (title: string) => [...section(title).querySelectorAll<HTMLElement>('[data-clip-id]')].map((e) => e.dataset.clipId);
const srcdoc = (frame: HTMLElement) => (frame as HTMLIFrameElement).srcdoc || frame.getAttribute('srcdoc') || '';
/** HTML5 drag events as a page receives them (happy-dom's DragEvent does not reach listeners). */
const drag = (type: 'dragstart' | 'dragover' | 'drop' | 'dragend', target: Element) =>
  act(() => void target.dispatchEvent(new Event(type, { bubbles: true, cancelable: true })));
const storedOrder = async (db: Parameters<typeof getBundle>[0], id: string) =>
  (await getBundle(db, id))?.sections.flatMap((s) => s.items.map((i) => i.clipId));

async function openComposer(grouping: Parameters<typeof seedWeek>[0] = 'campaign') {
  const week = await seedWeek(grouping);
  renderWithDb(<BundleComposer bundleId={week.bundle.id} />, week.db);
  await screen.findByDisplayValue('Bản tin');
  return week;
}

describe('the digest composer', () => {
  it('groups items by campaign, folds the same story from two sites, and regroups by site keeping notes', async () => {
    const { db, bundle } = await openComposer();
    expect(sectionTitles()).toEqual(['Dân vận khéo', 'Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả', 'Thi đua yêu nước', 'Khác']);
    expect(order()).not.toContain(lsBaoLs.id);
    expect(within(itemOf(lsBaoHq.id)).getByText(/Cũng đăng trên/).parentElement?.textContent).toContain('Báo Lạng Sơn');

    fireEvent.input(within(itemOf(chiMa.id)).getByLabelText('Ghi chú của biên tập viên'), { target: { value: 'Số liệu quý IV' } });
    fireEvent.change(screen.getByLabelText('Nhóm theo'), { target: { value: 'site' } });
    expect(sectionTitles()).toEqual(['Báo Hải quan', 'Hải quan Việt Nam', 'langson.gov.vn']);
    expect((within(itemOf(chiMa.id)).getByLabelText('Ghi chú của biên tập viên') as HTMLTextAreaElement).value).toBe('Số liệu quý IV');
    expect(within(itemOf(lsBaoHq.id)).getByText(/Cũng đăng trên/)).toBeTruthy();
    await waitFor(async () => expect((await getBundle(db, bundle.id))?.grouping).toBe('site'));
    const stored = await getBundle(db, bundle.id);
    expect(stored?.sections.flatMap((s) => s.items).find((i) => i.clipId === chiMa.id)?.note).toBe('Số liệu quý IV');
  });

  it('moves an item with Alt+↓ and Alt+↑, across sections, announcing it and keeping the focus on it', async () => {
    const { db, bundle } = await openComposer();
    const first = itemOf(huuNghi.id);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(idsIn('Dân vận khéo')).toEqual([huuNghi.id]);
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(idsIn('Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả')).toEqual([huuNghi.id, kyCuong.id]);
    expect(screen.getByText(/^Đã chuyển «Hải quan Hữu Nghị.*» tới vị trí 1 trên 4 trong mục «Kỷ cương/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(itemOf(huuNghi.id)));
    fireEvent.keyDown(itemOf(huuNghi.id), { key: 'ArrowDown', altKey: true });
    expect(idsIn('Kỷ cương - Đổi mới - Sáng tạo - Hiệu quả')).toEqual([kyCuong.id, huuNghi.id]);
    fireEvent.keyDown(itemOf(huuNghi.id), { key: 'ArrowUp', altKey: true });
    fireEvent.keyDown(itemOf(huuNghi.id), { key: 'ArrowUp', altKey: true });
    expect(idsIn('Dân vận khéo')).toEqual([huuNghi.id]);
    fireEvent.keyDown(itemOf(huuNghi.id), { key: 'ArrowUp', altKey: true });
    expect(screen.getByText(/đã ở đầu bản tin/)).toBeTruthy();
    fireEvent.keyDown(itemOf(chiMa.id), { key: 'ArrowUp', altKey: true });
    expect(idsIn('Thi đua yêu nước')).toEqual([lsBaoHq.id, chiMa.id]);
    await waitFor(async () => expect(await storedOrder(db, bundle.id)).toEqual([huuNghi.id, kyCuong.id, lsBaoHq.id, chiMa.id]));
  });

  it('moves items by drag and drop, before another item and into another section', async () => {
    const { db, bundle } = await openComposer();
    await drag('dragstart', itemOf(chiMa.id));
    await drag('dragover', itemOf(huuNghi.id));
    expect(section('Dân vận khéo').querySelector('.drop-mark + [data-clip-id]')?.getAttribute('data-clip-id')).toBe(huuNghi.id);
    await drag('drop', itemOf(huuNghi.id));
    await drag('dragend', itemOf(chiMa.id));
    expect(idsIn('Dân vận khéo')).toEqual([chiMa.id, huuNghi.id]);
    expect(within(section('Khác')).getByText('Thả bài vào đây')).toBeTruthy();

    await drag('dragstart', itemOf(kyCuong.id));
    await drag('dragover', section('Khác'));
    await drag('drop', section('Khác'));
    expect(idsIn('Khác')).toEqual([kyCuong.id]);
    await waitFor(async () => expect(await storedOrder(db, bundle.id)).toEqual([chiMa.id, huuNghi.id, lsBaoHq.id, kyCuong.id]));
  });

  it('removes an item with an undo, and splits a folded copy into an item of its own', async () => {
    await openComposer('manual');
    const before = order();
    fireEvent.click(screen.getByRole('button', { name: /^Bỏ «Kim ngạch qua cửa khẩu Chi Ma/ }));
    expect(order()).not.toContain(chiMa.id);
    fireEvent.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    expect(order()).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Tách Báo Lạng Sơn thành bài riêng' }));
    expect(order()[order().indexOf(lsBaoHq.id) + 1]).toBe(lsBaoLs.id);
    expect(within(itemOf(lsBaoHq.id)).queryByText(/Cũng đăng trên/)).toBeNull();
  });

  it('shows the digest in a sandboxed frame that follows the typing', async () => {
    await openComposer();
    const frame = await screen.findByTitle('Bản tin như khi xuất ra HTML');
    expect(frame.getAttribute('sandbox')).toBe('');
    await waitFor(() => expect(srcdoc(frame)).toContain('Kim ngạch qua cửa khẩu Chi Ma tăng 12%'));
    fireEvent.input(screen.getByLabelText('Lời mở đầu'), { target: { value: 'Tuần của những con số kỷ lục.' } });
    fireEvent.input(within(itemOf(chiMa.id)).getByLabelText('Ghi chú của biên tập viên'), { target: { value: 'Đáng chú ý <b>kim ngạch</b>' } });
    await waitFor(() => expect(srcdoc(frame)).toContain('Tuần của những con số kỷ lục.'));
    expect(srcdoc(frame)).toContain('Đáng chú ý &lt;b&gt;kim ngạch&lt;/b&gt;');
  });

  it('autosaves, but not a bundle without a title', async () => {
    const { db, bundle } = await openComposer();
    const title = screen.getByLabelText('Tên bản tin');
    fireEvent.input(title, { target: { value: '  ' } });
    expect(screen.getAllByText(/Bản tin cần có tên/).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 900));
    expect((await getBundle(db, bundle.id))?.title).toBe('Bản tin');
    fireEvent.input(title, { target: { value: 'Bản tin Hải quan tuần 47' } });
    await waitFor(async () => expect((await getBundle(db, bundle.id))?.title).toBe('Bản tin Hải quan tuần 47'));
    await screen.findByText(/^Đã lưu lúc \d\d:\d\d$/);
  });

  it('exports through the download helper with the bundle’s file name and the digest’s content', async () => {
    const { db, bundle } = await openComposer();
    const files = captureDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Bản tin HTML (gửi email)' }));
    await waitFor(() => expect(files).toHaveLength(1));
    const stored = (await readBundleWithClips(db, bundle.id))!;
    expect(files[0]!.name).toBe('ban-tin-2026-11-17_2026-11-22.html');
    expect(files[0]!.blob.type).toBe('text/html;charset=utf-8');
    expect(await blobText(files[0]!.blob)).toBe(renderDigestHtml(buildDigest(stored.bundle, stored.clips)));
    await screen.findByText('Đã tải xuống ban-tin-2026-11-17_2026-11-22.html.');

    fireEvent.click(screen.getByRole('button', { name: 'Bảng số liệu (CSV)' }));
    await waitFor(() => expect(files).toHaveLength(2));
    expect(files[1]!.name).toBe('ban-tin-2026-11-17_2026-11-22-so-lieu.csv');
    const csv = await blobText(files[1]!.blob);
    // Read without the bodies (figures come from the entities), and the same as the core's one-shot table.
    expect(csv).toBe(toFiguresCsv(bundleClips(stored.bundle, stored.clips)));
    expect(csv).toContain('6.452,7 tỷ đồng');
  });
});
