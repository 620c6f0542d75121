import { BundleFileSchema, ExportedClipSchema, type BundleFile } from '../../core/schemas/index.ts';

// serializeBundleFile validates and stringifies a whole file in one call,
// which for a backup of thousands of clips holds the page for seconds. This
// writes the same text (byte for byte: the tests compare) a chunk of clips at
// a time, and yields to the event loop between chunks so the progress bar
// moves and "Huỷ" answers. Each chunk is one JSON.stringify of the chunk
// under a "clips" key, cut out of its wrapper: the clips come out indented as
// in the whole file without re-indenting every line of 100 MB of text.

export interface SerializeChunkOptions {
  /** Clips per chunk; default 200. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  yieldToEventLoop?: () => Promise<void>;
  signal?: AbortSignal;
  /**
   * Check every clip against the schema on the way out (default). Clips just
   * read from the library were checked when they came in: exports of them
   * skip it, as parsing 5,000 clips of 40 entities each costs seconds.
   */
  validate?: boolean;
  /** Write as serializeBundleFile(file, { compact: true }): no indentation (exports of the library are written so). */
  compact?: boolean;
}

const timerYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Where the clips go in the envelope's own JSON (JSON.stringify writes an empty array as "[]"). */
const CLIPS_SLOT = '\n  "clips": []';
/** A chunk's wrapper: JSON.stringify({ clips }, null, 2) puts the clips at the file's depth between these. */
const WRAP_HEAD = '{\n  "clips": [\n';
const WRAP_TAIL = '\n  ]\n}';

/** How the file's text goes around its clips: the whole file without clips, the text before and after them, the separators and one chunk's clips. */
interface Layout {
  empty: string;
  head: string;
  tail: string;
  first: string;
  between: string;
  clipsText: (clips: unknown[]) => string;
}

function indentedLayout(envelope: BundleFile): Layout {
  const shell = `${JSON.stringify(envelope, null, 2)}\n`;
  const slot = shell.indexOf(CLIPS_SLOT);
  if (slot < 0) throw new Error('bundle file: no clips slot in the envelope');
  return {
    empty: shell,
    head: `${shell.slice(0, slot)}\n  "clips": [`,
    tail: `\n  ]${shell.slice(slot + CLIPS_SLOT.length)}`,
    first: '\n',
    between: ',\n',
    clipsText: (clips) => {
      const wrapped = JSON.stringify({ clips }, null, 2);
      return wrapped.slice(WRAP_HEAD.length, wrapped.length - WRAP_TAIL.length);
    },
  };
}

/** The compact envelope around its clips, key by key as JSON.stringify orders them (a search for `"clips":[]` could hit a nested key). */
function compactLayout(envelope: BundleFile): Layout {
  const parts: string[] = [];
  let at = -1;
  for (const [key, value] of Object.entries(envelope)) {
    if (key === 'clips') at = parts.push(`${JSON.stringify(key)}:[`);
    else if (value !== undefined) parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }
  if (at < 0) throw new Error('bundle file: no clips slot in the envelope');
  const head = `{${parts.slice(0, at).join(',')}`;
  const tail = `]${at < parts.length ? ',' : ''}${parts.slice(at).join(',')}}\n`;
  // `[` and `]` cut off each chunk's array, commas between chunks.
  return { empty: head + tail, head, tail, first: '', between: ',', clipsText: (clips) => JSON.stringify(clips).slice(1, -1) };
}

/** The bundle file's JSON text, as serializeBundleFile writes it, in chunks. */
export async function* serializeBundleFileInChunks(file: BundleFile, options: SerializeChunkOptions = {}): AsyncGenerator<string, void, undefined> {
  const size = Math.max(1, Math.floor(options.chunkSize ?? 200));
  const pause = options.yieldToEventLoop ?? timerYield;
  const check = options.validate === false ? <T>(c: T) => c : (c: unknown) => ExportedClipSchema.parse(c);
  const { clips, ...envelope } = file;
  // The envelope goes through the schema like the whole file would (key order included).
  const parsed = BundleFileSchema.parse({ ...envelope, clips: [] });
  const layout = options.compact ? compactLayout(parsed) : indentedLayout(parsed);
  if (clips.length === 0) {
    yield layout.empty;
    options.onProgress?.(0, 0);
    return;
  }
  yield layout.head;
  for (let start = 0; start < clips.length; start += size) {
    if (start > 0) await pause();
    options.signal?.throwIfAborted();
    yield `${start === 0 ? layout.first : layout.between}${layout.clipsText(clips.slice(start, start + size).map(check))}`;
    options.onProgress?.(Math.min(start + size, clips.length), clips.length);
  }
  yield layout.tail;
}
