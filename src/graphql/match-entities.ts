import { aliasKey } from '../domain/normalize';
import { stripLeadingTitles } from '../domain/titles';
import { column, EntityNode } from './rows';
import { Loaders, ReadDb } from './loaders';

/**
 * Resolves names to the entities they denote, in ONE round trip for all names: the Alias
 * node with key `aliasKey(name)`, or when there is none, the key with leading titles
 * stripped ("President Lee" -> "lee"). A name that fits several entities gives all of them.
 */
export async function matchEntities(db: ReadDb, loaders: Loaders, names: string[]): Promise<EntityNode[][]> {
  const candidates = names.map((name) => {
    const key = aliasKey(name);
    return [key, stripLeadingTitles(key)].filter((k, i, all) => k.length > 0 && all.indexOf(k) === i);
  });
  const keys = [...new Set(candidates.flat())];
  if (keys.length === 0) return names.map(() => []);
  const byKey = new Map<string, EntityNode[]>();
  for (const row of await db.read('read/alias-entities', { keys })) {
    const entity = column(EntityNode, row.entity, 'read/alias-entities');
    loaders.entity.prime(entity.id, entity);
    const key = String(row.key);
    byKey.set(key, [...(byKey.get(key) ?? []), entity]);
  }
  return candidates.map((keysOfName) => {
    for (const key of keysOfName) {
      const found = byKey.get(key);
      if (found && found.length > 0) return found;
    }
    return [];
  });
}
