import type { BantinDb } from '../db/bantin-db.ts';
import type { ScriptingPort } from './browser-ports.ts';
import { CORE_ENRICH, type EnrichFunctions } from './enrich-article.ts';

/** What every step of the pipeline needs: the database, page access, the core, a clock. */
export interface ClipContext {
  db: BantinDb;
  scripting: ScriptingPort;
  enrich: EnrichFunctions;
  now: () => Date;
}

export function clipContext(parts: Pick<ClipContext, 'db' | 'scripting'> & Partial<ClipContext>): ClipContext {
  return { enrich: CORE_ENRICH, now: () => new Date(), ...parts };
}
