import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import type { Clip, ExtractedArticle } from '../../core/schemas/index.ts';
import { mergeRetagged } from '../../core/review/merge-retagged.ts';
import { cleanUrl } from '../../core/extract/clean-url.ts';
import { getClip, markClipFailed, saveClipContent, findSameStory } from '../db/clips-repository.ts';
import { entitiesOfClip } from '../db/entities-repository.ts';
import { storageErrorCode } from '../db/storage-errors.ts';
import { listVocabulary } from '../db/vocabulary-repository.ts';
import type { ClipContext } from './clip-context.ts';
import { enrichArticle, languageOf, type Enrichment } from './enrich-article.ts';

// The second half of a clip: an extracted article becomes a stored, tagged
// clip. The body is kept even when tagging fails, so "Try again" can finish
// from it without the page; a storage failure leaves the earlier state.

/** The record written before anything else: the address and the tab's title. */
export function pendingClip(id: string, url: string, title: string, now: Date): Clip {
  const at = now.toISOString();
  return {
    id, url, canonicalUrl: url, title: title.trim() || url, lead: '', byline: null, publishedAt: null, modifiedAt: null,
    siteName: null, lang: 'und', wordCount: 0, images: [], sources: {}, warnings: [], clippedAt: at, updatedAt: at,
    status: 'pending', tags: [], note: '', fingerprint: '', entityKeys: [],
  };
}

/** The canonical address of an article, cleaned like tab addresses are. */
export function articleCanonicalUrl(article: Pick<ExtractedArticle, 'canonicalUrl' | 'url'>): string {
  return cleanUrl(article.canonicalUrl) ?? cleanUrl(article.url) ?? article.url;
}

function withArticle(record: Clip, article: ExtractedArticle, now: Date): Clip {
  const { error: _error, ...kept } = record;
  return {
    ...kept,
    canonicalUrl: articleCanonicalUrl(article),
    title: article.title,
    lead: article.lead,
    byline: article.byline,
    publishedAt: article.publishedAt,
    modifiedAt: article.modifiedAt,
    siteName: article.siteName,
    lang: article.lang,
    wordCount: article.wordCount,
    images: article.images,
    sources: article.sources,
    warnings: article.warnings,
    ...(article.selectionOnly ? { selectionOnly: true } : {}),
    updatedAt: now.toISOString(),
  };
}

const failed = (error: Extract<ClipOutcome, { kind: 'failed' }>['error'], clip: Clip): ClipOutcome => ({
  kind: 'failed', error, clipId: clip.id, title: clip.title,
});

/** Enriches and stores an article under an existing record; the outcome says how it went. */
export async function storeArticle(ctx: ClipContext, record: Clip, article: ExtractedArticle): Promise<ClipOutcome> {
  const { db } = ctx;
  const now = ctx.now();
  const base = withArticle(record, article, now);
  const body = { id: record.id, text: article.text.normalize('NFC'), html: article.html };
  try {
    const [vocabulary, previous] = await Promise.all([listVocabulary(db), entitiesOfClip(db, record.id)]);
    let enrichment: Enrichment;
    try {
      enrichment = enrichArticle({ ...article, text: body.text }, vocabulary, ctx.enrich);
    } catch {
      const clip: Clip = { ...base, ...languageOf(article, ctx.enrich), status: 'failed', error: 'tagging-failed' };
      await saveClipContent(db, { clip, body });
      return failed('tagging-failed', clip);
    }
    const same = await findSameStory(db, enrichment.fingerprint, { exceptId: record.id });
    const root = same && same.clipId !== record.id ? await getClip(db, same.clipId) : undefined;
    const clip: Clip = {
      ...base,
      lang: enrichment.lang,
      warnings: enrichment.warnings,
      fingerprint: enrichment.fingerprint,
      status: 'ready',
      ...(root ? { storyOf: root.id } : {}),
    };
    const saved = await saveClipContent(db, {
      clip,
      body,
      entities: mergeRetagged(previous, enrichment.entities),
      ...(root ? { alsoOnOf: { clipId: root.id, entry: { clipId: clip.id, siteName: clip.siteName, url: clip.canonicalUrl || clip.url } } } : {}),
    });
    return {
      kind: 'clipped',
      clip: saved.clip,
      entities: saved.entities,
      ...(root ? { sameStoryAs: { clipId: root.id, title: root.title, siteName: root.siteName, url: root.canonicalUrl || root.url } } : {}),
    };
  } catch (error) {
    const code = storageErrorCode(error);
    // Recording the failure is a small write that may fail too: the pending record stays either way.
    await markClipFailed(db, record.id, code, now.toISOString()).catch(() => undefined);
    return failed(code, { ...record, title: base.title });
  }
}
