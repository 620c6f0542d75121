import { useState } from 'preact/hooks';
import { composerHref } from '../../platform/bundles/composer-url.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { AddToBundleMenu } from './add-to-bundle-menu.tsx';
import { bundleMessages } from './messages.ts';
import { useBundlesWithClip } from './use-bundles.ts';
import './bundles.css';

/**
 * The bundles holding one clip, as chips linking to the composer, and a menu
 * to add the clip to another bundle. Mounted by the library's clip view and
 * by the popup, so links open the composer in a tab of its own.
 */
export function ClipBundles({ clipId }: { clipId: string }) {
  const t = useMessages(bundleMessages);
  const bundles = useBundlesWithClip(clipId);
  const [status, setStatus] = useState('');
  return (
    <section class="clip-bundles" aria-label={t('clip.in-bundles')}>
      <span class="clip-bundles-label">{t('clip.in-bundles')}:</span>
      {bundles !== null && bundles.length === 0 && <span class="muted">{t('clip.no-bundles')}</span>}
      {bundles !== null && bundles.length > 0 && (
        <ul class="clip-bundles-chips">
          {bundles.map((b) => (
            <li key={b.id}>
              <a class="chip" href={composerHref(b.id)} target="_blank" rel="noopener" title={t('clip.open-bundle', { title: b.title })}>
                {b.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <AddToBundleMenu clipIds={[clipId]} label={t('clip.add')} onDone={setStatus} />
      <p class="clip-bundles-status muted" role="status" aria-live="polite">{status}</p>
    </section>
  );
}
