import { taggedText } from '../../core/clip/tagged-text.ts';
import { cleanUrl } from '../../core/extract/clean-url.ts';
import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import type { Clip, ClipBody, ExtractedArticle } from '../../core/schemas/index.ts';
import { getClipDetails } from '../db/clips-repository.ts';
import { retagClipEntities } from '../db/entities-repository.ts';
import { listVocabulary } from '../db/vocabulary-repository.ts';
import type { TabInfo, TabsPort } from './browser-ports.ts';
import type { ClipContext } from './clip-context.ts';
import { captureInto } from './clip-tab.ts';
import { storeArticle } from './store-article.ts';

// Finishing a clip that failed half way. With its body stored, the rest runs
// again from it, no page needed. Without, the page must be extracted again:
// possible only while it is the open, active tab (that is where activeTab
// reaches); otherwise the user is asked to open it and clip again.

/** The extracted article a stored clip was made from. */
export function storedArticle(clip: Clip, body: ClipBody): ExtractedArticle {
  return {
    url: clip.url, canonicalUrl: clip.canonicalUrl, title: clip.title, lead: clip.lead, text: body.text, html: body.html,
    byline: clip.byline, publishedAt: clip.publishedAt as ExtractedArticle['publishedAt'], modifiedAt: clip.modifiedAt as ExtractedArticle['modifiedAt'],
    siteName: clip.siteName, images: clip.images, lang: clip.lang, wordCount: clip.wordCount, sources: clip.sources,
    warnings: clip.warnings, ...(clip.selectionOnly ? { selectionOnly: true } : {}),
  };
}

async function tabShowing(tabs: TabsPort, clip: Clip, tabId?: number): Promise<(TabInfo & { id: number }) | undefined> {
  const tab = tabId !== undefined ? await tabs.get(tabId).catch(() => undefined) : (await tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []))[0];
  if (tab?.id === undefined || !tab.url) return undefined;
  const url = cleanUrl(tab.url);
  return url && (url === clip.url || url === clip.canonicalUrl) ? { ...tab, id: tab.id } : undefined;
}

export async function retryClip(ctx: ClipContext, tabs: TabsPort, clipId: string, tabId?: number): Promise<ClipOutcome> {
  const details = await getClipDetails(ctx.db, clipId);
  if (!details) return { kind: 'failed', error: 'clip-not-found', clipId };
  const { clip, body, entities } = details;
  if (clip.status === 'ready') return { kind: 'clipped', clip, entities };
  if (body) return storeArticle(ctx, clip, storedArticle(clip, body));
  const tab = await tabShowing(tabs, clip, tabId);
  if (!tab) return { kind: 'failed', error: 'open-page-to-retry', clipId, title: clip.title };
  return captureInto(ctx, clip, tab.id, clip.selectionOnly ? 'selection' : 'page');
}

/** Tags a stored clip again with the current tagger and vocabulary; people's reviews stay. */
export async function retagClip(ctx: ClipContext, clipId: string): Promise<ClipOutcome> {
  const details = await getClipDetails(ctx.db, clipId);
  if (!details?.body) return { kind: 'failed', error: 'clip-not-found', clipId };
  const { clip, body } = details;
  // A clip that never got its entities is finished, not re-tagged.
  if (clip.status !== 'ready') return storeArticle(ctx, clip, storedArticle(clip, body));
  let fresh;
  try {
    const vocabulary = await listVocabulary(ctx.db);
    fresh = ctx.enrich.tagEntities(taggedText(clip.lead, body.text), { publishedAt: clip.publishedAt, vocabulary });
  } catch {
    return { kind: 'failed', error: 'tagging-failed', clipId, title: clip.title };
  }
  const { entities, entityKeys } = await retagClipEntities(ctx.db, clipId, fresh);
  return { kind: 'clipped', clip: { ...clip, entityKeys }, entities };
}
