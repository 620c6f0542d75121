import type { EntityOf, EntityType } from '../schemas/entity.ts';
import { tagEntities, type TagOptions } from './tag-entities.ts';

/** The entities of one type the tagger finds in `text` (tests only). */
export function entitiesOf<T extends EntityType>(type: T, text: string, options?: TagOptions): EntityOf<T>[] {
  return tagEntities(text, options).filter((e): e is EntityOf<T> => e.type === type);
}

/** Their values, for compact expectations. */
export function valuesOf<T extends EntityType>(type: T, text: string, options?: TagOptions): EntityOf<T>['value'][] {
  return entitiesOf(type, text, options).map((e) => e.value) as EntityOf<T>['value'][];
}
