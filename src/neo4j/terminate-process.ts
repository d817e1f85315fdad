import { isProcessAlive } from './instance-state';

/**
 * Sends SIGTERM, waits up to `timeoutMs` for the process to disappear, then SIGKILLs it.
 * Resolves with how it ended. A process that is already gone resolves `'gone'`.
 */
export async function terminateProcess(pid: number, timeoutMs: number): Promise<'gone' | 'terminated' | 'killed'> {
  if (!signal(pid, 'SIGTERM')) return 'gone';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isProcessAlive(pid)) return 'terminated';
    await sleep(100);
  }
  signal(pid, 'SIGKILL');
  while (isProcessAlive(pid)) await sleep(50);
  return 'killed';
}

function signal(pid: number, name: NodeJS.Signals): boolean {
  try {
    process.kill(pid, name);
    return true;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
