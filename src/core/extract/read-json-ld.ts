import { all, norm } from './dom-helpers.ts';

/** The article facts a page states in schema.org JSON-LD. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** Person authors only: organisations are publishers, not bylines. */
  authors: string[];
  publisher: string | null;
  image: string | null;
}

const ARTICLE_TYPE = /article|posting|report/i;

type Json = null | string | number | boolean | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function parseLoose(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Hand-written JSON-LD often carries raw line breaks or tabs inside strings.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function flatten(v: Json | undefined, out: JsonObject[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (isObject(v)) {
    out.push(v);
    flatten(v['@graph'], out);
  }
}

function typesOf(o: JsonObject): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : String(t ?? '');
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return norm(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (isObject(v)) return str(v['name'] ?? v['url'] ?? v['@id']);
  return null;
}

function people(v: Json | undefined): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const names: string[] = [];
  for (const p of list) {
    if (isObject(p) && /organi[sz]ation/i.test(typesOf(p))) continue;
    const name = str(p);
    if (name && !/^https?:/i.test(name)) names.push(name);
  }
  return names;
}

/** Reads the first Article-like object of the page's JSON-LD, or null. */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  const objects: JsonObject[] = [];
  for (const s of all(doc, 'script[type="application/ld+json"]')) {
    flatten(parseLoose(s.textContent ?? ''), objects);
  }
  const a = objects.find((o) => ARTICLE_TYPE.test(typesOf(o)));
  if (!a) return null;
  const publisher = str(a['publisher']);
  return {
    headline: str(a['headline']) ?? str(a['name']),
    datePublished: str(a['datePublished']),
    dateModified: str(a['dateModified']),
    authors: people(a['author']).filter((n) => n !== publisher),
    publisher,
    image: str(a['image']),
  };
}
