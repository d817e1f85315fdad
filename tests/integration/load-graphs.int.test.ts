import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Executor } from '../../src/db/executor';
import { deleteStories, loadGraphs } from '../../src/pipeline/load/load-graphs';
import { resetGraph } from '../helpers/test-db';
import { openTestExecutor, snapshotGraph } from '../helpers/test-executor';
import { makeResolvedGraph } from '../helpers/resolved-graph-fixture';
import { devStories } from '../helpers/hostile-inputs';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { generateStories } from '../../src/synth/generate-stories';

let executor: Executor;

beforeAll(async () => {
  await resetGraph();
  executor = await openTestExecutor();
});
afterAll(async () => executor.driver.close());
beforeEach(async () => {
  await executor.write('admin/delete-all');
});

describe('loadGraphs', () => {
  it('writes a story in a fixed number of round trips and reports it created', async () => {
    const before = executor.roundTrips;
    const summary = await loadGraphs(executor, [makeResolvedGraph('alpha')]);
    expect(summary.stories).toEqual([
      { storyId: 'alpha', status: 'created', counts: { claims: 2, entities: 5, entitiesCreated: 5, events: 1, sources: 2 } },
    ]);
    const roundTripsForOne = executor.roundTrips - before;

    const many = Array.from({ length: 30 }, (_, i) => makeResolvedGraph(`batch-${i}`));
    const beforeMany = executor.roundTrips;
    await loadGraphs(executor, many);
    expect(executor.roundTrips - beforeMany).toBe(roundTripsForOne);
  });

  it('builds the graph model: labels, provenance, roles, aliases', async () => {
    await loadGraphs(executor, [makeResolvedGraph('alpha')]);
    const snapshot = await snapshotGraph(executor);
    // 1 story + 2 sources + 2 claims + 5 entities + 1 event + 6 alias keys
    expect(snapshot.nodes).toBe(17);
    const rows = await executor.read('admin/graph-dump-relationships');
    const types = rows.map((r) => `${r.start} ${r.type} ${r.end}`);
    expect(types).toEqual(
      expect.arrayContaining([
        'alpha HAS_SOURCE alpha#s1',
        'alpha#s1 PUBLISHED_BY org:example-wire',
        'alpha#c0 CITES alpha#s2',
        'alpha#c1 SUPPORTS alpha#e0',
        'alpha#c0 SUPPORTS alpha#e0',
        'person:ada-example PARTICIPATED_IN alpha#e0',
        'alpha#e0 TOOK_PLACE_IN place:sample-city',
        'alpha#e0 CONCERNS agreement:sample-accord',
        'person:ada-example HOLDS_ROLE country:TST',
        'country:TST PARTY_TO agreement:sample-accord',
        'example NAMES person:ada-example',
      ]),
    );
    const nodes = await executor.read('admin/graph-dump-nodes');
    const person = nodes.find((n) => n.key === 'person:ada-example');
    expect([...(person?.labels as string[])].sort()).toEqual(['Entity', 'Person']);
  });

  it('is idempotent: the same story again, skipped or force-rewritten, leaves the graph identical', async () => {
    await loadGraphs(executor, [makeResolvedGraph('alpha'), makeResolvedGraph('beta')]);
    const first = await snapshotGraph(executor);
    const again = await loadGraphs(executor, [makeResolvedGraph('alpha')]);
    expect(again.stories[0]?.status).toBe('unchanged');
    const forced = await loadGraphs(executor, [makeResolvedGraph('alpha'), makeResolvedGraph('beta')], { force: true });
    expect(forced.stories.map((s) => s.status)).toEqual(['updated', 'updated']);
    expect(await snapshotGraph(executor)).toEqual(first);
  });

  it('replaces a changed story and prunes entities only its old version supported', async () => {
    await loadGraphs(executor, [makeResolvedGraph('beta')]);
    const betaOnly = await snapshotGraph(executor);
    await executor.write('admin/delete-all');
    await loadGraphs(executor, [makeResolvedGraph('beta', { hash: 'v1', extraClaim: true })]);
    expect((await executor.read('admin/graph-dump-nodes')).some((n) => n.key === 'country:OTH')).toBe(true);
    const updated = await loadGraphs(executor, [makeResolvedGraph('beta', { hash: `hash-beta` })]);
    expect(updated.stories[0]?.status).toBe('updated');
    expect(updated.prunedEntities).toBe(1);
    expect(await snapshotGraph(executor)).toEqual(betaOnly);
  });

  it('deletes a story and what only it supported, keeping what other stories share', async () => {
    await loadGraphs(executor, [makeResolvedGraph('alpha')]);
    const alphaOnly = await snapshotGraph(executor);
    await loadGraphs(executor, [makeResolvedGraph('gamma', { personId: 'person:gamma-only', extraClaim: true })]);
    const result = await deleteStories(executor, ['gamma']);
    expect(result).toEqual({ deleted: 1, prunedEntities: 2 });
    expect(await snapshotGraph(executor)).toEqual(alphaOnly);
  });

  it('takes back the aliases and lookup keys only a deleted story gave', async () => {
    await loadGraphs(executor, [makeResolvedGraph('alpha')]);
    const alphaOnly = await snapshotGraph(executor);
    const delta = makeResolvedGraph('delta');
    const person = delta.entities.find((e) => e.id === 'person:ada-example')!;
    person.aliases = [...person.aliases, 'Madam Example'];
    person.aliasKeys = [...person.aliasKeys, 'madam example'];
    await loadGraphs(executor, [delta]);
    const [withAlias] = await executor.read('read/alias-entities', { keys: ['madam example'] });
    expect(withAlias?.entity).toMatchObject({ id: 'person:ada-example', aliases: ['Ada Example', 'Madam Example', 'President Ada Example'] });
    await deleteStories(executor, ['delta']);
    expect(await executor.read('read/alias-entities', { keys: ['madam example'] })).toEqual([]);
    expect(await snapshotGraph(executor)).toEqual(alphaOnly);
  });

  it('writes the INVOLVES relationships load/merge-involvements derives from the graph (dev + held-out stories + 60 generated, batches of 10)', async () => {
    const heldout = join(__dirname, '../fixtures/heldout');
    const heldoutTexts = readdirSync(heldout).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(heldout, f), 'utf8'));
    const texts = [...devStories().map((s) => s.text), ...heldoutTexts, ...[...generateStories({ stories: 60, seed: 'involves' })].map((s) => s.text)];
    const graphs = texts.map((text) => {
      const result = runPipeline(text);
      if (!result.ok) throw new Error('a corpus story does not parse');
      return result.graph;
    });
    for (let i = 0; i < graphs.length; i += 10) await loadGraphs(executor, graphs.slice(i, i + 10));
    const loaded = await snapshotGraph(executor);
    expect(loaded.relationshipsByType?.INVOLVES).toBeGreaterThan(graphs.length * 3);
    // The held-out IOC story names a body of an organization ("IOC Executive Board"): its events involve the IOC too.
    expect(loaded.relationshipsByType?.PART_OF).toBeGreaterThanOrEqual(1);
    await executor.write('load/merge-involvements', { storyIds: graphs.map((g) => g.story.id) });
    expect(await snapshotGraph(executor)).toEqual(loaded);
    // PART_OF is provenance of the stories that state it: deleting them takes it away.
    const stating = graphs.filter((g) => g.partOf.length > 0).map((g) => g.story.id);
    await deleteStories(executor, stating);
    expect((await snapshotGraph(executor)).relationshipsByType?.PART_OF ?? 0).toBe(0);
  });

  it('does not depend on the order stories arrive in', async () => {
    const a = makeResolvedGraph('alpha');
    const b = makeResolvedGraph('beta');
    b.entities[0]!.aliases = ['Ada Example', 'Dr Ada Example'];
    await loadGraphs(executor, [a]);
    await loadGraphs(executor, [b]);
    const forward = await snapshotGraph(executor);
    await executor.write('admin/delete-all');
    await loadGraphs(executor, [b]);
    await loadGraphs(executor, [a]);
    expect(await snapshotGraph(executor)).toEqual(forward);
  });
});
