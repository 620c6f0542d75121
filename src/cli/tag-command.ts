import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Entity } from '../core/schemas/entity.ts';
import { tagEntities } from '../core/tag/index.ts';
import type { Command } from './command.ts';
import { loadPage } from './load-page.ts';

const usage = 'usage: bantin tag [--out DIR] FILE...   (.txt tagged as is; .html extracted first)\n';

const PAGE = /^\.(x?html?|htm)$/i;
const REASONS: Record<string, string> = {
  'not-html': 'not an HTML page',
  unreadable: 'cannot read the file',
  'no-article-found': 'no article found on the page',
  'too-short': 'too little text to be an article',
};

type Loaded = { ok: true; text: string; publishedAt?: string | null } | { ok: false; message: string };

async function readText(file: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, message: `cannot read the file (${err.code === 'EISDIR' ? 'is a directory' : (err.code ?? err.message)})` };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, message: 'a binary file, not text' };
  // A crawler's first line "date 2026-01-30" is read by the tagger as the article's date.
  return { ok: true, text: bytes.toString('utf8').replace(/^\ufeff/, '') };
}

async function readPage(file: string): Promise<Loaded> {
  const r = await loadPage(file);
  if (!r.ok) {
    const reason = REASONS[r.error] ?? r.error;
    return { ok: false, message: r.detail && r.detail !== reason ? `${reason} (${r.detail})` : reason };
  }
  const { title, lead, text, publishedAt } = r.article;
  return { ok: true, text: [title, lead, text].filter((s) => s.trim()).join('\n\n'), publishedAt };
}

/** `bantin tag`: the entities of each text or saved page, as JSON on stdout or one DIR/<name>.json each. */
export const tagCommand: Command = async (argv) => {
  let values: { out?: string; help?: boolean };
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (e) {
    process.stderr.write(`bantin tag: ${(e as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (!files.length) {
    process.stderr.write(usage);
    return 2;
  }
  if (values.out) await mkdir(values.out, { recursive: true });
  const results: { file: string; entities: Entity[] }[] = [];
  let failed = 0;
  for (const file of files) {
    const loaded = PAGE.test(extname(file)) ? await readPage(file) : await readText(file);
    if (!loaded.ok) {
      failed++;
      process.stderr.write(`bantin tag: ${file}: ${loaded.message}\n`);
      continue;
    }
    const entities = tagEntities(loaded.text, { publishedAt: loaded.publishedAt });
    if (values.out) {
      const name = basename(file, extname(file));
      await writeFile(join(values.out, `${name}.json`), `${JSON.stringify({ entities }, null, 2)}\n`);
    } else results.push({ file, entities });
  }
  if (!values.out && results.length) {
    const json = files.length === 1 ? { entities: results[0]!.entities } : results;
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  return failed ? 1 : 0;
};
