import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Entity } from '../core/schemas/entity.ts';
import { tagEntities } from '../core/tag/tag-entities.ts';
import type { Command } from './command.ts';
import { parseFileArgs } from './parse-file-args.ts';
import { readInputArticle } from './read-input-article.ts';
import { writeJsonPerFile, type Converted } from './write-json-per-file.ts';

const usage = 'usage: bantin tag [--out DIR] FILE...   (.txt tagged as is; .html extracted first)\n';

const PAGE = /^\.(x?html?|htm)$/i;

type Loaded = Converted<{ text: string; publishedAt?: string | null }>;

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
  return { ok: true, value: { text: bytes.toString('utf8').replace(/^\ufeff/, '') } };
}

async function readPage(file: string): Promise<Loaded> {
  const read = await readInputArticle(file);
  if (!read.ok) return read;
  const { title, lead, text, publishedAt } = read.article;
  return { ok: true, value: { text: [title, lead, text].filter((s) => s.trim()).join('\n\n'), publishedAt } };
}

async function tagFile(file: string): Promise<Converted<{ entities: Entity[] }>> {
  const loaded = PAGE.test(extname(file)) ? await readPage(file) : await readText(file);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { entities: tagEntities(loaded.value.text, { publishedAt: loaded.value.publishedAt }) } };
}

/** `bantin tag`: the entities of each text or saved page, as JSON on stdout or one DIR/<name>.json each. */
export const tagCommand: Command = async (argv) => {
  const args = parseFileArgs('tag', usage, argv, { out: { type: 'string' } });
  if (typeof args === 'number') return args;
  return writeJsonPerFile('tag', args.files, tagFile, {
    out: args.values.out,
    name: (file) => basename(file, extname(file)),
    listed: (file, { entities }) => ({ file, entities }),
  });
};
