import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Converted<T> = { ok: true; value: T } | { ok: false; message: string };

export interface JsonPerFileOptions<T> {
  /** The directory for one <name>.json per file; without it, one JSON on standard output. */
  out?: string;
  /** The <name> of a file's JSON in `out`. */
  name: (file: string) => string;
  /** What a file's value becomes in the list printed for several files (default: the value itself). */
  listed?: (file: string, value: T) => unknown;
}

/**
 * Converts each file and writes DIR/<name>.json each, or prints the value
 * (one file) or the list of values (several). A file that fails is named on
 * standard error and the others go on: the exit code is 1 when any failed.
 */
export async function writeJsonPerFile<T>(
  command: string,
  files: string[],
  convert: (file: string) => Promise<Converted<T>>,
  { out, name, listed = (_file, value) => value }: JsonPerFileOptions<T>,
): Promise<number> {
  if (out) await mkdir(out, { recursive: true });
  const results: unknown[] = [];
  let single: T | undefined;
  let failed = 0;
  for (const file of files) {
    const converted = await convert(file);
    if (!converted.ok) {
      failed++;
      process.stderr.write(`bantin ${command}: ${file}: ${converted.message}\n`);
      continue;
    }
    if (out) await writeFile(join(out, `${name(file)}.json`), `${JSON.stringify(converted.value, null, 2)}\n`);
    else {
      single = converted.value;
      results.push(listed(file, converted.value));
    }
  }
  if (!out && results.length) {
    process.stdout.write(`${JSON.stringify(files.length === 1 ? single : results, null, 2)}\n`);
  }
  return failed ? 1 : 0;
}
