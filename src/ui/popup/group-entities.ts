import { entityKey } from '../../core/clip/entity-keys.ts';
import { ENTITY_FAMILY, type EntityType } from '../../core/schemas/entity.ts';
import type { ReviewedEntity } from '../../core/schemas/index.ts';

// The popup shows what the tagger found as one chip per distinct thing, in
// the three families the product is built around plus the rest.

export type EntityFamily = 'campaign' | 'unit' | 'figure' | 'other';
export const FAMILIES: readonly EntityFamily[] = ['campaign', 'unit', 'figure', 'other'];

/** Figures read amount, percent, quantity, marker, date; the rest document, person, place. */
const TYPE_ORDER: readonly EntityType[] = ['campaign', 'unit', 'amount', 'percent', 'quantity', 'marker', 'date', 'document', 'person', 'place'];

export interface EntityChip {
  key: string;
  type: EntityType;
  /** The canonical name for named things, the words of the article for figures. */
  label: string;
  /** How many times it stands in the article. */
  count: number;
  /** The sentence of its first mention, for context. */
  sentence: string;
}

const NAMED = new Set<EntityType>(['campaign', 'unit', 'person', 'place']);

function chipKey(e: ReviewedEntity): string {
  // Named things by canonical spelling; figures by value, so "5 tỷ đồng" and "năm tỷ đồng" are one.
  return NAMED.has(e.type) ? entityKey(e) : `${e.type}:${JSON.stringify(e.value)}`;
}

/** Distinct entities a person left standing, by family, in type order then text order. */
export function groupEntities(entities: readonly ReviewedEntity[]): Record<EntityFamily, EntityChip[]> {
  const chips = new Map<string, EntityChip & { start: number }>();
  for (const e of entities) {
    if (e.status === 'rejected') continue;
    const key = chipKey(e);
    const seen = chips.get(key);
    if (seen) {
      seen.count++;
      seen.start = Math.min(seen.start, e.start);
      continue;
    }
    const label = NAMED.has(e.type) || e.type === 'document' ? String(e.value) : e.text;
    chips.set(key, { key, type: e.type, label, count: 1, sentence: e.sentence, start: e.start });
  }
  const sorted = [...chips.values()].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.start - b.start);
  const groups: Record<EntityFamily, EntityChip[]> = { campaign: [], unit: [], figure: [], other: [] };
  for (const { start: _start, ...chip } of sorted) groups[ENTITY_FAMILY[chip.type]].push(chip);
  return groups;
}
