import { aliasKey } from '../domain/normalize';
import { stripLeadingTitles } from '../domain/titles';
import { present } from './args';
import { column, EntityNode } from './rows';
import { Loaders, ReadDb } from './loaders';

/** Entity ids look like `person:xi-jinping`, `country:CHN`, `org:nato` (see cypher/README.md). */
const ENTITY_ID = /^(?:person|country|org|place|agreement|other):\S+$/;

/**
 * Resolves names (or entity ids) to the entities they denote, in ONE round trip for all
 * names: the Alias node with key `aliasKey(name)`, or when there is none, the key with
 * leading titles stripped ("President Lee" -> "lee"). A name that fits several entities
 * gives all of them. A text shaped like an entity id is looked up by id as well (through
 * the entity loader, in parallel), so `person:xi-jinping` works wherever a name does.
 */
export async function matchEntities(db: ReadDb, loaders: Loaders, names: string[]): Promise<EntityNode[][]> {
  const candidates = names.map(aliasKeysOf);
  const keys = [...new Set(candidates.flat())];
  const ids = [...new Set(names.map(entityIdIn).filter((id): id is string => id !== null))];
  const [rows, byIdList] = await Promise.all([keys.length > 0 ? db.read('read/alias-entities', { keys }) : Promise.resolve([]), loaders.entity.loadMany(ids)]);
  const byId = new Map(present(byIdList).map((e) => [e.id, e]));
  const byKey = new Map<string, EntityNode[]>();
  for (const row of rows) {
    const entity = column(EntityNode, row.entity, 'read/alias-entities');
    loaders.entity.prime(entity.id, entity);
    const key = String(row.key);
    byKey.set(key, [...(byKey.get(key) ?? []), entity]);
  }
  return names.map((name, i) => {
    const entity = byId.get(name.trim());
    if (entity) return [entity];
    for (const key of candidates[i]!) {
      const found = byKey.get(key);
      if (found && found.length > 0) return found;
    }
    return [];
  });
}

/** The alias keys a name is looked up by, in order: its key, then the key without leading titles. */
export function aliasKeysOf(name: string): string[] {
  const key = aliasKey(name);
  return [key, stripLeadingTitles(key)].filter((k, i, all) => k.length > 0 && all.indexOf(k) === i);
}

/** The name as an entity id when it is shaped like one (`person:xi-jinping`), else null. */
export function entityIdIn(name: string): string | null {
  const trimmed = name.trim();
  return ENTITY_ID.test(trimmed) ? trimmed : null;
}
