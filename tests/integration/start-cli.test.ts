/**
 * `npm start` as operators run it in production (NODE_ENV=production): it ingests the bundled
 * samples, serves GraphQL where it says, and exits 0 soon after SIGTERM (what a process
 * manager or `kill` sends). The process owns its signals: Apollo's own handler is off
 * (with it, the benchmark's API process hung on SIGTERM in a second shutdown).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { resetGraph, testDbConnection } from '../helpers/test-db';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  await resetGraph();
});

it('serves GraphQL after ingesting the samples and exits 0 within seconds of SIGTERM', async () => {
  const connection = testDbConnection();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /GraphQL:\s+(\S+)/.exec(output);
        if (match) {
          clearInterval(timer);
          resolve(match[1]!);
        }
      }, 100);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error(`npm start exited before serving:\n${output}`));
      });
    });
    expect(url).toBe(`http://127.0.0.1:${port}/graphql`);
    expect(output).toMatch(/Samples: 7 created, 0 updated, 0 unchanged, 0 failed/);

    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ events(involving: "Lee Jae Myung") { totalCount } }' }),
    });
    const body = (await response.json()) as { data?: { events: { totalCount: number } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.events.totalCount).toBeGreaterThan(0);

    const stoppedAt = Date.now();
    child.kill('SIGTERM');
    const result = await Promise.race([exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 15_000))]);
    expect(result).toEqual({ code: 0, signal: null });
    expect(Date.now() - stoppedAt).toBeLessThan(15_000);
    expect(output).toMatch(/SIGTERM: shutting down/);
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});
