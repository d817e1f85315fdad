/**
 * `npx tsx bench/golden-output.ts write|check [file]`: serializes `runPipeline` output (the parsed
 * story and the ResolvedGraph) for every story of tests/fixtures/{dev,heldout,articles}, and either
 * writes it (default `bench/results/golden.json`) or compares against it, printing the first
 * differing story. Used to keep speed work output-identical; rewrite after intended output changes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPipeline } from '../src/pipeline/run-pipeline';

const root = path.join(__dirname, '../tests/fixtures');
const mode = process.argv[2] ?? 'check';
const file = process.argv[3] ?? path.join(__dirname, 'results/golden.json');

const out: Record<string, unknown> = {};
for (const dir of ['dev', 'heldout', 'articles']) {
  for (const f of fs.readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.txt')).sort()) {
    out[`${dir}/${f}`] = runPipeline(fs.readFileSync(path.join(root, dir, f), 'utf8'));
  }
}
if (mode === 'write') {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(out, null, 1));
  console.log(`wrote ${Object.keys(out).length} stories to ${file}`);
} else {
  const want = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  let bad = 0;
  for (const k of Object.keys(out)) {
    const a = JSON.stringify(out[k], null, 1).split('\n');
    const b = JSON.stringify(want[k], null, 1).split('\n');
    const i = a.findIndex((l, j) => l !== b[j]);
    if (i >= 0 || a.length !== b.length) {
      bad++;
      const j = i >= 0 ? i : Math.min(a.length, b.length);
      console.log(`DIFF ${k} at line ${j}:\n  got:  ${a.slice(j, j + 3).join(' | ')}\n  want: ${b.slice(j, j + 3).join(' | ')}`);
    }
  }
  console.log(bad ? `${bad} of ${Object.keys(out).length} stories differ` : `all ${Object.keys(out).length} stories identical`);
  process.exitCode = bad ? 1 : 0;
}
