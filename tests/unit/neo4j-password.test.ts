import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureNeo4jPassword } from '../../src/neo4j/ensure-neo4j-password';

describe('ensureNeo4jPassword', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-password-'));

  it('generates passwords that no command line can take for an option, stored with mode 0600', async () => {
    // A base64url password starting with '-' once broke neo4j-admin's set-initial-password.
    for (let i = 0; i < 300; i++) {
      const file = join(dir, `p${i}`);
      const password = await ensureNeo4jPassword(file);
      expect(password).toMatch(/^[A-Za-z][A-Za-z0-9_-]{24}$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
  });

  it('keeps an existing password', async () => {
    const file = join(dir, 'kept');
    const first = await ensureNeo4jPassword(file);
    expect(await ensureNeo4jPassword(file)).toBe(first);
  });
});
