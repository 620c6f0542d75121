import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BantinDb } from './bantin-db.ts';
import { addTags, putClip } from './clips-repository.ts';
import { saveBundle } from './bundles-repository.ts';
import { freshDb, makeClip } from './testing/fake-db.ts';
import { watchClipChanges } from './watch-clip-changes.ts';

let db: BantinDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('watchClipChanges', () => {
  it('reports settled writes to clips once, and nothing for other tables', async () => {
    // Opening (creating) the database counts as a write to every table.
    await db.open();
    const onChange = vi.fn();
    const stop = watchClipChanges(db, onChange, 20);
    await saveBundle(db, { id: 'b1', title: 'Bản tin tuần', sections: [], createdAt: '2026-11-20T00:00:00Z', updatedAt: '2026-11-20T00:00:00Z' });
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).not.toHaveBeenCalled();
    await putClip(db, makeClip({ id: 'a' }));
    await addTags(db, ['a'], ['biên giới']);
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    stop();
    await putClip(db, makeClip({ id: 'b' }));
    await new Promise((r) => setTimeout(r, 60));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
