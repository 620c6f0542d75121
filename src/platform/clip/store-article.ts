import { articleFields } from '../../core/export/clip-from-article.ts';
import type { ClipOutcome } from '../../core/schemas/clip-outcome.ts';
import type { Clip, ExtractedArticle, VocabularyEntry } from '../../core/schemas/index.ts';
import { mergeRetagged } from '../../core/review/merge-retagged.ts';
import { cleanUrl } from '../../core/extract/clean-url.ts';
import { toNfc } from '../../core/text/to-nfc.ts';
import { discardClip, getClip, markClipFailed, saveClipContent, findSameStory } from '../db/clips-repository.ts';
import { entitiesOfClip } from '../db/entities-repository.ts';
import { storageErrorCode } from '../db/storage-errors.ts';
import { listVocabulary } from '../db/vocabulary-repository.ts';
import type { ClipContext } from './clip-context.ts';
import { fingerprintOf, languageOf, tagArticle } from './enrich-article.ts';

// The second half of a clip: an extracted article becomes a stored, tagged
// clip. The body is kept even when tagging fails, so "Try again" can finish
// from it without the page; a storage failure leaves the earlier state.
// Database reads run while the worker computes: the same-story look-up while
// the text is tagged, the vocabulary while the page is being extracted.

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

/** The outcome for a page the library holds already. */
export function alreadyClipped(clip: Clip): ClipOutcome {
  return { kind: 'already-clipped', clipId: clip.id, clippedAt: clip.clippedAt, title: clip.title, url: clip.canonicalUrl || clip.url };
}

function withArticle(record: Clip, article: ExtractedArticle, now: Date): Clip {
  const { error: _error, ...kept } = record;
  return { ...kept, canonicalUrl: articleCanonicalUrl(article), ...articleFields(article), updatedAt: now.toISOString() };
}

/** What `run` returns, undefined when it throws (a tagger failure is recorded, not thrown). */
function attempt<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch {
    return undefined;
  }
}

const failed = (error: Extract<ClipOutcome, { kind: 'failed' }>['error'], clip: Clip): ClipOutcome => ({
  kind: 'failed', error, clipId: clip.id, title: clip.title,
});

/** What tagging a clip needs from the database: the user's vocabulary and the entities stored before (a retry keeps their reviews). */
export interface TaggingInputs {
  vocabulary: VocabularyEntry[];
  previous: Awaited<ReturnType<typeof entitiesOfClip>>;
}

export async function readTaggingInputs(ctx: ClipContext, clipId: string): Promise<TaggingInputs> {
  const [vocabulary, previous] = await Promise.all([listVocabulary(ctx.db), entitiesOfClip(ctx.db, clipId)]);
  return { vocabulary, previous };
}

/** Reads begun earlier by the caller, so they overlap the page's extraction. */
export interface EarlyReads {
  inputs?: Promise<TaggingInputs>;
  /** A ready clip of the same article under another address: the new record then goes. */
  duplicate?: Promise<Clip | undefined>;
}

/** Enriches and stores an article under an existing record; the outcome says how it went. */
export async function storeArticle(ctx: ClipContext, record: Clip, article: ExtractedArticle, early: EarlyReads = {}): Promise<ClipOutcome> {
  const { db, enrich } = ctx;
  const now = ctx.now();
  const base = withArticle(record, article, now);
  const body = { id: record.id, text: toNfc(article.text), html: article.html };
  try {
    const inputs = early.inputs ?? readTaggingInputs(ctx, record.id);
    const enrichable = { ...article, text: body.text };
    // The fingerprint first: the same-story look-up then runs in the database while the text is tagged.
    const fingerprint = attempt(() => fingerprintOf(enrichable, enrich));
    const sameStory = fingerprint === undefined ? Promise.resolve(undefined) : findSameStory(db, fingerprint, { exceptId: record.id });
    // Whatever is decided first, no read may be left to fail unheard.
    for (const read of [inputs, sameStory, early.duplicate]) read?.catch(() => undefined);
    const language = languageOf(enrichable, enrich);
    const { vocabulary, previous } = await inputs;
    const entities = fingerprint === undefined ? undefined : attempt(() => tagArticle(enrichable, vocabulary, enrich));
    const duplicate = await early.duplicate;
    if (duplicate) {
      await discardClip(db, record.id);
      return alreadyClipped(duplicate);
    }
    if (!entities || fingerprint === undefined) {
      const clip: Clip = { ...base, ...language, status: 'failed', error: 'tagging-failed' };
      await saveClipContent(db, { clip, body });
      return failed('tagging-failed', clip);
    }
    const same = await sameStory;
    const root = same && same.clipId !== record.id ? await getClip(db, same.clipId) : undefined;
    const clip: Clip = { ...base, ...language, fingerprint, status: 'ready', ...(root ? { storyOf: root.id } : {}) };
    const saved = await saveClipContent(db, {
      clip,
      body,
      entities: mergeRetagged(previous, entities),
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
