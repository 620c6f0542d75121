import { BundleFileSchema, FORMAT_VERSION, type BundleFile } from '../schemas/index.ts';

export type ParseBundleError = 'not-json' | 'truncated' | 'not-a-bundle' | 'newer-version' | 'invalid';

export type ParseBundleResult =
  | { ok: true; file: BundleFile }
  | { ok: false; error: ParseBundleError; detail?: string };

/**
 * True when the text could be the start of a JSON object or array that was
 * cut off: a string or a bracket is still open at the end. A cut download or
 * a half-copied file says so, instead of a puzzling "not JSON".
 */
function looksTruncated(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return false;
    }
  }
  return inString || depth > 0;
}

/** Reads a bundle file; every way it can be wrong has its own code for the UI to explain. */
export function parseBundleFile(text: string): ParseBundleResult {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: 'not-json', detail: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: looksTruncated(body) ? 'truncated' : 'not-json', detail };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== 'bantin-bundle') {
    return { ok: false, error: 'not-a-bundle' };
  }
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return { ok: false, error: 'newer-version', detail: `formatVersion ${version} > ${FORMAT_VERSION}` };
  }
  const parsed = BundleFileSchema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return { ok: false, error: 'invalid', detail };
  }
  return { ok: true, file: parsed.data };
}
