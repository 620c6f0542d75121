import { getBantinDb } from '../db/open-db.ts';
import { watchClipChanges } from '../db/watch-clip-changes.ts';
import type { SearchPort } from './search-protocol.ts';
import { createSearchService } from './search-service.ts';
import { serveSearch } from './serve-search.ts';

// The library page's search worker: loads, indexes, persists and queries
// off the page's main thread, and follows every write to the clips (from
// the background, the page or another tab) through Dexie's change events.

const db = getBantinDb();
const service = createSearchService(db);
serveSearch(self as unknown as SearchPort, service);
watchClipChanges(db, () => void service.sync());
void service.open();
