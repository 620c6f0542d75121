import type { ExportedClip } from '../schemas/index.ts';
import { bylineAuthors, citationKeywords, dayParts } from './citation-fields.ts';
import { clipSite, clipUrl } from './clip-site.ts';

// RIS as Zotero's RIS translator reads it: T2 (not JO) is a newspaper's
// publication title there, JO would land in the journal-abbreviation field,
// which a newspaper article does not have. Every value is one line.

const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}\r\n`;
const risDate = (p: [number, number, number]) => `${p[0]}/${String(p[1]).padStart(2, '0')}/${String(p[2]).padStart(2, '0')}`;

/** One RIS record (TY … ER) for a clip, followed by the blank line between records. */
export function toRisRecord(clip: ExportedClip): string {
  let out = line('TY', 'NEWS') + line('TI', clip.title);
  for (const name of bylineAuthors(clip.byline)) out += line('AU', name);
  const site = clipSite(clip);
  if (site) out += line('T2', site);
  const issued = dayParts(clip.publishedAt);
  if (issued) out += line('PY', String(issued[0])) + line('DA', risDate(issued));
  out += line('UR', clipUrl(clip));
  const accessed = dayParts(clip.clippedAt);
  if (accessed) out += line('Y2', risDate(accessed));
  if (clip.lead.trim()) out += line('AB', clip.lead);
  out += line('LA', clip.lang === 'und' ? 'vi' : clip.lang);
  // Zotero splits a keyword at ";", so a name carrying one is kept whole with a comma.
  for (const k of citationKeywords(clip)) out += line('KW', k.replace(/;/g, ','));
  if (clip.note.trim()) out += line('N1', clip.note);
  return `${out}ER  - \r\n\r\n`;
}

/** The clips as an RIS file (CRLF, UTF-8), newspaper articles for Zotero, EndNote, Mendeley. */
export function toRis(clips: ExportedClip[]): string {
  return clips.map(toRisRecord).join('');
}
