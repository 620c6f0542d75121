import { z } from 'zod';

// The entity contract of ../shared/spec/entities.md, as data.
// One schema per value shape; `Entity` is a discriminated union on `type`, so
// a consumer that switches on `type` gets the right `value` type for free.

export const ENTITY_TYPES = [
  'campaign',
  'unit',
  'amount',
  'percent',
  'quantity',
  'marker',
  'date',
  'document',
  'person',
  'place',
] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** The three families the product is built around (plus the rest). */
export const ENTITY_FAMILY: Record<EntityType, 'campaign' | 'unit' | 'figure' | 'other'> = {
  campaign: 'campaign',
  unit: 'unit',
  amount: 'figure',
  percent: 'figure',
  quantity: 'figure',
  marker: 'figure',
  date: 'figure',
  document: 'other',
  person: 'other',
  place: 'other',
};

export const ApproxSchema = z.enum(['more_than', 'less_than', 'about', 'nearly']);
export type Approx = z.infer<typeof ApproxSchema>;

export const CurrencySchema = z.enum(['VND', 'USD', 'CNY', 'EUR']);
export type Currency = z.infer<typeof CurrencySchema>;

export const AmountValueSchema = z.object({
  amount: z.number(),
  currency: CurrencySchema,
  approx: ApproxSchema.optional(),
});
export type AmountValue = z.infer<typeof AmountValueSchema>;

export const QuantityValueSchema = z.object({
  amount: z.number(),
  unit: z.string(),
  approx: ApproxSchema.optional(),
});
export type QuantityValue = z.infer<typeof QuantityValueSchema>;

/** YYYY, YYYY-MM or YYYY-MM-DD: the precision of the text is kept. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
export const DateValueSchema = z.object({
  start: PartialDateSchema,
  end: PartialDateSchema.optional(),
});
export type DateValue = z.infer<typeof DateValueSchema>;

const base = {
  /** The text exactly as it stands in the (NFC) article text. */
  text: z.string(),
  /** UTF-16 offsets into the NFC text; `text === source.slice(start, end)`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The sentence that holds the entity (for figure tables and exports). */
  sentence: z.string(),
};
/** Names may resolve to a gazetteer entry (`ref`, e.g. "cuc-hq-lang-son"). */
const named = { ...base, value: z.string(), ref: z.string().optional() };

export const EntitySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('campaign'), ...named }),
  z.object({ type: z.literal('unit'), ...named }),
  z.object({ type: z.literal('person'), ...named, role: z.string().optional() }),
  z.object({ type: z.literal('place'), ...named }),
  z.object({ type: z.literal('amount'), ...base, value: AmountValueSchema }),
  z.object({ type: z.literal('percent'), ...base, value: z.number() }),
  z.object({ type: z.literal('quantity'), ...base, value: QuantityValueSchema }),
  z.object({ type: z.literal('marker'), ...base, value: z.string() }),
  z.object({ type: z.literal('date'), ...base, value: DateValueSchema }),
  z.object({ type: z.literal('document'), ...base, value: z.string() }),
]);
export type Entity = z.infer<typeof EntitySchema>;
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;

/**
 * What a person did to an entity. `auto` is the tagger's word untouched;
 * `corrected` keeps the tagger's original so re-tagging can tell the two
 * apart; `added` is an entity a person selected in the text.
 */
export const ReviewStatusSchema = z.enum(['auto', 'confirmed', 'corrected', 'rejected', 'added']);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;
