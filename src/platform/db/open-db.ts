import { BantinDb } from './bantin-db.ts';

let shared: BantinDb | undefined;

/** The database of this extension context, opened on first use. */
export function getBantinDb(): BantinDb {
  shared ??= new BantinDb();
  return shared;
}
