// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { exampleBundle, exampleBundleFile } from '../../../core/export/__fixtures__/example-bundle.ts';
import { exampleClips } from '../../../core/export/__fixtures__/example-clips.ts';
import { serializeBundleFile } from '../../../core/export/serialize-bundle-file.ts';
import type { BantinDb } from '../../../platform/db/bantin-db.ts';
import { saveBundle } from '../../../platform/db/bundles-repository.ts';
import { entitiesOfClip, reviewEntity } from '../../../platform/db/entities-repository.ts';
import { freshDb } from '../../../platform/db/testing/fake-db.ts';
import { saveVocabularyEntry } from '../../../platform/db/vocabulary-repository.ts';
import { readBackupFile } from '../../../platform/export/read-backup.ts';
import { seedClips } from '../../../platform/export/testing/seed-clips.ts';
import { colleagueFile, ourClips } from '../../../platform/import/testing/colleague-file.ts';
import { librarySnapshot } from '../../../platform/import/testing/library-snapshot.ts';
import { BackupButton } from '../export/backup-button.tsx';
import { captureDownloads, renderWithDb, setUpBundleTests } from '../testing/bundles-harness.tsx';
import { ImportButton } from './import-button.tsx';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
setUpBundleTests();

async function ourLibrary(): Promise<BantinDb> {
  const db = freshDb();
  await seedClips(db, ourClips);
  return db;
}

function choose(text: string | Blob, name = 'ban-tin.bantin.json') {
  const input = screen.getByLabelText('Nhập bản tin / khôi phục sao lưu');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

const count = (label: string) => within(screen.getByRole('dialog')).getByText(label).nextElementSibling?.textContent;

describe('import', () => {
  it('previews what a colleague’s bundle would change, then imports it', async () => {
    const db = await ourLibrary();
    renderWithDb(<ImportButton />, db);
    choose(serializeBundleFile(colleagueFile));
    await screen.findByRole('heading', { name: 'Nhập bản tin' });
    expect(count('Bài mới')).toBe('3');
    expect(count('Bài đã có (gộp vào bài của bạn, không ghi đè)')).toBe('2');
    expect(count('Thẻ được thêm')).toBe('1');
    expect(count('Bản tin')).toBe('1');
    expect(screen.getByText('trùng địa chỉ: 1 · trùng nội dung: 0 · trùng mã: 1')).toBeTruthy();
    expect(screen.getByText(/1 chỗ cả hai bên đều đã sửa và sửa khác nhau: bản sửa của bạn được giữ/)).toBeTruthy();
    fireEvent.click(screen.getByText('Nhãn khác nhau (2)'));
    const conflict = screen.getByText('31,7%').closest('tr')!;
    expect(within(conflict).getByText('31.7 (đã xác nhận)')).toBeTruthy();
    expect(within(conflict).getByText('31.8 (đã sửa)')).toBeTruthy();
    expect(within(conflict).getByText('Giữ bản sửa của bạn')).toBeTruthy();
    expect(await db.articles.count()).toBe(2);
    const cancel = screen.getByRole('button', { name: 'Huỷ' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement?.textContent).toBe('Nhãn khác nhau (2)');

    fireEvent.click(screen.getByRole('button', { name: 'Nhập' }));
    await screen.findByText('Đã nhập 3 bài mới, bổ sung 1 bài, thêm 1 bản tin.');
    expect(screen.getByRole('link', { name: `Mở bản tin «${exampleBundle.title}»` }).getAttribute('href')).toBe(`/bundles.html#bundle=${exampleBundle.id}`);
    expect(await db.articles.count()).toBe(5);
    expect((await entitiesOfClip(db, ourClips[0]!.id)).find((e) => e.type === 'percent')).toMatchObject({ value: 31.7, status: 'confirmed' });
  });

  it('refuses truncated, foreign and newer files in plain words, writing nothing', async () => {
    const db = await ourLibrary();
    const before = await librarySnapshot(db);
    renderWithDb(<ImportButton />, db);
    const text = serializeBundleFile(colleagueFile);
    const cases: [string, RegExp][] = [
      [text.slice(0, 5000), /Tệp bị cắt cụt/],
      ['{"kind": "something else"}', /không phải bản tin hay bản sao lưu của Bantin/],
      [JSON.stringify({ ...colleagueFile, formatVersion: 2 }), /phiên bản Bantin mới hơn/],
      ['PK\u0003\u0004 a zip', /không đọc được như JSON/],
    ];
    for (const [bad, message] of cases) {
      choose(bad);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(message);
      expect(alert.textContent).toContain('Thư viện không bị thay đổi.');
      fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    }
    expect(await librarySnapshot(db)).toEqual(before);
  });

  it('rolls everything back when the disk fills up half-way and says so', async () => {
    const db = await ourLibrary();
    const before = await librarySnapshot(db);
    renderWithDb(<ImportButton />, db);
    choose(serializeBundleFile(colleagueFile));
    await screen.findByRole('button', { name: 'Nhập' });
    vi.spyOn(db.bundles, 'bulkAdd').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    fireEvent.click(screen.getByRole('button', { name: 'Nhập' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Không nhập được: Bộ nhớ đã đầy.*Thư viện vẫn như cũ\.$/);
    expect(await librarySnapshot(db)).toEqual(before);
  });
});

describe('backup and restore', () => {
  it('backs up everything to one file that restores an empty library to the same clips, bundles and corrections', async () => {
    const source = freshDb();
    await seedClips(source, exampleClips);
    await saveBundle(source, exampleBundle, exampleBundle.updatedAt);
    await saveVocabularyEntry(source, exampleBundleFile.vocabulary[0]!);
    const unit = (await entitiesOfClip(source, exampleClips[1]!.id)).find((e) => e.type === 'unit')!;
    await reviewEntity(source, unit.id, { kind: 'correct', type: 'unit', value: 'Chi cục Hải quan Lạng Sơn' });
    const files = captureDownloads();
    const first = renderWithDb(<BackupButton />, source);
    fireEvent.click(screen.getByRole('button', { name: 'Sao lưu toàn bộ' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toMatch(/^bantin-sao-luu-\d{4}-\d{2}-\d{2}\.bantin\.json$/);
    await screen.findByText(/^Đã sao lưu 5 bài vào bantin-sao-luu-/);
    first.unmount();

    const target = freshDb();
    renderWithDb(<ImportButton />, target);
    choose(files[0]!.blob, files[0]!.name);
    await screen.findByRole('heading', { name: 'Khôi phục sao lưu' });
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    await screen.findByText('Đã nhập 5 bài mới, bổ sung 0 bài, thêm 1 bản tin.');
    const [restored, original] = await Promise.all([readBackupFile(target, 'now'), readBackupFile(source, 'now')]);
    expect(restored).toEqual(original);
    expect((await entitiesOfClip(target, exampleClips[1]!.id)).find((e) => e.type === 'unit')).toMatchObject({ status: 'corrected', value: 'Chi cục Hải quan Lạng Sơn' });
  });
});
