import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compactStatement, CYPHER_DIR, loadCypherRegistry } from '../../src/db/cypher-registry';

const SRC = join(__dirname, '..', '..', 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('cypher/ files', () => {
  const registry = loadCypherRegistry();

  it('registers every statement by its path', () => {
    expect(registry.names()).toEqual(expect.arrayContaining(['schema/04-entity-id', 'load/merge-entities', 'admin/graph-counts']));
  });

  it('gives each file a header comment and exactly one statement', () => {
    for (const name of registry.names()) {
      const raw = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
      expect({ name, header: raw.startsWith('//') }).toEqual({ name, header: true });
      const code = registry.get(name).replace(/\/\/.*$/gm, '').replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''");
      expect({ name, statements: code.split(';').filter((s) => s.trim()).length }).toEqual({ name, statements: 1 });
    }
  });

  it('sends each statement without comments and indentation, and nothing else changed', () => {
    for (const name of registry.names()) {
      const raw = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
      const sent = registry.get(name);
      expect({ name, comment: /^\s*\/\//m.test(sent), indented: /^\s/m.test(sent), semicolon: sent.endsWith(';') }).toEqual({ name, comment: false, indented: false, semicolon: false });
      // The code lines of the file, in order, each trimmed: the same tokens reach Neo4j.
      const code = raw.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
      expect(sent.split('\n')).toEqual(code.map((l, i) => (i === code.length - 1 ? l.replace(/;$/, '') : l)));
    }
    expect(compactStatement('// header\n  MATCH (n)\n\n  // why\n  RETURN n;\n')).toBe('MATCH (n)\nRETURN n');
  });

  it('fails loudly for a statement that does not exist', () => {
    expect(() => registry.get('read/no-such-statement')).toThrow('cypher/read/no-such-statement.cypher');
  });
});

describe('no code path builds Cypher from strings', () => {
  const registry = loadCypherRegistry();
  const files = tsFiles(SRC);

  it('every run() names a registered statement; only the executor passes statement text to the driver', () => {
    const registered = new Set(registry.names());
    const raw: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const call of text.matchAll(/\b(?:tx|executor|session|transaction)\.(?:run|read|write)\(\s*([^,)]*)/g)) {
        const arg = call[1]!.trim();
        const literal = /^'([a-z0-9/-]+)'$/.exec(arg);
        if (literal) expect({ file, name: literal[1], registered: registered.has(literal[1]!) }).toEqual({ file, name: literal[1], registered: true });
        // A bare identifier carries a statement name from a closed set; registry.get() refuses any other.
        else if (!/^[A-Za-z_$][\w$]*$/.test(arg)) raw.push(`${file.slice(SRC.length + 1)}: ${call[0]}`);
      }
      if (/executeQuery\(/.test(text)) raw.push(`${file.slice(SRC.length + 1)}: executeQuery`);
    }
    expect(raw.sort()).toEqual(['db/executor.ts: session.run(registry.get(name', 'db/executor.ts: tx.run(registry.get(name']);
  });

  it('no source file holds Cypher clauses in a string or template', () => {
    const cypherInString = /[`'"][^`'"\n]*\b(MATCH \(|MERGE \(|CREATE \(|DETACH DELETE|RETURN [a-z]+\.)[^`'"\n]*[`'"]/;
    const offenders = files.filter((f) => cypherInString.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(SRC.length + 1))).toEqual([]);
  });
});
