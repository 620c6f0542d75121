import { isMessageKey } from '../../core/i18n/translate.ts';
import { RepositoryError } from '../../platform/db/repository-error.ts';
import { isQuotaError } from '../../platform/db/storage-errors.ts';

/** The core message key that explains a failure to the user ("error.storage-full"…). */
export function errorCode(error: unknown): string {
  if (isQuotaError(error)) return 'error.storage-full';
  const code = error instanceof RepositoryError ? error.code : (error as { code?: unknown } | null)?.code;
  const key = typeof code === 'string' ? `error.${code}` : '';
  return isMessageKey(key) ? key : 'error.unknown';
}
