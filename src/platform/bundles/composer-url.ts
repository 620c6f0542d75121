import { browser } from 'wxt/browser';

// The composer lives at bundles.html#bundle=<id> (issue 5). Links use the
// path, which resolves inside the extension from any of its pages; a new tab
// needs the full extension URL.

export const COMPOSER_PAGE = '/bundles.html';

/** The composer of one bundle, or the bundles page itself; `#import` opens the import dialog. */
export function composerHref(bundleId?: string): string {
  return bundleId ? `${COMPOSER_PAGE}#bundle=${encodeURIComponent(bundleId)}` : COMPOSER_PAGE;
}

/** The bundle id in a composer URL hash ("#bundle=…"), if any. */
export function bundleIdFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('bundle');
  return value?.trim() || undefined;
}

/** Opens the composer of a bundle in a new tab, next to the page that asked. */
export async function openComposer(bundleId: string): Promise<void> {
  // getURL is typed with the built pages; this one is ours, named by its path.
  const getUrl = browser.runtime.getURL as (path: string) => string;
  const url = getUrl(COMPOSER_PAGE) + composerHref(bundleId).slice(COMPOSER_PAGE.length);
  await browser.tabs.create({ url });
}
