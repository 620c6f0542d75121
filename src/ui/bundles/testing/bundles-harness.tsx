import { cleanup, configure, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exampleClips } from '../../../core/export/__fixtures__/example-clips.ts';
import type { Bundle, BundleGrouping } from '../../../core/schemas/index.ts';
import { createBundleFromClipIds } from '../../../platform/bundles/create-bundle.ts';
import type { BantinDb } from '../../../platform/db/bantin-db.ts';
import { freshDb } from '../../../platform/db/testing/fake-db.ts';
import { seedClips } from '../../../platform/export/testing/seed-clips.ts';
import { LanguageProvider } from '../../i18n/language-context.tsx';
import { BundlesDbProvider } from '../bundles-db.tsx';

// The bundle components against a fresh in-memory database of their own.

/**
 * For a test file of bundle components: autosave, previews and exports wait
 * for typing to stop or work in slices, so waits and time-outs get room on a
 * shared two-core machine; the DOM, spies and fake browser are reset after each test.
 */
export function setUpBundleTests(): void {
  configure({ asyncUtilTimeout: 5000 });
  vi.setConfig({ testTimeout: 20_000 });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });
}

export function renderWithDb(ui: ComponentChildren, db: BantinDb) {
  return render(<LanguageProvider><BundlesDbProvider db={db}>{ui}</BundlesDbProvider></LanguageProvider>);
}

/** The example week stored as the clip pipeline stores clips, and a bundle of all of it. */
export async function seedWeek(grouping: BundleGrouping = 'campaign'): Promise<{ db: BantinDb; bundle: Bundle }> {
  const db = freshDb();
  await seedClips(db, exampleClips);
  const bundle = await createBundleFromClipIds(db, exampleClips.map((c) => c.id), { title: 'Bản tin', grouping, titles: { other: 'Khác', manual: '' } });
  return { db, bundle };
}

export interface Download {
  name: string;
  blob: Blob;
}

/** Files the page offers through <a download>: the anchor's click is stubbed, its name and Blob kept. */
export function captureDownloads(): Download[] {
  const files: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:bantin/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '')! });
  });
  return files;
}

/** A Blob's text with a byte-order mark kept (CSV files start with one). */
export async function blobText(blob: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}
