import { taggedText } from '../../core/clip/tagged-text.ts';
import { simhash } from '../../core/fingerprint/simhash.ts';
import { detectLanguage as francDetect } from '../../core/lang/detect-language.ts';
import type { Entity, ExtractedArticle, ExtractWarning, VocabularyEntry } from '../../core/schemas/index.ts';
import { tagEntities as coreTagEntities, type TagOptions } from '../../core/tag/tag-entities.ts';
import { toNfc } from '../../core/text/to-nfc.ts';

// What the background adds to an extracted article: its language (the
// extract script runs without franc to stay small), the entities and the
// story fingerprint. Pure apart from the injected core functions.

export interface EnrichFunctions {
  detectLanguage: (text: string) => string;
  tagEntities: (text: string, options: TagOptions) => Entity[];
  fingerprint: (text: string) => string;
}

export const CORE_ENRICH: EnrichFunctions = { detectLanguage: francDetect, tagEntities: coreTagEntities, fingerprint: simhash };

export interface Enrichment {
  lang: string;
  warnings: ExtractWarning[];
  entities: Entity[];
  fingerprint: string;
}

type Enrichable = Pick<ExtractedArticle, 'lead' | 'text' | 'publishedAt' | 'warnings' | 'lang'>;

/** Language and warnings; never throws (an unknown language is `und`). */
export function languageOf(article: Enrichable, fns: EnrichFunctions = CORE_ENRICH): Pick<Enrichment, 'lang' | 'warnings'> {
  let lang = article.lang && article.lang !== 'und' ? article.lang : 'und';
  if (lang === 'und') {
    try {
      lang = fns.detectLanguage(taggedText(article.lead, article.text)) || 'und';
    } catch {
      lang = 'und';
    }
  }
  const warnings: ExtractWarning[] = article.warnings.filter((w) => w !== 'not-vietnamese');
  if (lang !== 'vi' && lang !== 'und') warnings.push('not-vietnamese');
  return { lang, warnings };
}

/** The entities of lead and body, offsets into `taggedText`; throws when the tagger does. */
export function tagArticle(article: Enrichable, vocabulary: readonly VocabularyEntry[], fns: EnrichFunctions = CORE_ENRICH): Entity[] {
  return fns.tagEntities(taggedText(article.lead, article.text), { publishedAt: article.publishedAt, vocabulary });
}

/** The story fingerprint of the body (NFC). */
export function fingerprintOf(article: Pick<Enrichable, 'text'>, fns: EnrichFunctions = CORE_ENRICH): string {
  return fns.fingerprint(toNfc(article.text));
}

/** Tags and fingerprints the article; throws when the tagger does. */
export function enrichArticle(article: Enrichable, vocabulary: readonly VocabularyEntry[], fns: EnrichFunctions = CORE_ENRICH): Enrichment {
  return { ...languageOf(article, fns), entities: tagArticle(article, vocabulary, fns), fingerprint: fingerprintOf(article, fns) };
}
