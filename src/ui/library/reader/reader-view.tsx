import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { taggedText } from '../../../core/clip/tagged-text.ts';
import { NAMED_FACET_TYPES } from '../../../core/clip/entity-keys.ts';
import type { ClipEntity } from '../../../core/schemas/clip-entity.ts';
import { ClipBundles } from '../../bundles/clip-bundles.tsx';
import { useMessages } from '../../i18n/use-messages.ts';
import { errorMessageKey } from '../../shared/error-code.ts';
import type { FacetName } from '../library-view.ts';
import { libraryMessages } from '../messages.ts';
import { useRetryClip } from '../use-retry-clip.ts';
import { ArticleText } from './article-text.tsx';
import { ClipNotes } from './clip-notes.tsx';
import { EntityPanel } from './entity-panel.tsx';
import { OriginalLayout } from './original-layout.tsx';
import { ReaderHeader } from './reader-header.tsx';
import { ReaderNav } from './reader-nav.tsx';
import { paragraphsWithEntities } from './text-segments.ts';
import { useClipDetails } from './use-clip-details.ts';
import { useRetag } from './use-retag.ts';

interface Props {
  clipId: string;
  version: number;
  /** Where the clip stands in the current results, for previous/next. */
  position: { index: number; total: number } | null;
  tags: readonly string[];
  hrefFor: (clipId: string) => string;
  onClose: () => void;
  onStep: (delta: -1 | 1) => void;
  onFilter: (facet: FacetName, value: string) => void;
}

/** One clip to read and review: the text with its entities, the page's layout, tags, note, bundles. */
export function ReaderView({ clipId, version, position, tags, hrefFor, onClose, onStep, onFilter }: Props) {
  const t = useMessages(libraryMessages);
  const { details, error, reload } = useClipDetails(clipId, version);
  const { retrying, retry } = useRetryClip();
  const { retagging, retag } = useRetag(clipId, reload);
  const [tab, setTab] = useState<'text' | 'original'>('text');
  const [picked, setPicked] = useState<number | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [adding, setAdding] = useState<{ start: number; end: number } | null>(null);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    setPicked(null);
    setSelection(null);
    setAdding(null);
    setTab('text');
  }, [clipId]);
  const loaded = details?.clip.id;
  useEffect(() => {
    if (loaded) root.current?.querySelector<HTMLElement>('.reader-title')?.focus();
  }, [loaded]);

  const clip = details?.clip;
  const text = useMemo(() => (clip ? taggedText(clip.lead, details?.body?.text ?? '') : ''), [clip?.lead, details?.body?.text]);
  const leadLength = clip ? clip.lead.normalize('NFC').trim().length : 0;
  const paragraphs = useMemo(() => paragraphsWithEntities(text, details?.entities ?? [], leadLength), [text, details?.entities, leadLength]);

  const filterBy = (entity: ClipEntity) => {
    const named = (NAMED_FACET_TYPES as readonly string[]).includes(entity.type) && typeof entity.value === 'string';
    onFilter(named ? (entity.type as FacetName) : 'type', named ? (entity.value as string) : entity.type);
  };

  return (
    <article
      ref={root}
      class="reader"
      aria-label={clip?.title ?? t('reader.label')}
      onKeyDown={(e) => {
        const inField = (e.target as HTMLElement).closest('input, textarea, select, form');
        if (e.key === 'Escape' && !inField) onClose();
      }}
    >
      <ReaderNav position={position} onClose={onClose} onStep={onStep} />
      {details === undefined && !error && <p class="muted">{t('reader.loading')}</p>}
      {error !== null && error !== undefined && <p class="error" role="alert">{t(errorMessageKey(error))}</p>}
      {details === null && <p role="alert">{t('error.clip-not-found')}</p>}
      {details && clip && (
        <>
          <ReaderHeader clip={clip} hrefFor={hrefFor} retagging={retagging} retrying={retrying.has(clip.id)} onRetag={retag} onRetry={() => void retry(clip.id).then(reload)} />
          <div class="reader-columns">
            <div class="reader-text-col">
              <div class="reader-tabs" role="tablist" aria-label={t('reader.views')}>
                {(['text', 'original'] as const).map((name) => (
                  <button key={name} type="button" role="tab" id={`reader-tab-${name}`} aria-selected={tab === name} aria-controls="reader-panel" onClick={() => setTab(name)}>
                    {t(`reader.tab.${name}`)}
                  </button>
                ))}
              </div>
              <div id="reader-panel" role="tabpanel" aria-labelledby={`reader-tab-${tab}`}>
                {tab === 'text' && selection && !adding && (
                  <div class="selection-bar">
                    <span>{t('reader.selected', { text: text.slice(selection.start, selection.end).slice(0, 80) })}</span>
                    <button type="button" class="primary" onClick={() => setAdding(selection)}>
                      {t('reader.tag-selection')}
                    </button>
                  </div>
                )}
                {tab === 'text' ? (
                  text ? (
                    <ArticleText paragraphs={paragraphs} text={text} picked={picked} onPick={setPicked} onSelect={setSelection} />
                  ) : (
                    <p class="muted">{t('reader.no-text')}</p>
                  )
                ) : (
                  <OriginalLayout html={details.body?.html ?? ''} />
                )}
              </div>
            </div>
            <aside class="reader-side" aria-label={t('reader.side')}>
              <ClipNotes clip={clip} suggestions={tags} onSaved={() => void reload()} />
              <ClipBundles clipId={clip.id} />
              <EntityPanel
                clipId={clip.id}
                publishedAt={clip.publishedAt}
                entities={details.entities}
                text={text}
                picked={picked}
                onPick={setPicked}
                adding={adding}
                onAdded={() => {
                  setAdding(null);
                  setSelection(null);
                }}
                reload={reload}
                onFilter={filterBy}
              />
            </aside>
          </div>
        </>
      )}
    </article>
  );
}
