import { z } from 'zod';
import { ExtractResultSchema } from '../../core/schemas/article.ts';
import type { ScriptingPort } from './browser-ports.ts';

// What the extract script (entrypoints/extract.ts) hands back from the page.
// The page is untrusted: the capture is validated here, in the background,
// before anything of it is stored.

export const PageCaptureSchema = z.object({
  url: z.string(),
  title: z.string(),
  article: ExtractResultSchema,
  /** The user's selection, with the selection-only extraction, when there is one. */
  selection: z
    .object({
      text: z.string(),
      html: z.string(),
      result: ExtractResultSchema,
    })
    .nullable(),
});
export type PageCapture = z.infer<typeof PageCaptureSchema>;

/** The file WXT builds from entrypoints/extract.ts. */
export const EXTRACT_SCRIPT = '/extract.js';

export type CaptureResult = { ok: true; capture: PageCapture } | { ok: false; error: 'cannot-access-page' | 'invalid-page-data'; detail?: string };

/** Runs the extract script in the tab (and only there) and validates what it returns. */
export async function capturePage(scripting: ScriptingPort, tabId: number): Promise<CaptureResult> {
  let results: { result?: unknown }[] | undefined;
  try {
    results = await scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  } catch (error) {
    // No permission for this page (browser pages, the web store, another
    // origin after navigation) or the tab is gone.
    return { ok: false, error: 'cannot-access-page', detail: error instanceof Error ? error.message : String(error) };
  }
  const raw = results?.[0]?.result;
  if (raw === undefined || raw === null) return { ok: false, error: 'cannot-access-page', detail: 'no result from the page' };
  const parsed = PageCaptureSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'invalid-page-data', detail: parsed.error.issues[0]?.message };
  return { ok: true, capture: parsed.data };
}
