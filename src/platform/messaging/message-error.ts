import { ClipFailureSchema } from '../../core/schemas/clip-outcome.ts';
import type { RepositoryErrorCode } from '../db/repository-error.ts';

// Errors cross between contexts as codes (structured clone drops classes);
// each code has a translation under "error.<code>" in core/i18n.

export const TRANSPORT_ERROR_CODES = ['invalid-input', 'invalid-output', 'unknown-message', 'no-receiver'] as const;
export const REPOSITORY_ERROR_CODES = ['clip-not-found', 'entity-not-found', 'invalid-entity', 'invalid-bundle', 'invalid-vocabulary'] as const satisfies readonly RepositoryErrorCode[];

export const MESSAGE_ERROR_CODES = [...new Set([...ClipFailureSchema.options, ...REPOSITORY_ERROR_CODES, ...TRANSPORT_ERROR_CODES])];
export type MessageErrorCode = (typeof MESSAGE_ERROR_CODES)[number];

const KNOWN = new Set<string>(MESSAGE_ERROR_CODES);

export function isMessageErrorCode(code: unknown): code is MessageErrorCode {
  return typeof code === 'string' && KNOWN.has(code);
}

export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(
    readonly code: MessageErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
