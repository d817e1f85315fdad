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
        statements.set(name, compactStatement(readFileSync(path, 'utf8')));
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

/**
 * The statement as sent to Neo4j: without whole-line comments, indentation and blank lines,
 * and without the trailing ';' Browser users type (the driver wants a single statement).
 * The files keep their documentation for analysts; the wire does not need it. The driver
 * writes a statement in 1,400-byte chunks, one socket write each: the 6 KB events page
 * cost five writes per request, most of it comments and indentation. Only whole lines and
 * leading blanks go, so string literals (never multi-line here) are left as they are.
 */
export function compactStatement(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('//'))
    .join('\n')
    .replace(/;\s*$/, '');
}
