import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every `.cypher` file under the cypher folder, read once at start-up and looked up
 * by name ("read/events-involving" for cypher/read/events-involving.cypher). A name
 * that is not there fails loudly at start-up or in tests, never by building a query.
 */
export interface CypherRegistry {
  get(name: string): string;
  names(): string[];
}

export const CYPHER_DIR = join(__dirname, '..', '..', 'cypher');

/** Loads all `.cypher` files below `dir` (default: the project's `cypher/`). */
export function loadCypherRegistry(dir: string = CYPHER_DIR): CypherRegistry {
  const statements = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.cypher')) {
        const name = relative(dir, path).slice(0, -'.cypher'.length).split(sep).join('/');
        statements.set(name, stripTrailingSemicolon(readFileSync(path, 'utf8')));
      }
    }
  };
  walk(dir);
  return {
    get(name) {
      const text = statements.get(name);
      if (text === undefined) throw new Error(`No Cypher statement named "${name}" (expected file cypher/${name}.cypher)`);
      return text;
    },
    names: () => [...statements.keys()].sort(),
  };
}

/** Browser users end statements with ';' — the driver wants a single statement without it. */
function stripTrailingSemicolon(text: string): string {
  return text.trim().replace(/;\s*$/, '');
}
