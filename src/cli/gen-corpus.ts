import { parseArgs } from 'node:util';
import { writeCorpus, type CorpusLayout } from '../synth/write-corpus';

const USAGE = `Usage: npm run gen:corpus -- --stories N [--seed S] --out <folder|file|->  [--layout files|ff|jsonl] [--people N]
  Writes N synthetic story digests, the same bytes for the same seed.
  --layout files (default for a folder): one story-NNNNNN.txt per story
  --layout ff: one stream, stories separated by a form-feed line (default when --out ends in .ff or is -)
  --layout jsonl: one {"text": ...} per line (default when --out ends in .jsonl)`;

/** `npm run gen:corpus`: a deterministic synthetic corpus for tests and benchmarks. */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      stories: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      layout: { type: 'string' },
      people: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const stories = Number(values.stories);
  if (values.help || !values.out || !Number.isInteger(stories) || stories < 0) {
    console.error(USAGE);
    return 2;
  }
  const layout = (values.layout ?? defaultLayout(values.out)) as CorpusLayout;
  if (!['files', 'ff', 'jsonl'].includes(layout)) {
    console.error(`--layout must be files, ff or jsonl\n${USAGE}`);
    return 2;
  }
  const people = values.people === undefined ? undefined : Number(values.people);
  const started = Date.now();
  const summary = await writeCorpus({
    stories,
    seed: values.seed,
    out: values.out,
    layout,
    people,
    onProgress: process.stderr.isTTY ? (n) => process.stderr.write(`\r${n}/${stories} stories`) : undefined,
  });
  const seconds = (Date.now() - started) / 1000;
  process.stderr.write(`\r${summary.stories} stories, ${(summary.bytes / 1e6).toFixed(1)} MB (${layout}) -> ${values.out} in ${seconds.toFixed(1)} s\n`);
  return 0;
}

function defaultLayout(out: string): CorpusLayout {
  if (out === '-' || out.endsWith('.ff')) return 'ff';
  if (out.endsWith('.jsonl')) return 'jsonl';
  return 'files';
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`gen:corpus failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
