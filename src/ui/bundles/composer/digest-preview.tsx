import { useEffect, useState } from 'preact/hooks';
import { renderDigestHtml } from '../../../core/export/render-digest-html.ts';
import type { Bundle, ExportedClip } from '../../../core/schemas/index.ts';
import { buildDigestInChunks } from '../../../platform/export/build-digest-in-chunks.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { composerMessages } from './composer-messages.ts';

const DELAY_MS = 300;
/** A digest of thousands of items would take the browser seconds to lay out at every keystroke. */
export const PREVIEW_MAX_ITEMS = 150;

/** The first `max` items of the bundle, sections kept. */
function head(bundle: Bundle, max: number): Bundle {
  let left = max;
  const sections = bundle.sections.map((s) => {
    const items = s.items.slice(0, Math.max(0, left));
    left -= items.length;
    return { ...s, items };
  });
  return { ...bundle, sections: sections.filter((s) => s.items.length > 0) };
}

/**
 * The digest exactly as the HTML export writes it, updated a moment after
 * the editor stops typing. It is shown in an iframe with `sandbox=""`: no
 * script, no form, no navigation, an opaque origin, so even a hostile title
 * in a clip can do nothing here.
 */
export function DigestPreview({ bundle, clips }: { bundle: Bundle; clips: ExportedClip[] }) {
  const t = useMessages(composerMessages);
  const [html, setHtml] = useState('');
  const count = bundle.sections.reduce((n, s) => n + s.items.length, 0);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      buildDigestInChunks(head(bundle, PREVIEW_MAX_ITEMS), clips, { signal: controller.signal }).then(
        (digest) => !controller.signal.aborted && setHtml(renderDigestHtml(digest)),
        () => undefined, // aborted by a newer edit
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [bundle, clips]);
  return (
    <section class="digest-preview" aria-label={t('preview.heading')}>
      <h2>{t('preview.heading')}</h2>
      {count > PREVIEW_MAX_ITEMS && <p class="muted">{t('preview.partial', { shown: PREVIEW_MAX_ITEMS, count })}</p>}
      {/* Created with its first digest: a frame made empty on page load and filled later stays blank in Chromium. */}
      {html ? <iframe sandbox="" srcdoc={html} title={t('preview.frame')} /> : <div class="digest-preview-wait" />}
    </section>
  );
}
