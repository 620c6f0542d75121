import { isMessageKey, type MessageKey } from '../../core/i18n/translate.ts';
import { isQuotaError } from '../../platform/db/storage-errors.ts';

// Errors reach a page as MessageError / RepositoryError (with a code) or as
// raw browser errors; the page shows one translated sentence for each.

/** The catalog key that explains `error` to the user ("error.storage-full"…). */
export function errorMessageKey(error: unknown): MessageKey {
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (typeof code === 'string' && isMessageKey(`error.${code}`)) return `error.${code}` as MessageKey;
  return isQuotaError(error) ? 'error.storage-full' : 'error.unknown';
}
