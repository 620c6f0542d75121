import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractedArticle } from '../core/schemas/article.ts';
import type { Command } from './command.ts';
import { loadPage, type LoadPageResult } from './load-page.ts';

const usage = 'usage: bantin extract [--url URL] [--out DIR] FILE...\n';

const REASONS: Record<string, string> = {
  'not-html': 'not an HTML page',
  unreadable: 'cannot read the file',
  'no-article-found': 'no article found on the page',
  'too-short': 'too little text to be an article',
};

function describe(r: Exclude<LoadPageResult, { ok: true }>): string {
  const reason = REASONS[r.error] ?? r.error;
  return r.detail && r.detail !== reason ? `${reason} (${r.detail})` : reason;
}

/** `bantin extract`: the article of each saved page, as JSON on stdout or one DIR/<name>.json per page. */
export const extractCommand: Command = async (argv) => {
  let values: { url?: string; out?: string; help?: boolean };
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      options: { url: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    }));
  } catch (e) {
    process.stderr.write(`bantin extract: ${(e as Error).message}\n${usage}`);
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
  const articles: ExtractedArticle[] = [];
  let failed = 0;
  for (const file of files) {
    const result = await loadPage(file, { url: values.url });
    if (!result.ok) {
      failed++;
      process.stderr.write(`bantin extract: ${file}: ${describe(result)}\n`);
      continue;
    }
    if (values.out) {
      const name = basename(file).replace(/\.(x?html?|htm|jsp|php|aspx?)$/i, '');
      await writeFile(join(values.out, `${name}.json`), `${JSON.stringify(result.article, null, 2)}\n`);
    } else articles.push(result.article);
  }
  if (!values.out && articles.length) {
    process.stdout.write(`${JSON.stringify(files.length === 1 ? articles[0] : articles, null, 2)}\n`);
  }
  return failed ? 1 : 0;
};
