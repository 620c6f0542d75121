/** Why a repository refused a request; the UI translates the code. */
export type RepositoryErrorCode = 'clip-not-found' | 'entity-not-found' | 'invalid-entity' | 'invalid-bundle' | 'invalid-vocabulary';

export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';
  constructor(
    readonly code: RepositoryErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
