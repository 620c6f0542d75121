// Two visits of one article rarely have byte-identical addresses: a share on
// Zalo or Facebook appends tracking parameters, the page adds a #fragment.
// Duplicate detection compares addresses after taking those away.

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid',
  'zarsrc', 'gidzl', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'ref_src', 'spm', 'cmpid', 'itm_source',
]);
const TRACKING_PREFIXES = ['utm_', 'itm_', 'pk_', 'mtm_', 'vero_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The address without fragment and tracking parameters; the other
 * parameters keep their order (some sites address the article by `?id=`).
 * A string that is not an absolute URL comes back trimmed, unchanged.
 */
export function cleanUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = '';
  // Rewrite the query only when there is something to drop: re-serialising
  // it would change the encoding of the parameters that stay.
  const tracking = [...new Set(u.searchParams.keys())].filter(isTracking);
  for (const name of tracking) u.searchParams.delete(name);
  const out = u.toString();
  return out.endsWith('?') ? out.slice(0, -1) : out;
}

/** True for the pages an extension may clip: http(s) documents. */
export function isClippableUrl(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}
