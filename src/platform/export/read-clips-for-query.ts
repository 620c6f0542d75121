import { selectClipsForQuery, type ClipQuery } from '../../core/export/select-clips-for-query.ts';
import type { ExportedClip } from '../../core/schemas/index.ts';
import { foldText, normalizeTone } from '../../core/text/fold.ts';
import type { BantinDb, ClipRow } from '../db/bantin-db.ts';
import { readExportedClipsInTransaction, toExportedClip } from './read-exported-clips.ts';

// "Everything clipped 17–23/11/2026 about Cục Hải quan Lạng Sơn" over a
// library of 50,000 clips. The exact answer is core's selectClipsForQuery;
// this only avoids reading what cannot match: the period narrows through the
// date indexes, the slim rows settle period, site and tag, the facet keys
// rule out units and campaigns, and only the survivors' entities (and, for a
// text query, bodies) are read, a batch at a time so memory stays flat.

const BATCH = 400;

const fold = (s: string) => foldText(normalizeTone(s.normalize('NFC'))).replace(/\s+/g, ' ').trim();

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function candidateRows(db: BantinDb, query: ClipQuery): Promise<ClipRow[]> {
  if (!query.period) return db.articles.where('status').equals('ready').toArray();
  // Stored instants carry any offset: a day of margin each side, the exact test follows.
  const lower = shiftDay(query.period.start, -1);
  const upper = `${shiftDay(query.period.end, 1)}\uffff`;
  const [published, clipped] = await Promise.all([
    db.articles.where('publishedAt').between(lower, upper, true, true).toArray(),
    db.articles.where('clippedAt').between(lower, upper, true, true).toArray(),
  ]);
  const rows = new Map([...published, ...clipped].filter((r) => r.status === 'ready').map((r) => [r.id, r]));
  return [...rows.values()];
}

function mayHaveEntity(row: Pick<ClipRow, 'entityKeys'>, type: 'unit' | 'campaign', wanted: string | undefined): boolean {
  if (!wanted) return true;
  const k = fold(wanted);
  return row.entityKeys.some((key) => key.startsWith(`${type}:`) && fold(key.slice(type.length + 1)) === k);
}

export interface QueryReadOptions {
  signal?: AbortSignal;
}

/**
 * The clips answering `query`, oldest first, with their entities. They are
 * for counting and for making a bundle, not for export: `html` is left empty,
 * and `text` too unless the query searched it.
 */
export async function readClipsForQuery(db: BantinDb, query: ClipQuery, options: QueryReadOptions = {}): Promise<ExportedClip[]> {
  const rows = await candidateRows(db, query);
  options.signal?.throwIfAborted();
  const slimQuery: ClipQuery = { period: query.period, dateField: query.dateField, site: query.site, tag: query.tag };
  const slim = selectClipsForQuery(rows.map((r) => toExportedClip(r, undefined, [])), slimQuery)
    .filter((c) => mayHaveEntity(c, 'unit', query.unit) && mayHaveEntity(c, 'campaign', query.campaign));
  const needsEntities = !!(query.unit || query.campaign || query.text?.trim());
  const withText = !!query.text?.trim();
  const found: ExportedClip[] = [];
  for (let i = 0; i < slim.length; i += BATCH) {
    options.signal?.throwIfAborted();
    const ids = slim.slice(i, i + BATCH).map((c) => c.id);
    const batch = await db.transaction('r', [db.articles, db.bodies, db.clipEntities], () =>
      readExportedClipsInTransaction(db, ids, withText),
    );
    const hits = needsEntities ? selectClipsForQuery(batch, query) : batch;
    for (const hit of hits) found.push({ ...hit, html: '', text: withText ? hit.text : '' });
  }
  return selectClipsForQuery(found, {});
}
