/**
 * `npx tsx bench/extract-speed.ts [folder] [--seconds 5]`: parse+extract+resolve throughput on one
 * thread over the stories of a folder (default: the 7 dev digests), repeated. Warm-up first, then
 * the median of several timed rounds. Pin to one core for comparable numbers: `taskset -c 0 npx tsx …`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { measureExtractionSpeed } from '../src/pipeline/measure-extraction-speed';

const argv = process.argv.slice(2);
const si = argv.indexOf('--seconds');
const seconds = si >= 0 ? Number(argv[si + 1]) : 4;
const folder = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--seconds') ?? path.join(__dirname, '../tests/fixtures/dev');
const texts = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(folder, f), 'utf8'));
const r = measureExtractionSpeed({ texts, seconds });
const cpu = process.cpuUsage();
console.log(JSON.stringify({
  folder: path.relative(process.cwd(), folder) || '.', stories: texts.length, seconds,
  storiesPerCpuSecond: Math.round(r.storiesPerSecond), storiesPerWallSecond: Math.round(r.wallStoriesPerSecond), rounds: r.roundRates.map(Math.round), failedToParse: r.failedToParse,
  cpuSecondsTotal: Number(((cpu.user + cpu.system) / 1e6).toFixed(2)),
}));
