import Dexie from 'dexie';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getClipDetails, saveClipContent } from './clips-repository.ts';
import { isQuotaError, storageErrorCode } from './storage-errors.ts';
import { freshDb, makeClip, unitEntity } from './testing/fake-db.ts';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => vi.restoreAllMocks());

describe('storageErrorCode', () => {
  it('recognises a quota error however it is wrapped', () => {
    expect(storageErrorCode(quota())).toBe('storage-full');
    expect(storageErrorCode(new Dexie.QuotaExceededError('full', quota()))).toBe('storage-full');
    expect(storageErrorCode(new Dexie.AbortError('aborted', quota()))).toBe('storage-full');
    expect(storageErrorCode(new Error('write failed', { cause: quota() }))).toBe('storage-full');
    expect(storageErrorCode(new Dexie.BulkError('1 of 2 failed', { 1: quota() }))).toBe('storage-full');
  });

  it('does not take other failures for a full disk', () => {
    expect(storageErrorCode(new Dexie.ConstraintError('duplicate key'))).toBe('unknown');
    expect(storageErrorCode(new TypeError('x'))).toBe('unknown');
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('a write that hits the quota', () => {
  it('surfaces as storage-full and loses nothing already stored', async () => {
    const db = freshDb();
    await saveClipContent(db, { clip: makeClip({ id: 'c1', title: 'Bản đầu' }), body: { id: 'c1', text: 'Văn bản đầu.', html: '' }, entities: [unitEntity('Tổng cục Hải quan', 0)] });

    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'bodies') throw quota();
      return realPut.apply(this, args);
    });
    const error = await saveClipContent(db, {
      clip: makeClip({ id: 'c1', title: 'Bản sau' }),
      body: { id: 'c1', text: 'Văn bản sau, dài hơn.', html: '' },
      entities: [],
    }).catch((e: unknown) => e);
    expect(storageErrorCode(error)).toBe('storage-full');

    vi.restoreAllMocks();
    const details = await getClipDetails(db, 'c1');
    expect(details?.clip.title).toBe('Bản đầu');
    expect(details?.body?.text).toBe('Văn bản đầu.');
    expect(details?.entities.map((e) => e.value)).toEqual(['Tổng cục Hải quan']);
    db.close();
  });
});
