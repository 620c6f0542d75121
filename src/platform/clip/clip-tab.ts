import { newClipId } from '../../core/clip/clip-id.ts';
import { cleanUrl } from '../../core/extract/clean-url.ts';
import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import type { Clip, ClipError } from '../../core/schemas/index.ts';
import { findClipsByUrl, markClipFailed, putClip } from '../db/clips-repository.ts';
import { storageErrorCode } from '../db/storage-errors.ts';
import type { ClipMode } from '../messaging/protocol.ts';
import type { TabInfo } from './browser-ports.ts';
import type { ClipContext } from './clip-context.ts';
import { chooseExtraction } from './choose-extraction.ts';
import { capturePage, type CaptureResult } from './page-capture.ts';
import { alreadyClipped, articleCanonicalUrl, pendingClip, readTaggingInputs, storeArticle, type TaggingInputs } from './store-article.ts';

// The first half of a clip: from a tab to an extracted article. A page
// clipped before is recognised by the tab's address without touching the
// page; otherwise the extract script is injected at once and the pending
// record is written while it runs, so whatever fails later is visible in the
// library with its code. An article clipped under another address is
// recognised by its canonical address, and not stored twice.

/** Clips the page of a tab the extension may access now (activeTab granted by the user's gesture). */
export async function clipTab(ctx: ClipContext, tab: TabInfo & { id: number }, mode: ClipMode): Promise<ClipOutcome> {
  const url = tab.url ? cleanUrl(tab.url) : null;
  // Browser pages, the extension store, local files: nothing to inject into.
  if (!url) return { kind: 'failed', error: 'cannot-access-page' };
  const earlier = await findClipsByUrl(ctx.db, [url]);
  const done = earlier.find((c) => c.status === 'ready');
  if (done) return alreadyClipped(done);
  // A failed or interrupted clip of this page is finished rather than doubled.
  const record = earlier[0] ?? pendingClip(newClipId(ctx.now().getTime()), url, tab.title ?? '', ctx.now());
  const capture = capturePage(ctx.scripting, tab.id);
  const inputs = readTaggingInputs(ctx, record.id);
  inputs.catch(() => undefined);
  try {
    await putClip(ctx.db, { ...record, status: 'pending', updatedAt: ctx.now().toISOString() });
  } catch (error) {
    return { kind: 'failed', error: storageErrorCode(error) };
  }
  return captureInto(ctx, record, tab.id, mode, { capture, inputs });
}

/**
 * Extracts the tab's page into an existing record (a new clip, or a retry by
 * re-injection). `early` holds the capture and reads the caller began already.
 */
export async function captureInto(
  ctx: ClipContext,
  record: Clip,
  tabId: number,
  mode: ClipMode,
  early: { capture?: Promise<CaptureResult>; inputs?: Promise<TaggingInputs> } = {},
): Promise<ClipOutcome> {
  const fail = async (error: ClipError): Promise<ClipOutcome> => {
    await markClipFailed(ctx.db, record.id, error, ctx.now().toISOString()).catch(() => undefined);
    return { kind: 'failed', error, clipId: record.id, title: record.title };
  };
  const inputs = early.inputs ?? readTaggingInputs(ctx, record.id);
  inputs.catch(() => undefined);
  const captured = await (early.capture ?? capturePage(ctx.scripting, tabId));
  if (!captured.ok) return fail(captured.error);
  const result = chooseExtraction(captured.capture, mode);
  if (!result.ok) return fail(result.error);
  const article = result.article;
  const addresses = [articleCanonicalUrl(article), cleanUrl(article.url) ?? ''];
  const duplicate = findClipsByUrl(ctx.db, addresses, record.id).then((clips) => clips.find((c) => c.status === 'ready'));
  return storeArticle(ctx, record, article, { inputs, duplicate });
}
