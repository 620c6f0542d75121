import type { Clip } from '../schemas/index.ts';

/** The site a clip came from: its name, else the host of its URL without "www.". */
export function clipSite(clip: Pick<Clip, 'siteName' | 'canonicalUrl' | 'url'>): string {
  const name = clip.siteName?.trim();
  if (name) return name;
  for (const u of [clip.canonicalUrl, clip.url]) {
    try {
      return new URL(u).hostname.replace(/^www\./, '');
    } catch {
      // not a URL: try the next one
    }
  }
  return '';
}

/** The address to cite: the canonical URL, else the URL the clip was taken from. */
export function clipUrl(clip: Pick<Clip, 'canonicalUrl' | 'url'>): string {
  return clip.canonicalUrl.trim() || clip.url;
}
