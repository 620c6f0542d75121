import type { ExportedClip } from '../schemas/index.ts';
import { bylineAuthors, citationKeywords, dayParts } from './citation-fields.ts';
import { clipSite, clipUrl } from './clip-site.ts';

/** One CSL-JSON item (the citation format of Zotero, Mendeley, Pandoc). */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: { literal: string }[];
  'container-title'?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL: string;
  abstract?: string;
  keyword?: string;
  language: string;
}

/**
 * A clip as a newspaper article. Authors are `literal` names (a Vietnamese
 * name is not "family, given"); the site is the container; accessed is the
 * clip day; keywords are the campaigns, units and tags, comma separated.
 */
export function toCslItem(clip: ExportedClip): CslItem {
  const item: CslItem = { id: clip.id, type: 'article-newspaper', title: clip.title, URL: clipUrl(clip), language: clip.lang === 'und' ? 'vi' : clip.lang };
  const authors = bylineAuthors(clip.byline);
  if (authors.length) item.author = authors.map((literal) => ({ literal }));
  const site = clipSite(clip);
  if (site) item['container-title'] = site;
  const issued = dayParts(clip.publishedAt);
  if (issued) item.issued = { 'date-parts': [issued] };
  const accessed = dayParts(clip.clippedAt);
  if (accessed) item.accessed = { 'date-parts': [accessed] };
  if (clip.lead.trim()) item.abstract = clip.lead.trim();
  const keywords = citationKeywords(clip);
  if (keywords.length) item.keyword = keywords.join(', ');
  return item;
}

/** The clips as a CSL-JSON file (an array of items), ready for Zotero's import. */
export function toCslJson(clips: ExportedClip[]): string {
  return `${JSON.stringify(clips.map(toCslItem), null, 2)}\n`;
}
