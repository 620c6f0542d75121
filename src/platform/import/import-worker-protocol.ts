import type { ApplyOutcome, PrepareOutcome, PrepareStage } from './import-core.ts';

// The messages between the import dialog and the import worker. One request
// at a time: the page waits for `prepared` before it may send `apply`.

export type ImportRequest = { type: 'prepare'; file: Blob } | { type: 'apply' };

export type ImportReply =
  | { type: 'stage'; stage: PrepareStage }
  | { type: 'prepared'; outcome: PrepareOutcome }
  | { type: 'progress'; done: number; total: number }
  | { type: 'applied'; outcome: ApplyOutcome }
  | { type: 'crashed'; message: string };
