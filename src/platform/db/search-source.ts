import type { SearchDoc } from '../../core/search/search-index.ts';
import type { ClipStatus } from '../../core/schemas/index.ts';
import type { BantinDb } from './bantin-db.ts';

// What the library's search index reads from storage. A ready clip's title,
// lead and text never change once stored (re-tagging, tags, notes and
// reviews leave them alone; only finishing a pending or failed clip writes
// them), so a clip's search version is '' once ready and its status plus
// `updatedAt` before: the index catches up by comparing ids and the few
// versions of unfinished clips, with no read of the 50,000 ready rows.

export interface SearchSourceDoc extends SearchDoc {
  /** '' for a ready clip, else "status|updatedAt" (see above). */
  version: string;
}

export function searchVersion(row: { status: ClipStatus; updatedAt: string }): string {
  return row.status === 'ready' ? '' : `${row.status}|${row.updatedAt}`;
}

/** The searchable text of clips (title, lead, body text); ids no longer stored are skipped. */
export async function readSearchDocs(db: BantinDb, ids: readonly string[]): Promise<SearchSourceDoc[]> {
  return db.transaction('r', [db.articles, db.bodies], async () => {
    const [rows, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
    const docs: SearchSourceDoc[] = [];
    rows.forEach((row, i) => {
      if (!row) return;
      docs.push({ id: row.id, title: row.title, lead: row.lead, text: bodies[i]?.text ?? '', version: searchVersion(row) });
    });
    return docs;
  });
}

export interface SearchSourceProbe {
  /** Every clip id, newest first. */
  ids: string[];
  /** Search versions of the clips that are not ready (pending or failed). */
  unsettled: Map<string, string>;
}

/** The cheap look at the library a catch-up starts from: primary keys and the unfinished clips. */
export async function probeSearchSource(db: BantinDb): Promise<SearchSourceProbe> {
  return db.transaction('r', db.articles, async () => {
    const [ids, rows] = await Promise.all([
      db.articles.toCollection().reverse().primaryKeys(),
      db.articles.where('status').anyOf(['pending', 'failed']).toArray(),
    ]);
    return { ids, unsettled: new Map(rows.map((r) => [r.id, searchVersion(r)])) };
  });
}
