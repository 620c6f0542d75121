import { bundleClips } from '../../core/export/bundle-clips.ts';
import { exportInChunks } from '../../core/export/export-in-chunks.ts';
import { renderDigestHtml } from '../../core/export/render-digest-html.ts';
import { renderDigestMarkdown } from '../../core/export/render-digest-markdown.ts';
import { FORMAT_VERSION, type Bundle, type BundleFile, type ExportedClip } from '../../core/schemas/index.ts';
import { buildDigestInChunks } from './build-digest-in-chunks.ts';
import type { ExportFormat } from './export-formats.ts';
import { GENERATOR } from './read-backup.ts';
import { serializeBundleFileInChunks } from './serialize-bundle-file-in-chunks.ts';

// Every export of a bundle, as the parts of the file to download. The work is
// sliced (exportInChunks, the chunked digest and bundle file writers) and the
// event loop runs between slices, so thousands of clips never freeze the page
// and the signal can stop it between two slices.

export interface ExportSource {
  bundle: Bundle;
  /** The bundle's clips, whole (text, html, entities). */
  clips: ExportedClip[];
  /** False for an unsaved bundle (a library selection): the JSON file then carries the clips alone. */
  bundleInFile?: boolean;
}

export interface RenderOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Language of CSV headers. */
  lang?: 'vi' | 'en';
  now?: string;
  yieldToEventLoop?: () => Promise<void>;
}

async function collect(chunks: AsyncIterable<string>): Promise<string[]> {
  const parts: string[] = [];
  for await (const part of chunks) parts.push(part);
  return parts;
}

/**
 * The chunks as UTF-8 bytes, each encoded as it comes. A Blob of 140 MB of
 * strings encodes them all at once when it is made, a stall of seconds; a
 * chunk at a time the work falls between the writer's pauses.
 */
async function collectUtf8(chunks: AsyncIterable<string>): Promise<Uint8Array<ArrayBuffer>[]> {
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for await (const part of chunks) parts.push(encoder.encode(part));
  return parts;
}

/** A bundle's clips and the bundle itself as one bundle file (scope `bundle`), to share with a colleague. */
export function bundleFileOf(source: ExportSource, now: string): BundleFile {
  return {
    format: 'bantin-bundle',
    formatVersion: FORMAT_VERSION,
    scope: 'bundle',
    exportedAt: now,
    generator: GENERATOR,
    bundles: source.bundleInFile === false ? [] : [source.bundle],
    clips: bundleClips(source.bundle, source.clips),
    vocabulary: [],
  };
}

/** The file of one export format, in parts ready for a Blob. */
export async function renderExport(format: ExportFormat, source: ExportSource, options: RenderOptions = {}): Promise<BlobPart[]> {
  const { onProgress, signal, yieldToEventLoop } = options;
  const chunked = { onProgress, signal, yieldToEventLoop };
  switch (format) {
    case 'json':
      // The clips were read from the library, where they were checked on the way in.
      return collectUtf8(serializeBundleFileInChunks(bundleFileOf(source, options.now ?? new Date().toISOString()), { ...chunked, validate: false, compact: true }));
    case 'html':
    case 'markdown':
    case 'docx': {
      const digest = await buildDigestInChunks(source.bundle, source.clips, chunked);
      signal?.throwIfAborted();
      if (format === 'html') return [renderDigestHtml(digest)];
      if (format === 'markdown') return [renderDigestMarkdown(digest)];
      // docx is a large library: loaded only when someone asks for a Word file.
      const { renderDigestDocx } = await import('../../core/export/render-digest-docx.ts');
      return [(await renderDigestDocx(digest)) as Uint8Array<ArrayBuffer>];
    }
    default:
      return collect(exportInChunks(format, bundleClips(source.bundle, source.clips), { ...chunked, lang: options.lang }));
  }
}

/** The whole library's backup file, in parts. */
export function renderBackup(file: BundleFile, options: RenderOptions = {}): Promise<BlobPart[]> {
  return collectUtf8(serializeBundleFileInChunks(file, { onProgress: options.onProgress, signal: options.signal, yieldToEventLoop: options.yieldToEventLoop, validate: false, compact: true }));
}
