import { BundleFileSchema, ExportedClipSchema, type BundleFile } from '../../core/schemas/index.ts';

// serializeBundleFile validates and stringifies a whole file in one call,
// which for a backup of thousands of clips holds the page for seconds. This
// writes the same text (byte for byte: the tests compare) a chunk of clips at
// a time, validating each clip on the way, and yields to the event loop
// between chunks so the progress bar moves and "Huỷ" answers.

export interface SerializeChunkOptions {
  /** Clips per chunk; default 200. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  yieldToEventLoop?: () => Promise<void>;
  signal?: AbortSignal;
}

const timerYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Where the clips go in the envelope's own JSON (JSON.stringify writes an empty array as "[]"). */
const CLIPS_SLOT = '\n  "clips": []';

/** Each line of a clip's JSON moved under the file's "clips" array. */
const nest = (json: string) => json.replace(/^/gm, '    ');

/** The bundle file's JSON text, as serializeBundleFile writes it, in chunks. */
export async function* serializeBundleFileInChunks(file: BundleFile, options: SerializeChunkOptions = {}): AsyncGenerator<string, void, undefined> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? 200));
  const pause = options.yieldToEventLoop ?? timerYield;
  const { clips, ...envelope } = file;
  // The envelope goes through the schema like the whole file would (key order included).
  const shell = `${JSON.stringify(BundleFileSchema.parse({ ...envelope, clips: [] }), null, 2)}\n`;
  const slot = shell.indexOf(CLIPS_SLOT);
  if (slot < 0) throw new Error('bundle file: no clips slot in the envelope');
  if (clips.length === 0) {
    yield shell;
    options.onProgress?.(0, 0);
    return;
  }
  yield `${shell.slice(0, slot)}\n  "clips": [`;
  for (let start = 0; start < clips.length; start += size) {
    if (start > 0) await pause();
    options.signal?.throwIfAborted();
    const chunk = clips.slice(start, start + size).map((c) => nest(JSON.stringify(ExportedClipSchema.parse(c), null, 2)));
    yield `${start === 0 ? '\n' : ',\n'}${chunk.join(',\n')}`;
    options.onProgress?.(Math.min(start + size, clips.length), clips.length);
  }
  yield `\n  ]${shell.slice(slot + CLIPS_SLOT.length)}`;
}
