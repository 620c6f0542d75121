import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { bundleFromClips } from '../core/export/bundle-from-clips.ts';
import { clipFromArticle } from '../core/export/clip-from-article.ts';
import { serializeBundleFile } from '../core/export/serialize-bundle-file.ts';
import { BundleGroupingSchema, type BundleGrouping, type ExportedClip } from '../core/schemas/index.ts';
import type { Command } from './command.ts';

// `bantin bundle`: saved pages → extract → tag → one bundle file, the same
// steps the extension takes when a user clips. Ids come from the pages'
// addresses, so the same pages (with --now) give the same file byte for byte.

const USAGE = `usage: bantin bundle --out BUNDLE.json [--title T] [--intro TEXT] [--group campaign|unit|site|manual]
                    [--url URL] [--now ISO-TIME] FILE...
  --url gives the address of a single saved page that does not state its own;
  --now fixes the clip time (default: now).
`;

const say = (message: string) => process.stderr.write(`bantin bundle: ${message}\n`);
function usage(message: string): number {
  say(`${message}\n${USAGE}`);
  return 2;
}

/** One saved page as a clip, or null after saying why not. */
async function clipOf(path: string, url: string | undefined, now: string): Promise<{ clip: ExportedClip; ok: boolean } | null> {
  // Loaded on use: the extractor and the tagger's gazetteer are the heavy part
  // of the command line, and the other commands should not pay for them.
  // The load failure in words, as extract and tag say it.
  const [{ readInputArticle }, { tagEntities }] = await Promise.all([import('./read-input-article.ts'), import('../core/tag/tag-entities.ts')]);
  const page = await readInputArticle(path, { url });
  if (!page.ok) {
    say(`${path}: ${page.message}`);
    return null;
  }
  const { article } = page;
  try {
    return { clip: clipFromArticle(article, tagEntities(article.text, { publishedAt: article.publishedAt }), now), ok: true };
  } catch (e) {
    // The article is kept, marked as not tagged, rather than dropped.
    say(`${path}: tagging-failed (${(e as Error).message})`);
    return { clip: { ...clipFromArticle(article, [], now), status: 'failed', error: 'tagging-failed' }, ok: false };
  }
}

export const bundleCommand: Command = async (argv) => {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' }, title: { type: 'string' }, intro: { type: 'string' },
        group: { type: 'string' }, url: { type: 'string' }, now: { type: 'string' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { out, title, intro, group = 'manual', url, now: nowArg } = args.values;
  const files = args.positionals;
  if (!out) return usage('give --out BUNDLE.json');
  if (files.length === 0) return usage('give at least one saved page');
  if (url && files.length > 1) return usage('--url names the address of one page: give one FILE with it');
  const grouping = BundleGroupingSchema.safeParse(group);
  if (!grouping.success) return usage(`--group must be one of ${BundleGroupingSchema.options.join(', ')}`);
  const nowMs = nowArg ? Date.parse(nowArg) : Date.now();
  if (Number.isNaN(nowMs)) return usage(`--now "${nowArg}" is not an ISO date-time`);
  const now = new Date(nowMs).toISOString();

  let failed = 0;
  const clips = new Map<string, ExportedClip>();
  for (const path of files) {
    const made = await clipOf(path, url, now);
    if (!made?.ok) failed++;
    if (!made) continue;
    if (clips.has(made.clip.id)) {
      say(`${path}: the same article as an earlier file (${made.clip.canonicalUrl}), left out`);
      continue;
    }
    clips.set(made.clip.id, made.clip);
  }
  if (clips.size === 0) {
    say('no article in the given files: nothing written');
    return 1;
  }
  const file = bundleFromClips([...clips.values()], { now, title, intro, grouping: grouping.data as BundleGrouping, generator: 'bantin-cli' });
  try {
    await writeFile(out, serializeBundleFile(file));
  } catch (e) {
    say(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 1;
  }
  const sections = file.bundles[0]!.sections.length;
  say(`${clips.size} clip${clips.size === 1 ? '' : 's'} in ${sections} section${sections === 1 ? '' : 's'} → ${out}${failed ? ` (${failed} file${failed === 1 ? '' : 's'} failed)` : ''}`);
  return failed ? 1 : 0;
};
