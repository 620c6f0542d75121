import { absoluteUrl } from './absolute-url.ts';

// Query parameters that only say how a reader arrived (campaigns, click ids,
// Zalo and Facebook shares). Two clips of the same article must compare equal.
const TRACKING = /^(utm_|pk_|mtm_|hsa_|ga_|mc_|_g[al]$|[a-z]*clk?id$|igshid$|gidzl$|zarsrc$|zacc$|cmpid$|icid$|ref_src$)/i;

export function isTrackingParam(name: string): boolean {
  return TRACKING.test(name);
}

/**
 * Absolute http(s) URL without tracking parameters and fragment, or null when
 * `raw` is not an http(s) address.
 */
export function cleanUrl(raw: string | null | undefined, base?: string): string | null {
  const u = absoluteUrl(raw, base);
  if (!u) return null;
  for (const name of Array.from(u.searchParams.keys())) if (isTrackingParam(name)) u.searchParams.delete(name);
  u.hash = '';
  // URLSearchParams leaves a bare "?" behind when every parameter went.
  return u.href.replace(/\?$/, '');
}
