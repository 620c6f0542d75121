import { canonicalSpelling } from '../text/fold.ts';
import type { EntityType, ReviewedEntity } from '../schemas/index.ts';

// Facet keys are what the library filters and counts on: one per named thing
// ("unit:Cục Hải quan Lạng Sơn") and one per type present ("type:amount").
// They are computed from what a person left standing, so a rejected entity
// never shows up as a facet and a corrected one shows under its new value.

/** The types whose value is a name worth a facet of its own. */
export const NAMED_FACET_TYPES = ['campaign', 'unit', 'place', 'person'] as const satisfies readonly EntityType[];
export type NamedFacetType = (typeof NAMED_FACET_TYPES)[number];

const NAMED = new Set<string>(NAMED_FACET_TYPES);

// An import of a 10,000-clip backup asks for 400,000 keys, and the same few
// thousand names recur: each name is made canonical once (NFC and tones cost
// more than the look-up). Bounded, as a long session meets ever more names.
const namedKeys = new Map<string, string>();
const NAMED_KEYS_LIMIT = 50_000;

/** The facet key of one entity: "unit:<canonical name>", else "type:<type>". */
export function entityKey(entity: Pick<ReviewedEntity, 'type' | 'value'>): string {
  if (NAMED.has(entity.type) && typeof entity.value === 'string') {
    // Types hold no colon: "<type>:<value as written>" names one pair.
    const written = `${entity.type}:${entity.value}`;
    let key = namedKeys.get(written);
    if (key === undefined) {
      const name = canonicalSpelling(entity.value).trim().replace(/\s+/g, ' ');
      key = name ? `${entity.type}:${name}` : `type:${entity.type}`;
      if (namedKeys.size >= NAMED_KEYS_LIMIT) namedKeys.clear();
      namedKeys.set(written, key);
    }
    return key;
  }
  return `type:${entity.type}`;
}

/** The sorted, distinct facet keys of a clip's entities (rejected ones excluded). */
export function entityKeys(entities: readonly ReviewedEntity[]): string[] {
  const keys = new Set<string>();
  for (const e of entities) {
    if (e.status === 'rejected') continue;
    keys.add(`type:${e.type}`);
    const key = entityKey(e);
    if (!key.startsWith('type:')) keys.add(key);
  }
  return [...keys].sort();
}

/** Splits "unit:Cục Hải quan Lạng Sơn" into its facet and value. */
export function parseEntityKey(key: string): { facet: string; value: string } {
  const i = key.indexOf(':');
  return i < 0 ? { facet: '', value: key } : { facet: key.slice(0, i), value: key.slice(i + 1) };
}
