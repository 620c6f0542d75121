import { all, attr, norm } from './dom-helpers.ts';

/** Meta tag values keyed by lower-cased `property`, `name` or `itemprop`; the first value wins. */
export type MetaMap = ReadonlyMap<string, string>;

export function readMeta(doc: Document): MetaMap {
  const map = new Map<string, string>();
  for (const m of all(doc, 'meta')) {
    const content = norm(attr(m, 'content'));
    if (!content) continue;
    for (const name of ['property', 'name', 'itemprop']) {
      for (const key of attr(m, name).toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

/** First non-empty value among `keys`, with the key that gave it. */
export function firstMeta(meta: MetaMap, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v) return v;
  }
  return null;
}
