import { describe, expect, it } from 'vitest';
import { exampleClips } from './__fixtures__/example-clips.ts';
import { exportInChunks, exportToString, type ChunkedExportKind } from './export-in-chunks.ts';
import { toClipsCsv } from './to-clips-csv.ts';
import { toCslJson } from './to-csl-json.ts';
import { toFiguresCsv } from './to-figures-csv.ts';
import { toNdjson } from './to-ndjson.ts';
import { toRis } from './to-ris.ts';

/** A library of many clips: the example week repeated with distinct ids. */
const many = Array.from({ length: 23 }, (_, i) => exampleClips.map((c) => ({ ...c, id: `${c.id}-${i}` }))).flat();
const oneShot: Record<ChunkedExportKind, (c: typeof many) => string> = {
  csv: (c) => toClipsCsv(c), 'figures-csv': (c) => toFiguresCsv(c), 'csl-json': toCslJson, ris: toRis, ndjson: (c) => toNdjson(c),
};

describe('exportInChunks', () => {
  for (const kind of Object.keys(oneShot) as ChunkedExportKind[]) {
    it(`${kind}: chunks concatenate to exactly the one-shot export, also for 0 and 1 clip`, async () => {
      for (const clips of [many, [], many.slice(0, 1)]) {
        expect(await exportToString(kind, clips, { chunkSize: 7, yieldToEventLoop: async () => {} })).toBe(oneShot[kind](clips));
      }
    });
  }

  it('yields to the event loop between chunks and reports progress', async () => {
    const events: string[] = [];
    const parts: string[] = [];
    const gen = exportInChunks('ndjson', many, {
      chunkSize: 50,
      yieldToEventLoop: async () => { events.push('yield'); },
      onProgress: (done, total) => events.push(`${done}/${total}`),
    });
    for await (const part of gen) parts.push(part);
    expect(parts).toHaveLength(3);
    expect(events).toEqual(['50/115', 'yield', '100/115', 'yield', '115/115']);
  });

  it('lets a timer run between chunks with the default yield', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const seen: number[] = [];
    for await (const _ of exportInChunks('csv', many, { chunkSize: 40 })) seen.push(ticks);
    clearInterval(timer);
    expect(seen[2]!).toBeGreaterThan(seen[0]!);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const run = exportToString('ris', many, {
      chunkSize: 10, yieldToEventLoop: async () => {},
      onProgress: (done) => { if (done >= 20) controller.abort(new Error('huỷ')); },
      signal: controller.signal,
    });
    await expect(run).rejects.toThrow('huỷ');
  });
});
