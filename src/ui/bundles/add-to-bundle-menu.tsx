import { useEffect, useRef, useState } from 'preact/hooks';
import { heldClipIds } from '../../platform/bundles/bundle-edits.ts';
import { addClipsToBundle } from '../../platform/bundles/add-clips-to-bundle.ts';
import { openComposer } from '../../platform/bundles/composer-url.ts';
import { createBundleFromClipIds } from '../../platform/bundles/create-bundle.ts';
import { useBundlesDb } from './bundles-db.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { errorCode } from './error-code.ts';
import { formatPeriod } from './format-period.ts';
import { bundleMessages } from './messages.ts';
import { useBundleDefaults } from './use-bundle-defaults.ts';
import { useBundles } from './use-bundles.ts';

interface Props {
  clipIds: string[];
  label: string;
  /** Told what happened, in the user's language, for a status line. */
  onDone: (message: string) => void;
}

/** A menu button: add clips to one of the bundles, or start a new bundle with them. */
export function AddToBundleMenu({ clipIds, label, onDone }: Props) {
  const t = useMessages(bundleMessages);
  const defaults = useBundleDefaults();
  const db = useBundlesDb();
  const bundles = useBundles();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const outside = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (e.key === 'Escape') close();
    else if (e.key === 'Tab') setOpen(false);
    else if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(items.length - 1);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      onDone(await work());
    } catch (error) {
      onDone(t('failed', { reason: t(errorCode(error)) }));
    } finally {
      setBusy(false);
      close();
    }
  };

  const addTo = (id: string, title: string) =>
    run(async () => {
      await addClipsToBundle(db, id, clipIds, defaults.titles);
      return t('clip.added', { title });
    });

  const createNew = () =>
    run(async () => {
      const bundle = await createBundleFromClipIds(db, clipIds, defaults);
      await openComposer(bundle.id);
      return t('clip.added', { title: bundle.title });
    });

  return (
    <div class="bundle-menu">
      {/* Not disabled while busy: the focus comes back to it when the menu closes. */}
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} aria-busy={busy} disabled={clipIds.length === 0} onClick={() => !busy && setOpen(!open)}>
        {busy ? t('working') : label}
      </button>
      {open && (
        <ul ref={menu} role="menu" aria-label={t('add.choose')} class="bundle-menu-list" onKeyDown={onKeyDown}>
          {(bundles ?? []).map((b) => {
            const held = heldClipIds(b);
            const all = clipIds.every((id) => held.has(id));
            return (
              <li key={b.id} role="none">
                <button type="button" role="menuitem" aria-disabled={all} onClick={() => !all && addTo(b.id, b.title)}>
                  <span>{b.title}</span>
                  <span class="muted">{[b.period && formatPeriod(b.period), all && t('add.already')].filter(Boolean).join(' · ')}</span>
                </button>
              </li>
            );
          })}
          {bundles?.length === 0 && <li role="none" class="muted bundle-menu-empty">{t('add.no-bundles')}</li>}
          <li role="none">
            <button type="button" role="menuitem" class="bundle-menu-new" onClick={createNew}>+ {t('add.new')}</button>
          </li>
        </ul>
      )}
    </div>
  );
}
