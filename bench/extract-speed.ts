/**
 * `npx tsx bench/extract-speed.ts [folder] [--seconds 5]`: parse+extract+resolve throughput on one
 * thread over the stories of a folder (default: the 7 dev digests), repeated. Warm-up first, then
 * the median of several timed rounds. Pin to one core for comparable numbers: `taskset -c 0 npx tsx …`.
 *
 * `--against <tree>`: in-process A/B against another copy of the repository (e.g. a copy of `src`,
 * `bench`, `tests` made before a change, with `node_modules` symlinked). Both pipelines are loaded in
 * one process and run in alternating slices of 0.4 s CPU for `--seconds` (default 20); the result is
 * the median of the per-pair ratios (this tree / other), so both see the same machine state. The tree
 * loaded second measured a few % slower in this setup whichever it was, so the run is repeated in a
 * child process with the load order swapped and the geometric mean of both orders is reported.
 *
 * `--checked`: with `--against`, both trees run the checked pipeline of ingest (`runCheckedPipeline`
 * with the default limits: text checks → parse → parsed-story checks → extract → resolve → graph checks)
 * instead of `runPipeline`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureExtractionSpeed } from '../src/pipeline/measure-extraction-speed';

const argv = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
};
const FLAGS_WITH_VALUE = new Set(['--seconds', '--against', '--order']);
const against = valueOf('--against');
const checked = argv.includes('--checked');
const seconds = Number(valueOf('--seconds') ?? (against ? 20 : 4));
const folder = argv.find((a, i) => !a.startsWith('--') && !FLAGS_WITH_VALUE.has(argv[i - 1] ?? '')) ?? path.join(__dirname, '../tests/fixtures/dev');
const texts = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));

if (against) {
  const order = valueOf('--order');
  if (order === 'this-first' || order === 'other-first') {
    console.log(JSON.stringify(compare(path.resolve(against), order, seconds)));
  } else {
    // Both load orders, each in a fresh process.
    const runs = (['this-first', 'other-first'] as const).map((o) => {
      const child = spawnSync(process.execPath, [...process.execArgv, __filename, ...argv, '--order', o], { encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`A/B child failed: ${child.stderr}`);
      return JSON.parse(child.stdout.trim().split('\n').pop()!) as Comparison;
    });
    const ratio = Math.sqrt(runs[0]!.ratio * runs[1]!.ratio);
    console.log(JSON.stringify({ against, seconds, pipeline: checked ? 'checked' : 'runPipeline', runs, ratio: Number(ratio.toFixed(3)) }));
  }
} else {
  const r = measureExtractionSpeed({ texts, seconds });
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({
    folder: path.relative(process.cwd(), folder) || '.', stories: texts.length, seconds,
    storiesPerCpuSecond: Math.round(r.storiesPerSecond), storiesPerWallSecond: Math.round(r.wallStoriesPerSecond), rounds: r.roundRates.map(Math.round), failedToParse: r.failedToParse,
    cpuSecondsTotal: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
  }));
}

interface Comparison { order: string; pairs: number; thisTree: number; otherTree: number; ratio: number }

function compare(otherRoot: string, order: 'this-first' | 'other-first', secs: number): Comparison {
  type Run = (text: string) => unknown;
  const load = (root: string): Run => {
    if (!checked) return (require(path.join(root, 'src/pipeline/run-pipeline')) as { runPipeline: Run }).runPipeline;
    type Checked = (text: string, options: { limits: unknown }) => unknown;
    const run = (require(path.join(root, 'src/pipeline/run-checked-pipeline')) as { runCheckedPipeline: Checked }).runCheckedPipeline;
    const limits = (require(path.join(root, 'src/pipeline/limits')) as { DEFAULT_STORY_LIMITS: unknown }).DEFAULT_STORY_LIMITS;
    return (text) => run(text, { limits });
  };
  const thisRoot = path.join(__dirname, '..');
  let mine: Run;
  let other: Run;
  if (order === 'this-first') { mine = load(thisRoot); other = load(otherRoot); } else { other = load(otherRoot); mine = load(thisRoot); }
  const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const slice = (run: Run, s: number): number => {
    const c0 = cpu();
    let n = 0;
    do { for (const t of texts) run(t); n += texts.length; } while (cpu() - c0 < s);
    return n / (cpu() - c0);
  };
  slice(mine, 3);
  slice(other, 3);
  const ratios: number[] = [];
  const mineRates: number[] = [];
  const otherRates: number[] = [];
  const t0 = cpu();
  for (let i = 0; cpu() - t0 < secs; i++) {
    let a: number;
    let b: number;
    if (i % 2) { a = slice(other, 0.4); b = slice(mine, 0.4); } else { b = slice(mine, 0.4); a = slice(other, 0.4); }
    otherRates.push(a); mineRates.push(b); ratios.push(b / a);
  }
  const median = (xs: number[]): number => [...xs].sort((p, q) => p - q)[xs.length >> 1]!;
  return { order, pairs: ratios.length, thisTree: Math.round(median(mineRates)), otherTree: Math.round(median(otherRates)), ratio: Number(median(ratios).toFixed(3)) };
}
