import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Clip, ReviewedEntity } from '../../../core/schemas/index.ts';
import { BantinDb } from '../bantin-db.ts';
import type { SchemaVersion } from '../schema-version.ts';
import { SCHEMA_VERSIONS } from '../schema-versions.ts';

// Test helpers: a database of its own for every test (a fresh in-memory
// IndexedDB factory), and a complete clip to vary from.

let n = 0;

export function fakeIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export function freshDb(options = fakeIndexedDb(), versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): BantinDb {
  return new BantinDb(`test-${++n}`, options, versions);
}

export function makeClip(overrides: Partial<Clip> & { id: string }): Clip {
  return {
    url: `https://baohaiquan.vn/${overrides.id}.html`,
    canonicalUrl: `https://baohaiquan.vn/${overrides.id}.html`,
    title: `Bài ${overrides.id}`,
    lead: '',
    byline: null,
    publishedAt: '2026-11-18T08:00:00+07:00',
    modifiedAt: null,
    siteName: 'Báo Hải quan',
    lang: 'vi',
    wordCount: 300,
    images: [],
    sources: {},
    warnings: [],
    clippedAt: '2026-11-20T07:05:00.000Z',
    updatedAt: '2026-11-20T07:05:00.000Z',
    status: 'ready',
    tags: [],
    note: '',
    fingerprint: '',
    entityKeys: [],
    ...overrides,
  };
}

export function unitEntity(value: string, start: number, status: ReviewedEntity['status'] = 'auto'): ReviewedEntity {
  return { type: 'unit', text: value, start, end: start + value.length, sentence: value, value, status };
}
