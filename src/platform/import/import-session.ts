import type { BantinDb } from '../db/bantin-db.ts';
import { getBantinDb } from '../db/open-db.ts';
import { createImportCore, type ApplyOutcome, type ImportCore, type PrepareOutcome, type PrepareStage } from './import-core.ts';
import type { ImportReply, ImportRequest } from './import-worker-protocol.ts';

export interface ImportSession {
  prepare: (file: Blob, onStage?: (stage: PrepareStage) => void) => Promise<PrepareOutcome>;
  apply: (onProgress?: (done: number, total: number) => void) => Promise<ApplyOutcome>;
  /** Ends the session; work under way is dropped (an apply not yet committed rolls back). */
  close: () => void;
}

export interface SessionOptions {
  /** Run on this thread (tests, or a browser without module workers). */
  inline?: boolean;
  db?: BantinDb;
}

const closed = () => new DOMException('import closed', 'AbortError');

function inlineSession(core: ImportCore): ImportSession {
  let open = true;
  const guard = async <T>(work: Promise<T>) => {
    const value = await work;
    if (!open) throw closed();
    return value;
  };
  return {
    prepare: (file, onStage) => guard(core.prepare(file, onStage)),
    apply: (onProgress) => guard(core.apply(onProgress)),
    close: () => void (open = false),
  };
}

/** A worker session; where the worker cannot start, the same work falls back to this thread. */
function workerSession(options: SessionOptions): ImportSession {
  let worker: Worker | null = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let fallback: ImportSession | null = null;
  let pending: { resolve: (reply: ImportReply) => void; reject: (error: unknown) => void; listen: (reply: ImportReply) => void } | null = null;
  let answered = false;
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    answered = true;
    const reply = event.data;
    if (reply.type === 'stage' || reply.type === 'progress') pending?.listen(reply);
    else if (reply.type === 'crashed') pending?.reject(new Error(reply.message));
    else pending?.resolve(reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker?.terminate();
    worker = null;
    pending?.reject(answered ? new Error(event.message || 'import worker failed') : 'start-failed');
  };
  const ask = (request: ImportRequest, listen: (reply: ImportReply) => void) =>
    new Promise<ImportReply>((resolve, reject) => {
      if (!worker) return reject(closed());
      pending = { resolve, reject, listen };
      worker.postMessage(request);
    }).finally(() => (pending = null));
  const inline = () => (fallback ??= inlineSession(createImportCore(options.db ?? getBantinDb())));
  return {
    async prepare(file, onStage) {
      if (fallback) return fallback.prepare(file, onStage);
      try {
        const reply = await ask({ type: 'prepare', file }, (r) => r.type === 'stage' && onStage?.(r.stage));
        return (reply as Extract<ImportReply, { type: 'prepared' }>).outcome;
      } catch (error) {
        // A worker a browser policy keeps from starting must not cost the user the import.
        if (error === 'start-failed') return inline().prepare(file, onStage);
        throw error;
      }
    },
    async apply(onProgress) {
      if (fallback) return fallback.apply(onProgress);
      const reply = await ask({ type: 'apply' }, (r) => r.type === 'progress' && onProgress?.(r.done, r.total));
      return (reply as Extract<ImportReply, { type: 'applied' }>).outcome;
    },
    close() {
      worker?.terminate();
      worker = null;
      pending?.reject(closed());
      fallback?.close();
    },
  };
}

/** Starts an import: in a worker where the browser gives one, else on this thread. */
export function openImportSession(options: SessionOptions = {}): ImportSession {
  if (options.inline || typeof Worker !== 'function') return inlineSession(createImportCore(options.db ?? getBantinDb()));
  try {
    return workerSession(options);
  } catch {
    return inlineSession(createImportCore(options.db ?? getBantinDb()));
  }
}
