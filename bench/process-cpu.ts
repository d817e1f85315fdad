import { readFileSync } from 'node:fs';

/** CPU time (user + system) a process has used so far, in ms, from Linux /proc (100 clock ticks per second); null elsewhere. */
export function processCpuMs(pid: number | string): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
