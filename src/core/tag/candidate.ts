import type { Entity } from '../schemas/entity.ts';

type WithoutContext<E> = E extends Entity ? Omit<E, 'text' | 'sentence'> : never;

/**
 * What a finder proposes: an entity before overlaps are resolved and before
 * its text and sentence are filled in. `rank` breaks ties between spans of
 * equal length (a marker beats a date on "mốc 12/3").
 */
export type Candidate = WithoutContext<Entity> & { rank?: number };
