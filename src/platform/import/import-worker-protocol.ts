import type { ImportStage, PrepareResult } from './prepare-import.ts';

// The messages between the import dialog and the worker that prepares an import.

export type PrepareStage = 'read' | ImportStage;

export interface PrepareRequest {
  file: Blob;
  now?: string;
}

export type PrepareReply =
  | { type: 'stage'; stage: PrepareStage }
  | { type: 'done'; result: PrepareResult }
  | { type: 'failed'; message: string };
