import { useCallback, useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage } from '../../platform/db/persistent-storage.ts';
import { BundleSidebar } from '../bundles/bundle-sidebar.tsx';
import { useLanguage } from '../i18n/language-context.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { errorMessageKey } from '../shared/error-code.ts';
import { BulkBar } from './bulk-bar.tsx';
import { ClipList } from './clip-list.tsx';
import { EmptyLibrary, NoResults } from './empty-library.tsx';
import { FacetPanel } from './facet-panel.tsx';
import { FilterChips } from './filter-chips.tsx';
import { effectiveSort, formatViewHash, onlyFilter, toggleFilter, withoutFilters, type FacetName, type SortOrder } from './library-view.ts';
import { libraryMessages } from './messages.ts';
import { ReaderView } from './reader/reader-view.tsx';
import { SearchBox } from './search-box.tsx';
import { SearchStatusLine } from './search-status-line.tsx';
import { useAllTags } from './use-all-tags.ts';
import { useFacetCounts } from './use-facet-counts.ts';
import { useHashView } from './use-hash-view.ts';
import { useLibraryResults } from './use-library-results.ts';
import { useLibraryVersion } from './use-library-version.ts';
import { useSearchStatus } from './use-search-status.ts';
import { useSelection } from './use-selection.ts';

const NO_IDS: string[] = [];

/** The library: find clips (words and facets), read and review one, act on many. */
export function LibraryApp() {
  const t = useMessages(libraryMessages);
  const lang = useLanguage();
  const [view, setView] = useHashView();
  const version = useLibraryVersion();
  const status = useSearchStatus();
  const results = useLibraryResults(view, version, status.state);
  const ids = results.ids ?? NO_IDS;
  const facets = useFacetCounts(view, results.ids, version);
  const selection = useSelection(ids);
  const tags = useAllTags(version);

  useEffect(() => {
    // Keep the library when the browser is short of space (Firefox asks the user; a page must ask).
    void requestPersistentStorage();
  }, []);
  useEffect(() => {
    document.title = t('page.title');
  }, [lang]);

  const hrefFor = useCallback((id: string) => formatViewHash({ ...view, clip: id }) || '#', [view]);
  const open = useCallback((id: string) => setView({ ...view, clip: id }, { push: true }), [view, setView]);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const close = () => {
    // Back in the list, the keyboard carries on from the clip just read.
    setReturnTo(view.clip);
    setView({ ...view, clip: null }, { push: true });
  };
  const toggle = (facet: FacetName, value: string) => setView(toggleFilter(view, facet, value), { push: true });
  const reading = view.clip !== null;
  const at = view.clip ? ids.indexOf(view.clip) : -1;
  const number = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const sort = effectiveSort(view);
  const searching = view.q.trim() !== '';

  return (
    <div class={`library${reading ? ' is-reading' : ''}`}>
      <header class="library-header">
        <h1 class="library-brand">
          Bantin <span class="muted">· {t('page.heading')}</span>
        </h1>
        <SearchBox value={view.q} onChange={(q) => setView({ ...view, q })} />
        <label class="sort-select">
          <span>{t('sort.label')}</span>
          <select value={sort} onChange={(e) => setView({ ...view, sort: (e.target as HTMLSelectElement).value as SortOrder }, { push: true })}>
            {searching && <option value="relevance">{t('sort.relevance')}</option>}
            <option value="clipped">{t('sort.clipped')}</option>
            <option value="published">{t('sort.published')}</option>
          </select>
        </label>
        <p class="result-count muted" aria-live="polite">
          {results.ids ? t('results.count', { count: number(ids.length) }) : t('results.loading')}
        </p>
      </header>
      <div class="library-body">
        <aside class="library-facets">
          <FacetPanel counts={facets.counts} loading={facets.loading} view={view} onToggle={toggle} />
        </aside>
        <main class="library-main">
          <div class="library-list-area" hidden={reading}>
            <FilterChips view={view} onRemove={toggle} onClear={() => setView(withoutFilters(view), { push: true })} />
            <SearchStatusLine status={status} searching={searching} partial={results.partial} />
            {ids.length > 0 && <BulkBar selection={selection} matching={ids} tags={tags} />}
            {results.error !== null && (
              <p class="error library-error" role="alert">
                {t('results.failed', { reason: t(errorMessageKey(results.error)) })}{' '}
                <button type="button" onClick={results.retry}>
                  {t('action.retry')}
                </button>
              </p>
            )}
            {results.ids === null && !results.error && <p class="muted library-loading">{t('results.loading')}</p>}
            {results.ids !== null && results.libraryEmpty && <EmptyLibrary />}
            {results.ids !== null && !results.libraryEmpty && ids.length === 0 && !results.loading && <NoResults onClear={() => setView(withoutFilters(view))} />}
            {ids.length > 0 && <ClipList ids={ids} version={version} selection={selection} hrefFor={hrefFor} onOpen={open} returnTo={reading ? null : returnTo} resetKey={formatViewHash({ ...view, clip: null })} />}
          </div>
          {view.clip && (
            <ReaderView
              clipId={view.clip}
              version={version}
              position={at >= 0 ? { index: at, total: ids.length } : null}
              tags={tags}
              hrefFor={hrefFor}
              onClose={close}
              onStep={(delta) => {
                const next = ids[at + delta];
                if (next) setView({ ...view, clip: next });
              }}
              onFilter={(facet, value) => setView(onlyFilter(facet, value), { push: true })}
            />
          )}
        </main>
        {!reading && (
          <aside class="library-bundles">
            <BundleSidebar selectedClipIds={[...selection.ids]} />
          </aside>
        )}
      </div>
    </div>
  );
}
