import type { ExportedClip } from '../schemas/index.ts';
import { toClipsCsv } from './to-clips-csv.ts';
import { toCslItem } from './to-csl-json.ts';
import { toFiguresCsv } from './to-figures-csv.ts';
import { toNdjson } from './to-ndjson.ts';
import { toRis } from './to-ris.ts';

// Thousands of clips rendered in one go would freeze the page that asked.
// The renderers stay synchronous and pure; this walks the clips a chunk at a
// time, hands back each chunk's text, and awaits the caller's yield between
// chunks so the UI can paint its progress bar. Concatenated, the chunks are
// exactly what the one-shot renderer returns.

export type ChunkedExportKind = 'csv' | 'figures-csv' | 'csl-json' | 'ris' | 'ndjson';

export interface ChunkOptions {
  /** Clips per chunk; default 250. */
  chunkSize?: number;
  /** Called after each chunk with the clips done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited between chunks; default a zero-delay timer (a macrotask, so the page can paint). */
  yieldToEventLoop?: () => Promise<void>;
  /** Stops between chunks, with the signal's reason. */
  signal?: AbortSignal;
  /** Header language of the CSV tables. */
  lang?: 'vi' | 'en';
  /** Index of the NDJSON bulk actions. */
  index?: string;
}

const timerYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const indent = (json: string) => json.replace(/^/gm, '  ');

function renderChunk(kind: ChunkedExportKind, chunk: ExportedClip[], first: boolean, options: ChunkOptions): string {
  switch (kind) {
    case 'csv': return toClipsCsv(chunk, { header: first, bom: first, lang: options.lang });
    case 'figures-csv': return toFiguresCsv(chunk, { header: first, bom: first, lang: options.lang });
    case 'ris': return toRis(chunk);
    case 'ndjson': return toNdjson(chunk, { index: options.index });
    case 'csl-json': return `${first ? '[\n' : ',\n'}${chunk.map((c) => indent(JSON.stringify(toCslItem(c), null, 2))).join(',\n')}`;
  }
}

/** The export as an async sequence of text chunks. */
export async function* exportInChunks(
  kind: ChunkedExportKind,
  clips: ExportedClip[],
  options: ChunkOptions = {},
): AsyncGenerator<string, void, undefined> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? 250));
  const pause = options.yieldToEventLoop ?? timerYield;
  if (clips.length === 0) {
    // The header (or an empty array) still makes a valid, openable file.
    yield kind === 'csl-json' ? '[]\n' : renderChunk(kind, [], true, options);
    options.onProgress?.(0, 0);
    return;
  }
  for (let start = 0; start < clips.length; start += size) {
    if (start > 0) await pause();
    options.signal?.throwIfAborted();
    yield renderChunk(kind, clips.slice(start, start + size), start === 0, options);
    options.onProgress?.(Math.min(start + size, clips.length), clips.length);
  }
  if (kind === 'csl-json') yield '\n]\n';
}

/** The whole export as one string, built chunk by chunk. */
export async function exportToString(kind: ChunkedExportKind, clips: ExportedClip[], options: ChunkOptions = {}): Promise<string> {
  let out = '';
  for await (const part of exportInChunks(kind, clips, options)) out += part;
  return out;
}
