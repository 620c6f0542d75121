// Extraction quality of Bantin against plain Readability on the shared
// corpus, both scored by the shared scorer (../shared/tools/score-extraction.mjs).
//
//   npx tsx scripts/quality-extraction.ts [--corpus DIR] [--json]
//
// Plain Readability is what a reader view gives: its title, its textContent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareExtractors, formatComparison } from './quality/compare-extractors.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, json: { type: 'boolean' } } });
const repo = resolve(import.meta.dirname, '..');
const corpus = resolve(values.corpus ?? join(repo, '../shared/corpus'));
const scorer = join(corpus, '../tools/score-extraction.mjs');
const pagesDir = join(corpus, 'pages');
const goldDir = join(corpus, 'pages-gold');
if (!existsSync(pagesDir) || !existsSync(scorer)) {
  console.error(`quality-extraction: no corpus at ${corpus} (pages/, pages-gold/ and ../tools/score-extraction.mjs)`);
  process.exit(2);
}

// The address each page was served at, when the corpus records it.
const manifestFile = join(corpus, 'pages-manifest.json');
const manifest: { file: string; url?: string }[] = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : [];
const urlOf = new Map(manifest.filter((m) => m.url).map((m) => [m.file, m.url!]));

const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html') && existsSync(join(goldDir, `${basename(f, '.html')}.json`)))
  .sort()
  .map((file) => {
    const id = basename(file, '.html');
    const body = join(goldDir, `${id}.body.txt`);
    return { id, html: join(pagesDir, file), url: urlOf.get(file), gold: join(goldDir, `${id}.json`), goldBody: existsSync(body) ? body : undefined };
  });
const result = await compareExtractors(pages, scorer);
if (values.json) console.log(JSON.stringify({ corpus, bantin: result.bantin.summary, readability: result.readability.summary, ms: result.ms }, null, 2));
else console.log(formatComparison(result, corpus));
