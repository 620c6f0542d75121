// The browser refuses a write when the origin's quota is used up. The error
// reaches us in several wrappings: the DOMException itself, Dexie's
// QuotaExceededError or AbortError with the DOMException as `inner`, a
// BulkError holding it among its `failures`, or an Error with a `cause`.

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
const QUOTA_CODES = new Set([22, 1014]);

/** True when `error`, or an error it wraps, says the storage quota is exceeded. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (typeof e.code === 'number' && QUOTA_CODES.has(e.code) && e.name !== 'TypeError') return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** The clip error code of a storage failure: 'storage-full' for quota, else 'unknown'. */
export function storageErrorCode(error: unknown): 'storage-full' | 'unknown' {
  return isQuotaError(error) ? 'storage-full' : 'unknown';
}
