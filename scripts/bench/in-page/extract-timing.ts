import { Readability } from '@mozilla/readability';
import { captureDocument } from '../../../src/platform/clip/capture-document.ts';

// Evaluated in a served corpus page (bundled by chromium/extract-bench.ts):
// what the extract script does on the live page (clone, Readability,
// clean-up, metadata: captureDocument) against plain Readability on a clone
// of the same page, alternating, after a warm-up.

export interface ExtractTiming {
  oursMs: number[];
  readabilityMs: number[];
  ok: boolean;
}

function time(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

function timeExtraction(reps: number, warmup: number): ExtractTiming {
  const ours = () => captureDocument(document, location.href, null);
  const plain = () => new Readability(document.cloneNode(true) as Document).parse();
  for (let i = 0; i < warmup; i++) {
    ours();
    plain();
  }
  const oursMs: number[] = [];
  const readabilityMs: number[] = [];
  for (let i = 0; i < reps; i++) {
    // Alternating first and second, so neither always runs on a cache the other warmed.
    if (i % 2 === 0) {
      oursMs.push(time(ours));
      readabilityMs.push(time(plain));
    } else {
      readabilityMs.push(time(plain));
      oursMs.push(time(ours));
    }
  }
  return { oursMs, readabilityMs, ok: ours().article.ok };
}

Object.assign(globalThis, { bantinTimeExtraction: timeExtraction });
