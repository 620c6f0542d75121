import { newClipId } from '../../core/clip/clip-id.ts';
import { cleanUrl } from '../../core/extract/clean-url.ts';
import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import type { Clip, ClipError } from '../../core/schemas/index.ts';
import { discardClip, findClipsByUrl, markClipFailed, putClip } from '../db/clips-repository.ts';
import { storageErrorCode } from '../db/storage-errors.ts';
import type { ClipMode } from '../messaging/protocol.ts';
import type { TabInfo } from './browser-ports.ts';
import type { ClipContext } from './clip-context.ts';
import { chooseExtraction } from './choose-extraction.ts';
import { capturePage } from './page-capture.ts';
import { articleCanonicalUrl, pendingClip, storeArticle } from './store-article.ts';

// The first half of a clip: from a tab to an extracted article. A record is
// written before the page is touched, so whatever fails later is visible in
// the library with its code. An article clipped before is recognised by the
// tab's address, then by the article's canonical address, and not stored twice.

function alreadyClipped(clip: Clip): ClipOutcome {
  return { kind: 'already-clipped', clipId: clip.id, clippedAt: clip.clippedAt, title: clip.title, url: clip.canonicalUrl || clip.url };
}

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
  try {
    await putClip(ctx.db, { ...record, status: 'pending', updatedAt: ctx.now().toISOString() });
  } catch (error) {
    return { kind: 'failed', error: storageErrorCode(error) };
  }
  return captureInto(ctx, record, tab.id, mode);
}

/** Extracts the tab's page into an existing record (a new clip, or a retry by re-injection). */
export async function captureInto(ctx: ClipContext, record: Clip, tabId: number, mode: ClipMode): Promise<ClipOutcome> {
  const fail = async (error: ClipError): Promise<ClipOutcome> => {
    await markClipFailed(ctx.db, record.id, error, ctx.now().toISOString()).catch(() => undefined);
    return { kind: 'failed', error, clipId: record.id, title: record.title };
  };
  const captured = await capturePage(ctx.scripting, tabId);
  if (!captured.ok) return fail(captured.error);
  const result = chooseExtraction(captured.capture, mode);
  if (!result.ok) return fail(result.error);
  const article = result.article;
  const addresses = [articleCanonicalUrl(article), cleanUrl(article.url) ?? ''];
  try {
    const duplicate = (await findClipsByUrl(ctx.db, addresses, record.id)).find((c) => c.status === 'ready');
    if (duplicate) {
      await discardClip(ctx.db, record.id);
      return alreadyClipped(duplicate);
    }
  } catch (error) {
    return fail(storageErrorCode(error));
  }
  return storeArticle(ctx, record, article);
}
