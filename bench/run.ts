/**
 * `npm run bench` runs every registered benchmark, one after the other; `npm run bench -- NAME
 * [NAME...]` runs those; `npm run bench -- --list` lists them. Each benchmark prints its own
 * table; the harness then prints its figures and writes bench/results/NAME.json
 * ({"name","date","node","cpu","figures"}) through bench/lib/results.ts.
 *
 * Adding a benchmark is one line in REGISTRY: a name and a function that loads the module
 * lazily (so one broken bench cannot stop the others from loading) and resolves to its figures.
 */
import { writeResult, type Figures } from './lib/results.ts';
import { printFigures } from './lib/table.ts';

export interface Bench {
  name: string;
  summary: string;
  run(): Promise<Figures>;
}

type Entry = readonly [name: string, summary: string, run: () => Promise<Figures>];

const REGISTRY: readonly Entry[] = [
  ['engine', 'matching engine vs nodejs-order-book, latency per op, journal and replay rates', async () => (await import('./engine.ts')).bench.run()],
  ['journal', 'durable input rate with group commit (fsync on), commit latency', async () => ({ ...(await (await import('./journal.ts')).measureJournal()) })],
  ['ring', 'engine -> MDP shared-memory ring hop between threads', async () => (await import('./ring.ts')).runRingBench()],
  ['mdp', 'MDP events/s; stamp -> MDP latency vs the bare ring hop, 50k/215k/max, free and pinned; metrics on vs off', async () => (await import('./mdp.ts')).runMdpBench()],
  ['bars', 'bars store and API 100k vs plain .all(), node:sqlite vs better-sqlite3 side by side; SQLite and PostgreSQL ingest', async () => (await import('./bars.ts')).bench.run()],
  ['feed', 'multicast feed: published msgs/s and datagrams/s on A+B vs the raw dgram ceiling; client latency and gaps', async () => (await import('./feed.ts')).runFeedBench()],
  ['ws', 'WebSocket relay: 1,000 clients on book + trades at 215k orders/s, staleness, memory, raw write ceiling', async () => (await import('./ws.ts')).runWsBench()],
  ['fairness', 'colocation fairness: spread between 8 feed-client subscribers receiving the same datagram', async () => (await import('./fairness.ts')).runFairnessBench()],
  ['metrics', 'cost of metrics: shared-memory histogram vs prom-client per observation, allocation, scrape time', async () => (await import('./metrics.ts')).runMetricsBench()],
  ['gateway', 'order entry over TCP: 64 sessions in a separate process at 215k orders/s, then at 100k (unsaturated, *_low), ack/fill latency at the client vs in-process stamp->ack, fairness, lost reports', async () => (await import('./gateway.ts')).runGatewayBench()],
  ['gateway-snapshot', 'the gateway thread\'s pause at a snapshot: serialised at once vs captured then copied in 256 KiB slices between loop turns (64 full 4 MiB windows)', async () => (await import('./gateway-snapshot.ts')).runGatewaySnapshotBench()],
  ['risk', 'engine apply with accounts and pre-trade risk in force vs off (and vs BASELINE=another checkout), same process', async () => (await import('./risk.ts')).runRiskBench()],
  ['relay', 'relay node alone in its process, fed by the multicast feed at 215k inputs/s: 1,000 and 10,000 clients, vs raw writes, RSS per idle client, NATS hop', async () => (await import('./relay.ts')).runRelayBench()],
  ['relay-input', "relay node's input path per feed message: in one process (decode, feed client, MarketState; an object per message or reused; heap bytes per message), then live from the replayed feed at 215k inputs/s (datagram receive alone, the whole path)", async () => (await import('./relay-input.ts')).runRelayInputBench()],
  ['recovery', 'bourse start on a 100M-input sim journal: ms to a serving /readyz from snapshots + tail (median of 5) vs the full replay', async () => (await import('./recovery.ts')).runRecoveryBench()],
  ['ha', 'replicated log: acked inputs/s and ack p50/p99 with replication on vs off at 215k/s, failover rto, lost acks', async () => (await import('./ha.ts')).runHaBench()],
  ['ha-snapshot', "an HA node's event-loop pause per local engine + MDP snapshot pair: files written on the loop (before) vs by the writer thread", async () => (await import('./ha-snapshot.ts')).runHaSnapshotBench()],
];

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--list') || argv.includes('--help')) {
    for (const [name, summary] of REGISTRY) console.log(`${name.padEnd(10)} ${summary}`);
    return 0;
  }
  const unknown = argv.filter((a) => !REGISTRY.some(([n]) => n === a));
  if (unknown.length > 0) {
    console.error(`unknown benchmark ${unknown.join(', ')}; known: ${REGISTRY.map(([n]) => n).join(', ')}`);
    return 2;
  }
  const chosen = argv.length > 0 ? REGISTRY.filter(([n]) => argv.includes(n)) : REGISTRY;
  let failed = 0;
  for (const [name, , run] of chosen) {
    console.log(`\n=== bench ${name} ===\n`);
    const t0 = performance.now();
    try {
      const figures = await run();
      printFigures(figures, `${name}: figures`);
      console.log(`wrote ${writeResult(name, figures)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failed++;
      console.error(`bench ${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
