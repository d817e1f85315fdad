/**
 * Worker-thread side of the extract pool: runs the pure, limit-checked pipeline (limits → parse → extract → resolve)
 * on each story text it receives and posts back the resolved graph or the parse issues.
 * Broken code that throws is caught and reported for that story, so one story cannot kill
 * the worker.
 */
import { parentPort } from 'node:worker_threads';
import { runCheckedPipeline } from '../pipeline/run-checked-pipeline';
import type { ExtractOutcome, ExtractRequest, ExtractResponse } from './extract-pool';

if (!parentPort) throw new Error('extract-worker must run in a worker thread');
const port = parentPort;

port.on('message', (request: ExtractRequest) => {
  const started = performance.now();
  let outcome: ExtractOutcome;
  try {
    const result = runCheckedPipeline(request.text, { format: request.format, limits: request.limits });
    outcome = result.ok ? { ok: true, graph: result.graph } : { ok: false, issues: result.issues.map((i) => ({ line: i.line, rule: i.rule, message: i.message })) };
  } catch (error) {
    outcome = { ok: false, issues: [{ line: null, rule: 'internal.pipeline-error', message: `the pipeline threw: ${(error as Error).stack ?? String(error)}` }] };
  }
  const response: ExtractResponse = { id: request.id, outcome, cpuMs: performance.now() - started };
  port.postMessage(response);
});
