import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { BantinDb } from '../../platform/db/bantin-db.ts';
import { getBantinDb } from '../../platform/db/open-db.ts';

// The bundle components read the extension's database unless a page (or a
// test) hands them another one, e.g. the library's own in its tests. The
// import worker always opens the extension's database itself.

const BundlesDbContext = createContext<BantinDb | null>(null);

export function BundlesDbProvider({ db, children }: { db: BantinDb; children: ComponentChildren }) {
  return <BundlesDbContext.Provider value={db}>{children}</BundlesDbContext.Provider>;
}

export function useBundlesDb(): BantinDb {
  return useContext(BundlesDbContext) ?? getBantinDb();
}
