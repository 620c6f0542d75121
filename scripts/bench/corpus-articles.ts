import { readdirSync, readFileSync } from 'node:fs';
import { foldText } from '../../src/core/text/fold.ts';

// The development corpus (copied to ./corpus so benches run without
// ../shared) cut into what an archive generator recombines: each article's
// headline, lead and body sentences. Scraper debris (image markup, caption
// rows, slug lines without diacritics, datelines) is dropped so generated
// clips read like extracted articles.

export interface CorpusArticle {
  name: string;
  title: string;
  lead: string;
  sentences: string[];
}

const DIR = new URL('./corpus/', import.meta.url);

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function isDebris(s: string): boolean {
  return (
    /Ảnh:|\(Ảnh|!\[|\||https?:|^\s*date\s/.test(s) ||
    // Slug lines and English menus have no diacritics at all.
    foldText(s) === s.toLowerCase() ||
    /^(Thứ|Chủ nhật)\s.*\d/.test(s) ||
    // Section headings in capitals.
    s === s.toUpperCase()
  );
}

/** Sentences of a paragraph, also where a scraper glued them ("2016.Theo"). */
function sentences(paragraph: string): string[] {
  return paragraph
    .replace(/^\s*date \S+\s*/, '')
    .split(/(?<=[.!?…])\s+|(?<=[\p{Ll}\d%)”"][.!?])(?=\p{Lu})/u)
    .map((s) => s.trim())
    .filter((s) => words(s) >= 6 && words(s) <= 90 && !isDebris(s));
}

export function loadCorpusArticles(): CorpusArticle[] {
  const manifest = JSON.parse(readFileSync(new URL('text-manifest.json', DIR), 'utf8')) as { id: string; title?: string }[];
  const titles = new Map(manifest.map((m) => [m.id, m.title]));
  const names = readdirSync(new URL('text/', DIR)).filter((f) => f.endsWith('.txt')).sort();
  return names.map((file) => {
    const name = file.replace(/\.txt$/, '');
    const paragraphs = readFileSync(new URL(`text/${file}`, DIR), 'utf8').split(/\n+/).map((p) => p.trim()).filter(Boolean);
    // Seed articles carry no manifest title: their headline is the first short line with diacritics.
    const title =
      titles.get(name) ??
      paragraphs.find((p) => words(p) >= 5 && words(p) <= 30 && !/[.:]$/.test(p) && !isDebris(p)) ??
      name;
    const body = [...new Set(paragraphs.flatMap(sentences))].filter((s) => !s.includes(title) && !title.includes(s));
    // The lead is the first real sentence, not a site name or a "follow us" line.
    const leadAt = Math.max(0, body.findIndex((s) => words(s) >= 15));
    return { name, title, lead: body[leadAt] ?? title, sentences: body.filter((_, i) => i !== leadAt) };
  });
}
