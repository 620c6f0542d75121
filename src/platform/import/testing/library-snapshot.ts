import type { BantinDb } from '../../db/bantin-db.ts';

/** Every row an import may touch, in a stable order: equal snapshots mean an unchanged library. */
export async function librarySnapshot(db: BantinDb) {
  const [articles, bodies, entities, bundles, vocabulary] = await Promise.all([
    db.articles.toArray(),
    db.bodies.toArray(),
    db.clipEntities.toArray(),
    db.bundles.toArray(),
    db.vocabulary.toArray(),
  ]);
  return { articles, bodies, entities, bundles, vocabulary };
}
