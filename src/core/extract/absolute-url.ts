/** `value` resolved against `base` when its scheme is allowed (http and https by default), else null. */
export function absoluteUrl(value: string | null | undefined, base?: string, schemes = /^https?:$/): URL | null {
  if (!value?.trim()) return null;
  try {
    const u = new URL(value.trim(), base);
    return schemes.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
}
