// Extraction quality of Bantin against plain Readability on the hold-out
// pages (test/holdout/<site>-<n>/: source.html, source.json with the page's
// address, gold.json), scored like the corpus by the shared scorer. The
// hold-out pages are kept out of rule tuning: a page promoted to a fixture
// in test/pages once a rule was fixed on it stays here too.
//
//   npx tsx scripts/quality-holdout.ts [--dir DIR] [--scorer FILE] [--json]
//
// A page whose gold says it is no article (empty title, "article": false)
// is right when Bantin refuses it, wrong when a clip leaks its phrases.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareExtractors, formatComparison } from './quality/compare-extractors.ts';

const { values } = parseArgs({ options: { dir: { type: 'string' }, scorer: { type: 'string' }, json: { type: 'boolean' } } });
const repo = resolve(import.meta.dirname, '..');
const dir = resolve(values.dir ?? join(repo, 'test/holdout'));
const scorer = resolve(values.scorer ?? join(repo, '../shared/tools/score-extraction.mjs'));
if (!existsSync(dir) || !existsSync(scorer)) {
  console.error(`quality-holdout: need the pages at ${dir} and the scorer at ${scorer}`);
  process.exit(2);
}

const pages = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'gold.json')))
  .map((d) => d.name)
  .sort()
  .map((id) => {
    const source = join(dir, id, 'source.json');
    const url = existsSync(source) ? (JSON.parse(readFileSync(source, 'utf8')) as { url?: string | null }).url : undefined;
    return { id, html: join(dir, id, 'source.html'), url: url ?? undefined, gold: join(dir, id, 'gold.json') };
  });
const result = await compareExtractors(pages, scorer);
if (values.json) console.log(JSON.stringify({ dir, bantin: result.bantin.summary, readability: result.readability.summary, ms: result.ms }, null, 2));
else console.log(formatComparison(result, dir));
