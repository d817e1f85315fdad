import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads the local Neo4j password from `file`, generating a random one (crypto, 24 url-safe
 * characters) stored with mode 0600 the first time. All local instances share it.
 */
export async function ensureNeo4jPassword(file: string): Promise<string> {
  try {
    const existing = (await fs.readFile(file, 'utf8')).trim();
    if (existing.length >= 8) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // A letter first, so no tool ever mistakes the password for a command-line option.
  const password = `n${randomBytes(18).toString('base64url')}`;
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, password + '\n', { mode: 0o600 });
  await fs.chmod(file, 0o600); // mode is ignored when the file already existed (e.g. empty)
  return password;
}
