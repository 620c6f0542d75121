// Browsers may evict an origin's data under storage pressure unless it is
// marked persistent. Pages ask for it (Firefox shows a prompt, which needs a
// page, not the background). Chrome grants it to extensions with
// `unlimitedStorage` silently.

type StorageManagerLike = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

function storageManager(): StorageManagerLike | undefined {
  return (globalThis.navigator as Navigator | undefined)?.storage;
}

/** Asks the browser to keep the library under storage pressure; true when granted. */
export async function requestPersistentStorage(manager = storageManager()): Promise<boolean> {
  if (!manager?.persist) return false;
  try {
    if (await manager.persisted()) return true;
    return await manager.persist();
  } catch {
    return false;
  }
}

export interface StorageEstimateSummary {
  /** Bytes used by this extension's origin; null when the browser will not say. */
  usage: number | null;
  quota: number | null;
  persisted: boolean;
}

/** How much the library takes, of how much the browser allows. */
export async function storageEstimate(manager = storageManager()): Promise<StorageEstimateSummary> {
  if (!manager?.estimate) return { usage: null, quota: null, persisted: false };
  const [estimate, persisted] = await Promise.all([
    manager.estimate().catch(() => ({}) as StorageEstimate),
    manager.persisted?.().catch(() => false) ?? Promise.resolve(false),
  ]);
  return { usage: estimate.usage ?? null, quota: estimate.quota ?? null, persisted };
}
