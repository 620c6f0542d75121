import { cleanup, configure, render } from '@testing-library/preact';
import { afterEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { taggedText } from '../../../core/clip/tagged-text.ts';
import type { UiLanguage } from '../../../core/i18n/translate.ts';
import type { ClipOutcome } from '../../../core/schemas/clip-outcome.ts';
import type { Clip } from '../../../core/schemas/index.ts';
import { tagEntities } from '../../../core/tag/tag-entities.ts';
import type { BantinDb } from '../../../platform/db/bantin-db.ts';
import { getClipDetails, saveClipContent } from '../../../platform/db/clips-repository.ts';
import { retagClipEntities } from '../../../platform/db/entities-repository.ts';
import { freshDb, makeClip } from '../../../platform/db/testing/fake-db.ts';
import { watchClipChanges } from '../../../platform/db/watch-clip-changes.ts';
import { registerHandlers, type MessageEvent } from '../../../platform/messaging/register-handlers.ts';
import { createSender, type MessageTransport } from '../../../platform/messaging/send-message.ts';
import { inPageSearch } from '../../../platform/search/library-search.ts';
import { createSearchService } from '../../../platform/search/search-service.ts';
import { LibraryRoot } from '../library-root.tsx';

// The library page against a fresh in-memory database, its search service
// in the page, and a fake background whose re-tag runs the real tagger and
// the real review-keeping merge.

/** The pages rendered and not yet closed: each test's are closed after it (setUpLibraryTests). */
const openPages = new Set<() => void>();

/**
 * For a test file that renders whole library pages: waits and time-outs with
 * room for storage, the search index and a page render on a shared two-core
 * machine, and every page (its search, its message handlers) closed after each test.
 */
export function setUpLibraryTests(): void {
  configure({ asyncUtilTimeout: 5000 });
  vi.setConfig({ testTimeout: 20_000 });
  afterEach(() => {
    for (const dispose of [...openPages]) dispose();
    cleanup();
    fakeBrowser.reset();
  });
}

export interface LibraryHarnessOptions {
  db?: BantinDb;
  hash?: string;
  lang?: UiLanguage;
  retryClip?: (input: { clipId: string }) => Promise<ClipOutcome>;
}

async function retag(db: BantinDb, clipId: string): Promise<ClipOutcome> {
  const details = await getClipDetails(db, clipId);
  if (!details?.body) return { kind: 'failed', error: 'clip-not-found', clipId };
  const fresh = tagEntities(taggedText(details.clip.lead, details.body.text), { publishedAt: details.clip.publishedAt });
  const { entities, entityKeys } = await retagClipEntities(db, clipId, fresh);
  return { kind: 'clipped', clip: { ...details.clip, entityKeys }, entities };
}

export function renderLibrary(options: LibraryHarnessOptions = {}) {
  const db = options.db ?? freshDb();
  history.replaceState(null, '', `/library.html${options.hash ?? ''}`);
  const handlers = {
    'retag-clip': vi.fn((input: { clipId: string }) => retag(db, input.clipId)),
    'retry-clip': vi.fn(options.retryClip ?? (async () => ({ kind: 'failed', error: 'open-page-to-retry' }) as const)),
  };
  const stopHandling = registerHandlers(handlers as never, fakeBrowser.runtime.onMessage as unknown as MessageEvent);
  const service = createSearchService(db, { persistDelayMs: 60_000 });
  const search = inPageSearch(service, watchClipChanges(db, () => void service.sync()));
  const send = createSender(fakeBrowser.runtime as unknown as MessageTransport);
  const view = render(<LibraryRoot services={{ db, search, send }} initialLanguage={options.lang ?? 'vi'} />);
  const dispose = () => {
    if (!openPages.delete(dispose)) return;
    view.unmount();
    search.close();
    stopHandling();
  };
  openPages.add(dispose);
  return { ...view, db, search, handlers, dispose };
}

/** Stores a ready clip with its body, tagged by the real tagger (as the background would). */
export async function storeClip(db: BantinDb, overrides: Partial<Clip> & { id: string }, text: string): Promise<Clip> {
  const clip = makeClip(overrides);
  const entities = tagEntities(taggedText(clip.lead, text), { publishedAt: clip.publishedAt }).map((e) => ({ ...e, status: 'auto' as const }));
  const saved = await saveClipContent(db, { clip, body: { id: clip.id, text, html: `<p>${text}</p>` }, entities });
  return saved.clip;
}
