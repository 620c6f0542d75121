import type { BantinDb } from '../db/bantin-db.ts';
import { getBantinDb } from '../db/open-db.ts';
import type { PrepareReply, PrepareRequest, PrepareStage } from './import-worker-protocol.ts';
import { prepareImport, type PrepareResult } from './prepare-import.ts';

export interface PrepareJob {
  result: Promise<PrepareResult>;
  /** Stops the work; `result` then rejects with an AbortError. */
  cancel: () => void;
}

export interface PrepareJobOptions {
  onStage?: (stage: PrepareStage) => void;
  /** Where there is no Worker (tests) or it cannot start, the work runs here, on this database. */
  db?: BantinDb;
  now?: string;
  /** Force the work onto this thread. */
  inline?: boolean;
}

const aborted = () => new DOMException('import cancelled', 'AbortError');

function runInline(file: Blob, options: PrepareJobOptions, signal: AbortSignal): Promise<PrepareResult> {
  return (async () => {
    options.onStage?.('read');
    const text = await file.text();
    signal.throwIfAborted();
    const result = await prepareImport(options.db ?? getBantinDb(), text, { onStage: options.onStage, now: options.now });
    signal.throwIfAborted();
    return result;
  })();
}

/** Prepares the import of a chosen file, in a worker where the browser gives one. */
export function startPrepareImport(file: Blob, options: PrepareJobOptions = {}): PrepareJob {
  const controller = new AbortController();
  let worker: Worker | undefined;
  const result = new Promise<PrepareResult>((resolve, reject) => {
    controller.signal.addEventListener('abort', () => reject(aborted()));
    const inline = () => runInline(file, options, controller.signal).then(resolve, reject);
    if (options.inline || typeof Worker !== 'function') return void inline();
    let answered = false;
    try {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return void inline();
    }
    worker.onmessage = (event: MessageEvent<PrepareReply>) => {
      answered = true;
      const reply = event.data;
      if (reply.type === 'stage') options.onStage?.(reply.stage);
      else {
        worker?.terminate();
        if (reply.type === 'done') resolve(reply.result);
        else reject(new Error(reply.message));
      }
    };
    // A worker that cannot even start (a browser policy) must not cost the user the import.
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      if (!answered) void inline();
      else reject(new Error(event.message || 'import worker failed'));
    };
    worker.postMessage({ file, now: options.now } satisfies PrepareRequest);
  });
  return {
    result,
    cancel: () => {
      worker?.terminate();
      controller.abort();
    },
  };
}
