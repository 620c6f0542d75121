import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeHtml } from '../../src/core/export/escape-html.ts';
import { parseBundleFile } from '../../src/core/export/parse-bundle-file.ts';
import { createBundleFromLibrary, DIGEST_FORMATS, exportDigest, waitForPreview } from '../../test/e2e/support/bundle-flows.ts';
import { chromiumMissing, MISSING_CHROMIUM_MESSAGE } from '../../test/e2e/support/chromium.ts';
import { clipWithShortcut } from '../../test/e2e/support/clip-with-shortcut.ts';
import { SAMPLE_PAGES, SYNDICATED_SOURCE } from '../../test/e2e/support/corpus-pages.ts';
import { e2eExtensionDir, readManifest, REPO_ROOT } from '../../test/e2e/support/extension-build.ts';
import { launchBantin, type Bantin } from '../../test/e2e/support/launch-bantin.ts';
import { openLibrary, waitForResultCount } from '../../test/e2e/support/library-page.ts';
import { openPopupOver } from '../../test/e2e/support/open-popup.ts';
import { startPageServer, type PageServer } from '../../test/e2e/support/page-server.ts';
import { openServedPage } from '../../test/e2e/support/served-page.ts';
import { DemoFailure, detail, step } from './demo-steps.ts';
import { describeWeeklyDigest, DIGEST_TITLE, formatWeek, weekOf } from './weekly-digest.ts';

// `npm run demo [-- --no-build]`: the whole product once, end to end, in a real Chromium.
// The pages are clipped through the keyboard shortcut's own handler, the
// digest is made in the library and the composer and exported with the
// composer's buttons (the extension's download path, the files a user gets).

const OUT = join(REPO_ROOT, 'demo-output');
const display = Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']);
let server: PageServer | undefined;
let bantin: Bantin | undefined;

async function main(): Promise<void> {
  const started = Date.now();
  console.log('Bantin demo\n');
  await step('find Chromium', () => {
    if (chromiumMissing()) throw new Error(MISSING_CHROMIUM_MESSAGE);
  });
  if (process.argv.includes('--no-build')) await step('use the extension built before', () => void readManifest(e2eExtensionDir()));
  else {
    // The builds a user loads (Chrome, Firefox) and the e2e build this demo drives.
    for (const args of [['build'], ['build', '-b', 'firefox'], ['build', '--mode', 'e2e']]) {
      await step(`build the extension (npx wxt ${args.join(' ')})`, () => {
        // NODE_ENV=production: `--mode e2e` alone would give Vite's development output (see scripts/run-tests.mjs).
        const build = spawnSync('npx', ['wxt', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
        if (build.status !== 0) throw new Error(`the build failed:\n${`${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-25).join('\n')}`);
      });
    }
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  server = await step('serve the corpus pages on 127.0.0.1', () => startPageServer());
  detail(server.origin);
  const browser = (bantin = await step(`start Chromium with Bantin (${display ? 'in a window' : 'headless'})`, () => launchBantin({ headed: display })));
  detail(`extension ${browser.extensionId}`);

  const paths = [...SAMPLE_PAGES.map((name) => `/pages/${name}/`), `/syndicated/${SYNDICATED_SOURCE}/`];
  const pages = await step(`clip ${paths.length} pages with the keyboard shortcut's handler`, async () => {
    const opened = [];
    for (const path of paths) {
      const page = await openServedPage(browser, server!, path);
      const { outcome } = await clipWithShortcut(browser, page);
      if (outcome.kind !== 'clipped') throw new Error(`${path} was not clipped: ${JSON.stringify(outcome)}`);
      const { clip, entities, sameStoryAs } = outcome;
      detail(`${clip.title} — ${clip.siteName ?? clip.url}, ${entities.length} entities${sameStoryAs ? `, same story as ${sameStoryAs.siteName}` : ''}`);
      opened.push(page);
    }
    return opened;
  });

  await step('photograph the popup over the Báo Lạng Sơn page', async () => {
    const popup = await openPopupOver(browser, pages[1]!);
    await popup.getByText('Cũng đăng trên').waitFor();
    await popup.getByText('Đơn vị').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    await popup.close();
  });

  const week = weekOf(new Date());
  const composer = await step('build the weekly digest in the library and the composer', async () => {
    const library = await openLibrary(browser);
    const page = await createBundleFromLibrary(browser, library, paths.length);
    const title = await describeWeeklyDigest(page, week);
    detail(`«${title}», ${formatWeek(week)}, ${await page.locator('li.bundle-item').count()} articles`);
    await waitForPreview(page, title);
    await page.screenshot({ path: join(OUT, 'composer.png'), fullPage: true });
    return page;
  });

  const files = await step('export the digest with the composer (HTML, Markdown, Word, JSON)', async () => {
    const saved = [];
    for (const format of DIGEST_FORMATS) saved.push(await exportDigest(composer, format, OUT));
    checkDigestFiles(saved, DIGEST_TITLE);
    return saved;
  });

  await step('photograph the library: the list with the digest, and one clip with its entities', async () => {
    const library = await openLibrary(browser);
    await waitForResultCount(library, paths.length);
    await library.locator('.bundle-list').getByText(DIGEST_TITLE).waitFor();
    await library.screenshot({ path: join(OUT, 'library.png') });
    await library.locator('.clip-row-title').filter({ hasText: 'Hải quan Lạng Sơn phát động' }).click();
    await library.locator('.entity-panel').getByRole('listitem').first().waitFor();
    await library.screenshot({ path: join(OUT, 'library-reader.png') });
    await library.close();
  });

  await step('close Chromium and the server', async () => {
    await browser.close();
    await server?.close();
  });

  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(0)} s. Everything is in ${relative(process.cwd(), OUT) || OUT}/:`);
  const screenshots = ['popup.png', 'library.png', 'library-reader.png', 'composer.png'].map((f) => join(OUT, f));
  for (const file of [...files, ...screenshots]) console.log(`  ${relative(process.cwd(), file).padEnd(80)} ${(statSync(file).size / 1024).toFixed(1).padStart(7)} KB`);
  console.log('\nThe extension, ready to load (see README.md):');
  console.log('  Chrome:  chrome://extensions → Developer mode → Load unpacked → .output/chrome-mv3');
  console.log('  Firefox: about:debugging → Load Temporary Add-on → .output/firefox-mv3/manifest.json');
}

/** The files must be what they claim: the title in the HTML and Markdown, a zip for Word, a bundle file that reads back. */
function checkDigestFiles(files: string[], title: string): void {
  const ending = (suffix: string) => files.find((f) => f.endsWith(suffix)) ?? '';
  const text = (suffix: string) => readFileSync(ending(suffix), 'utf8');
  if (!text('.html').includes(escapeHtml(title))) throw new Error('the HTML digest lacks its title');
  if (!text('.md').includes(title)) throw new Error('the Markdown digest lacks its title');
  if (readFileSync(ending('.docx')).subarray(0, 2).toString('latin1') !== 'PK') throw new Error('the Word file is not a .docx (zip) file');
  const parsed = parseBundleFile(text('.json'));
  if (!parsed.ok) throw new Error(`the exported JSON does not read back: ${parsed.error} ${parsed.detail ?? ''}`);
  if (parsed.file.bundles[0]?.title !== title) throw new Error('the exported JSON holds another bundle');
}

main().catch(async (error: unknown) => {
  const failure = error instanceof DemoFailure ? error : new DemoFailure('demo', error);
  console.error(`\nnpm run demo failed at step "${failure.step}":\n  ${failure.message.slice(failure.step.length + 2).replace(/\n/g, '\n  ')}`);
  await bantin?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  process.exit(1);
});
