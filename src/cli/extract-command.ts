import { basename } from 'node:path';
import type { Command } from './command.ts';
import { parseFileArgs } from './parse-file-args.ts';
import { readInputArticle } from './read-input-article.ts';
import { writeJsonPerFile } from './write-json-per-file.ts';

const usage = 'usage: bantin extract [--url URL] [--out DIR] FILE...\n';

/** `bantin extract`: the article of each saved page, as JSON on stdout or one DIR/<name>.json per page. */
export const extractCommand: Command = async (argv) => {
  const args = parseFileArgs('extract', usage, argv, { url: { type: 'string' }, out: { type: 'string' } });
  if (typeof args === 'number') return args;
  const { url, out } = args.values;
  return writeJsonPerFile(
    'extract',
    args.files,
    async (file) => {
      const read = await readInputArticle(file, { url });
      return read.ok ? { ok: true, value: read.article } : read;
    },
    { out, name: (file) => basename(file).replace(/\.(x?html?|htm|jsp|php|aspx?)$/i, '') },
  );
};
