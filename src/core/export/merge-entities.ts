import type { ReviewedEntity, ReviewStatus } from '../schemas/index.ts';

// Two copies of one clip (a colleague's and ours) may carry different
// entities: another tagger version, or different people's reviews. The merge
// never overwrites a person's review silently: a person's word beats the
// tagger's, ours beats the colleague's when both people decided differently,
// and that case is listed as a conflict for the preview.

export interface EntitySide {
  type: string;
  value: unknown;
  status: ReviewStatus;
}

export type EntityResolution = 'keep-local' | 'take-incoming' | 'add-incoming' | 'conflict';

export interface EntityDifference {
  /** "start:end" in the clip text; "" when the two texts differ and entities are compared by value. */
  span: string;
  text: string;
  local?: EntitySide;
  incoming?: EntitySide;
  resolution: EntityResolution;
}

export interface EntityMerge {
  entities: ReviewedEntity[];
  differences: EntityDifference[];
}

const reviewed = (e: ReviewedEntity) => e.status !== 'auto';
const side = (e: ReviewedEntity): EntitySide => ({ type: e.type, value: e.value, status: e.status });
/** What the entity says once reviews are applied; equal outcomes are no difference. */
const outcome = (e: ReviewedEntity) => (e.status === 'rejected' ? `rejected:${e.type}` : `${e.type}:${JSON.stringify(e.value)}`);
/** A correction may change the type; the span and the tagger's type still line it up with the other copy. */
const keyOf = (e: ReviewedEntity) => `${e.start}:${e.end}:${e.original?.type ?? e.type}`;

function bySpan(local: ReviewedEntity[], incoming: ReviewedEntity[]): EntityMerge {
  const theirs = new Map(incoming.map((e) => [keyOf(e), e]));
  const entities: ReviewedEntity[] = [];
  const differences: EntityDifference[] = [];
  for (const ours of local) {
    const other = theirs.get(keyOf(ours));
    theirs.delete(keyOf(ours));
    const span = `${ours.start}:${ours.end}`;
    if (!other) {
      entities.push(ours);
      differences.push({ span, text: ours.text, local: side(ours), resolution: 'keep-local' });
      continue;
    }
    if (outcome(ours) === outcome(other)) {
      // Same say; keep the reviewed status if only the colleague's copy has one.
      entities.push(!reviewed(ours) && reviewed(other) ? other : ours);
      continue;
    }
    const resolution: EntityResolution = reviewed(ours) ? (reviewed(other) ? 'conflict' : 'keep-local') : reviewed(other) ? 'take-incoming' : 'keep-local';
    entities.push(resolution === 'take-incoming' ? other : ours);
    differences.push({ span, text: ours.text, local: side(ours), incoming: side(other), resolution });
  }
  for (const other of theirs.values()) {
    const add = reviewed(other);
    if (add) entities.push(other);
    differences.push({ span: `${other.start}:${other.end}`, text: other.text, incoming: side(other), resolution: add ? 'add-incoming' : 'keep-local' });
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities, differences };
}

/**
 * When the two copies' texts differ, offsets do not line up: ours stay, the
 * differences are listed by value, and a person's review on the colleague's
 * side, which cannot be placed, is a conflict rather than lost in silence.
 */
function byValue(local: ReviewedEntity[], incoming: ReviewedEntity[]): EntityMerge {
  const ours = new Set(local.map(outcome));
  const theirs = new Set(incoming.map(outcome));
  const differences: EntityDifference[] = [];
  const seen = new Set<string>();
  for (const e of local) {
    const o = outcome(e);
    if (theirs.has(o) || seen.has(`l${o}`)) continue;
    seen.add(`l${o}`);
    differences.push({ span: '', text: e.text, local: side(e), resolution: 'keep-local' });
  }
  for (const e of incoming) {
    const o = outcome(e);
    if (ours.has(o) || seen.has(`i${o}`)) continue;
    seen.add(`i${o}`);
    differences.push({ span: '', text: e.text, incoming: side(e), resolution: reviewed(e) ? 'conflict' : 'keep-local' });
  }
  return { entities: local, differences };
}

/** Our entities merged with the colleague's copy of the same clip, and what differed. */
export function mergeEntities(
  local: { text: string; entities: ReviewedEntity[] },
  incoming: { text: string; entities: ReviewedEntity[] },
): EntityMerge {
  return local.text === incoming.text ? bySpan(local.entities, incoming.entities) : byValue(local.entities, incoming.entities);
}
