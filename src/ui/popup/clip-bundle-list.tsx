import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n/translate.ts';
import { useMessages } from '../i18n/use-messages.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { popupMessages } from './messages.ts';
import type { BundleRef } from './popup-data.ts';
import { usePopupServices } from './popup-services.ts';

/** The bundles (digests, source sets) that include the clip. */
export function ClipBundleList({ clipId }: { clipId: string }) {
  const t = useMessages(popupMessages);
  const services = usePopupServices();
  const [bundles, setBundles] = useState<BundleRef[] | undefined>(undefined);
  const [error, setError] = useState<MessageKey | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void services
      .data()
      .then((d) => d.bundlesWithClip(clipId))
      .then(
        (found) => alive && setBundles(found),
        (e: unknown) => alive && setError(errorMessageKey(e)),
      );
    return () => {
      alive = false;
    };
  }, [services, clipId]);
  return (
    <section class="popup-section" aria-labelledby="popup-bundles">
      <h3 id="popup-bundles">{t('popup.bundles')}</h3>
      {error ? (
        <p class="error">{t(error)}</p>
      ) : bundles === undefined ? null : bundles.length === 0 ? (
        <p class="muted">{t('popup.no-bundles')}</p>
      ) : (
        <ul class="popup-chips">
          {bundles.map((b) => (
            <li key={b.id} class="chip">
              {b.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
