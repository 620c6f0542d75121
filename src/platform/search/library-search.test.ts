import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BantinDb } from '../db/bantin-db.ts';
import { saveClipContent } from '../db/clips-repository.ts';
import { freshDb, makeClip } from '../db/testing/fake-db.ts';
import { remoteSearch, type LibrarySearch } from './library-search.ts';
import type { SearchPort } from './search-protocol.ts';
import { createSearchService } from './search-service.ts';
import { serveSearch } from './serve-search.ts';

let db: BantinDb;
let channel: MessageChannel;
let search: LibrarySearch;
let stopServing: () => void;
beforeEach(async () => {
  db = freshDb();
  await saveClipContent(db, {
    clip: makeClip({ id: 'a', title: 'Hải quan Lạng Sơn' }),
    body: { id: 'a', text: 'Thông quan qua cửa khẩu Hữu Nghị.', html: '' },
  });
  channel = new MessageChannel();
  const service = createSearchService(db, { persistDelayMs: 60_000 });
  stopServing = serveSearch(channel.port2 as unknown as SearchPort, service);
  channel.port1.start();
  channel.port2.start();
  search = remoteSearch(channel.port1 as unknown as SearchPort, () => service.close());
  await service.open();
});
afterEach(() => {
  search.close();
  stopServing();
  channel.port1.close();
  channel.port2.close();
  db.close();
});

describe('the search worker protocol', () => {
  it('answers queries and reports status across the port', async () => {
    await expect(search.search('huu nghi')).resolves.toEqual({ ids: ['a'], complete: true });
    await expect(search.search('hai quan', { allow: ['b'] })).resolves.toEqual({ ids: [], complete: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(search.status()).toMatchObject({ state: 'ready', indexed: 1 });
  });

  it('catches up on request', async () => {
    await saveClipContent(db, { clip: makeClip({ id: 'b', title: 'Chống buôn lậu' }), body: { id: 'b', text: '', html: '' } });
    await search.sync();
    await expect(search.search('buon lau')).resolves.toMatchObject({ ids: ['b'] });
  });
});
