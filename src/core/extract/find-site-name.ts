import type { MetaSource } from '../schemas/article.ts';
import type { JsonLdArticle } from './read-json-ld.ts';
import { firstMeta, type MetaMap } from './read-meta.ts';

export interface SiteName {
  name: string | null;
  source?: MetaSource;
}

/** The publication's name: og:site_name, JSON-LD publisher, application-name, else the host name. */
export function findSiteName(meta: MetaMap, ld: JsonLdArticle | null, url: string): SiteName {
  const fromMeta = firstMeta(meta, ['og:site_name', 'application-name']);
  if (fromMeta && !/^https?:/i.test(fromMeta)) return { name: fromMeta, source: 'meta' };
  if (ld?.publisher && !/^https?:/i.test(ld.publisher)) return { name: ld.publisher, source: 'jsonld' };
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    if (host) return { name: host, source: 'url' };
  } catch {
    // not an address: no name
  }
  return { name: null };
}
