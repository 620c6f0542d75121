// Extraction quality of Bantin against plain Readability on the shared
// corpus, both scored by the shared scorer (../shared/tools/score-extraction.mjs).
//
//   npx tsx scripts/quality-extraction.ts [--corpus DIR] [--json]
//
// Plain Readability is what a reader view gives: its title, its textContent.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { loadPage, parseHtml } from '../src/cli/load-page.ts';

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

const work = mkdtempSync(join(tmpdir(), 'bantin-quality-'));
const dirs = { bantin: join(work, 'bantin'), readability: join(work, 'readability') };
for (const d of Object.values(dirs)) mkdirSync(d);

const ms = { bantin: 0, readability: 0 };
for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort()) {
  const id = basename(file, '.html');
  const path = join(pagesDir, file);
  let t = performance.now();
  const r = await loadPage(path, { url: urlOf.get(file) });
  ms.bantin += performance.now() - t;
  const ours = r.ok ? { title: r.article.title, lead: r.article.lead, text: r.article.text, byline: r.article.byline } : { title: '', text: '' };
  writeFileSync(join(dirs.bantin, `${id}.json`), JSON.stringify(ours));

  t = performance.now();
  let plain = { title: '', text: '' };
  try {
    const parsed = new Readability(parseHtml(readFileSync(path, 'utf8'))).parse();
    plain = { title: parsed?.title ?? '', text: parsed?.textContent ?? '' };
  } catch {
    // a throwing Readability scores as an empty prediction
  }
  ms.readability += performance.now() - t;
  writeFileSync(join(dirs.readability, `${id}.json`), JSON.stringify(plain));
}

type Page = { id: string; perfect: boolean; titleOk: boolean | null; tokens: { f1: number } | null; missing: string[]; leaked: string[] };
type Score = { summary: Record<string, number | null>; pages: Page[] };
const score = (pred: string): Score =>
  JSON.parse(execFileSync(process.execPath, [scorer, '--gold', goldDir, '--pred', pred, '--json', '--verbose'], { encoding: 'utf8' }));
const bantin = score(dirs.bantin);
const plain = score(dirs.readability);
rmSync(work, { recursive: true, force: true });

if (values.json) {
  console.log(JSON.stringify({ corpus, bantin: bantin.summary, readability: plain.summary, ms }, null, 2));
} else {
  const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${(100 * x).toFixed(1)}%`).padStart(10);
  const row = (label: string, key: string): string => `${label.padEnd(28)}${pct(bantin.summary[key])}${pct(plain.summary[key])}`;
  const bodies = bantin.pages.filter((p) => p.tokens).length;
  console.log(`Extraction quality on ${bantin.summary['pages']} pages of ${corpus}\n`);
  console.log(`${''.padEnd(28)}${'Bantin'.padStart(10)}${'Readability'.padStart(12)}`);
  console.log(row('perfect pages', 'perfectShare'));
  console.log(row('title right', 'titleAccuracy'));
  console.log(row('gold phrases kept', 'snippetRecall'));
  console.log(row('boilerplate leaked', 'boilerplateLeakage'));
  console.log(row(`token F1 (${bodies} gold bodies)`, 'tokenF1'));
  console.log(row('token precision', 'tokenPrecision'));
  console.log(row('token recall', 'tokenRecall'));
  console.log(`${'time per page'.padEnd(28)}${`${(ms.bantin / bantin.pages.length).toFixed(0)} ms`.padStart(10)}${`${(ms.readability / plain.pages.length).toFixed(0)} ms`.padStart(10)}`);
  console.log('\nper page (perfect / title):');
  for (const [i, p] of bantin.pages.entries()) {
    const q = plain.pages[i]!;
    const mark = (x: Page): string => `${x.perfect ? 'perfect' : 'imperfect'}/${x.titleOk === false ? 'wrong title' : 'title ok'}`;
    console.log(`  ${p.id.padEnd(34)}${mark(p).padEnd(24)}${mark(q)}`);
    for (const s of p.missing) console.log(`      bantin missing: ${s}`);
    for (const s of p.leaked) console.log(`      bantin leaked:  ${s}`);
  }
}
