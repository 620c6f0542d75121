import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ExportedClip } from '../../src/core/schemas/index.ts';
import { importFileOf, wholeClip } from './bench-clips.ts';
import { generateArchive } from './generate-archive.ts';

// The data the Chromium benches read, made in Node once and cached under
// test-output/bench/cache (the archive is deterministic, so a cached file is
// the file a fresh run would make; the cache key hashes every input):
//   docs-N.json     title, lead and text of N generated clips (search)
//   clips-N.json    the first N as whole clips: tagged entities, facet keys,
//                   story fingerprint, as the clip pipeline stores them
//   import-N.json   a bundle file of N clips of which `duplicates` are in the
//                   library already (half by id, half by address under another id)
//   tagger-texts.json  the corpus texts the tagger bench recombines

const ROOT = join(import.meta.dirname, '..', '..');
const ARCHIVE_INPUTS = ['scripts/bench/generate-archive.ts', 'scripts/bench/corpus-articles.ts', 'scripts/bench/seeded-random.ts', 'scripts/bench/corpus'];
const CLIP_INPUTS = ['scripts/bench/bench-clips.ts', 'src/core/tag', 'src/core/fingerprint', 'src/core/text', 'src/core/clip', 'src/core/export', 'src/core/search/tokenize.ts'];

export interface BenchDataSizes {
  searchClips: number;
  storeClips: number;
  importClips: number;
  importDuplicates: number;
}

export interface BenchDataFiles {
  docs: string;
  clips: string;
  importFile: string;
  taggerTexts: string;
}

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

function hashOf(paths: string[], extra: string): string {
  const hash = createHash('sha256').update(extra);
  for (const file of paths.flatMap(filesUnder)) hash.update(relative(ROOT, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/** `<kind>-<size>-<key>.json`, made once; files of the same kind and size made from older inputs are removed. */
function cached(dir: string, name: string, make: () => string, log: (s: string) => void, variant = ''): string {
  const file = join(dir, name.replace(/\.json$/, `${variant}.json`));
  if (existsSync(file)) return file;
  const kind = name.slice(0, name.lastIndexOf('-') + 1);
  for (const old of readdirSync(dir)) if (old.startsWith(kind) && old.endsWith(`${variant}.json`)) rmSync(join(dir, old), { force: true });
  const t = performance.now();
  const text = make();
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  log(`  made ${name} (${(text.length / 1e6).toFixed(0)} MB of text) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return file;
}

export function prepareBenchData(cacheDir: string, sizes: BenchDataSizes, log: (s: string) => void = console.log): BenchDataFiles {
  if (sizes.importClips > sizes.storeClips) throw new Error('the import file is made of the stored clips: importClips must not exceed storeClips');
  mkdirSync(cacheDir, { recursive: true });
  const archiveKey = hashOf(ARCHIVE_INPUTS, '');
  const clipKey = hashOf(CLIP_INPUTS, archiveKey);
  let archive: ReturnType<typeof generateArchive> | undefined;
  const generated = () => (archive ??= generateArchive(Math.max(sizes.searchClips, sizes.storeClips, sizes.importClips)));
  let whole: ExportedClip[] | undefined;

  const docs = cached(cacheDir, `docs-${sizes.searchClips}-${archiveKey}.json`, () =>
    JSON.stringify(generated().slice(0, sizes.searchClips).map(({ id, title, lead, text }) => ({ id, title, lead, text }))), log);
  const clips = cached(cacheDir, `clips-${sizes.storeClips}-${clipKey}.json`, () => {
    whole = generated().slice(0, sizes.storeClips).map(wholeClip);
    return JSON.stringify(whole);
  }, log);
  const importFile = cached(cacheDir, `import-${sizes.importClips}-${clipKey}.json`, () => {
    whole ??= (JSON.parse(readFileSync(clips, 'utf8')) as ExportedClip[]);
    return importFileOf(whole.slice(0, sizes.importClips), sizes.importDuplicates, '2026-12-01T08:00:00.000Z');
  }, log, `-${sizes.importDuplicates}`);
  const textDir = join(ROOT, 'scripts/bench/corpus/text');
  const taggerTexts = cached(cacheDir, `tagger-texts-${archiveKey}.json`, () =>
    JSON.stringify(readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(textDir, f), 'utf8'))), log);
  return { docs, clips, importFile, taggerTexts };
}
