/**
 * `bourse start --role primary|standby [--nats URLS] [--ack local|majority] [--data DIR] ...`:
 * builds a validated, frozen HaNodeOptions from the start command's flags plus a few tuning
 * knobs from the environment (documented in docs/replication.md), runs the node until
 * SIGINT/SIGTERM or --seconds, and prints key=value lines the tests and benchmark read.
 *
 *   BOURSE_HA_NODE_ID            node id (default: DATA/ha/node-id, created once)
 *   BOURSE_HA_LEASE_TTL_MS       lease ttl (default 2000)
 *   BOURSE_HA_RENEW_MS           lease renew interval (default ttl / 5)
 *   BOURSE_HA_STREAM_MAX_MSGS    stream limit when this node creates the stream (default 0: none)
 *   BOURSE_HA_STREAM_MAX_AGE_MS  idem, by age (default 0: none)
 *   BOURSE_HA_SNAPSHOT_EVERY     inputs between snapshot uploads by the primary (default 1,000,000)
 *   BOURSE_HA_WARMUP_MS          ack latency is recorded from this long after leading starts (default 2000)
 *   BOURSE_HA_FIX_TRIMMED_OK=1      lead even when this node's FIX stores miss lines BOURSE_FIX no longer holds (FIX_LOG_TRIMMED)
 *   BOURSE_HA_LOCAL_SNAPSHOT_EVERY  local engine + MDP (+ gateway, with --gateway-port) snapshots every N inputs (default 1,000,000; 0: none;
 *                                   BOURSE_HA_GATEWAY_SNAPSHOT_EVERY is its older name)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Flags } from './flags.ts';
import { BourseError } from '../kernel/errors.ts';
import { DEFAULT_NAMES, parseServers } from '../replication/log.ts';
import { HaNode, type HaNodeOptions } from './runtime/ha-node.ts';
import { feedConfigJson, loadFeedConfig } from '../multicast/config.ts';
import { openStore } from '../bars/open.ts';
import { BarsWriter } from '../bars/writer.ts';
import { MarketState } from '../mdp/market-state.ts';
import type { RecordsSink } from '../mdp/mdp-agent.ts';
import type { RecordsListener } from '../relay/relay.ts';
import { startWeb } from './runtime/web.ts';
import { gatewayOptions } from '../gateway/gateway.ts';
import { loadKeysFile } from '../gateway/keys.ts';
import { adminSocketPath, startAdminServer } from './runtime/admin.ts';
import { HaAdmin } from './runtime/ha-admin.ts';
import { registerHaMetrics } from './runtime/ha-metrics.ts';
import { histogramBlock } from '../kernel/shared-histogram.ts';
import { LAT_COUNT } from './runtime/shared-stats.ts';
import { loadSloConfig, sloConfig } from './runtime/slo.ts';

/** The node id lives in DATA/ha/node-id: stable across restarts of the same data directory. */
export function nodeIdFor(dataDir: string, given?: string): string {
  const haDir = join(dataDir, 'ha');
  mkdirSync(haDir, { recursive: true });
  const file = join(haDir, 'node-id');
  if (given) {
    writeFileSync(file, given);
    return given;
  }
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const id = `n-${randomBytes(4).toString('hex')}`;
  writeFileSync(file, id);
  return id;
}

function envInt(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) throw new BourseError('HA_BAD_OPTION', `${name} must be an integer >= ${min}, not "${raw}"`);
  return n;
}

export function haOptions(flags: Flags, env: NodeJS.ProcessEnv = process.env, log: (s: string) => void = (s) => console.log(s)): HaNodeOptions {
  const role = flags.role as string;
  if (role !== 'primary' && role !== 'standby') throw new BourseError('HA_BAD_OPTION', `--role must be primary or standby, not "${role}"`);
  const servers = flags.nats ? parseServers(flags.nats as string) : undefined;
  if (!servers && role === 'standby') throw new BourseError('HA_BAD_OPTION', '--role standby needs --nats URLS (it follows the replicated log)');
  const ack = (flags.ack as string | undefined) ?? (servers ? 'majority' : 'local');
  if (ack !== 'local' && ack !== 'majority') throw new BourseError('HA_BAD_OPTION', `--ack must be local or majority, not "${ack}"`);
  if (ack === 'majority' && !servers) throw new BourseError('HA_BAD_OPTION', '--ack majority needs --nats URLS (there is no majority without the log)');
  const dataDir = (flags.data as string | undefined) ?? './data';
  const ttl = envInt(env, 'BOURSE_HA_LEASE_TTL_MS', 2000, 200);
  const renew = envInt(env, 'BOURSE_HA_RENEW_MS', Math.floor(ttl / 5), 10);
  return Object.freeze({
    role,
    servers,
    dataDir,
    ack,
    fsync: flags.fsync === undefined ? true : (flags.fsync as boolean),
    nodeId: nodeIdFor(dataDir, env.BOURSE_HA_NODE_ID || undefined),
    names: DEFAULT_NAMES,
    limits: Object.freeze({ maxMsgs: envInt(env, 'BOURSE_HA_STREAM_MAX_MSGS', 0, 0), maxAgeMs: envInt(env, 'BOURSE_HA_STREAM_MAX_AGE_MS', 0, 0), replicas: 3 }),
    leaseTtlMs: ttl,
    renewMs: renew,
    rate: (flags.rate as number | undefined) ?? 50_000,
    symbols: (flags.symbols as number | undefined) ?? 8,
    seed: (flags.seed as number | undefined) ?? 1,
    seconds: (flags.seconds as number | undefined) ?? 0,
    snapshotEvery: envInt(env, 'BOURSE_HA_SNAPSHOT_EVERY', 1_000_000, 0),
    warmupMs: envInt(env, 'BOURSE_HA_WARMUP_MS', 2000, 0),
    fixTrimmedOk: env.BOURSE_HA_FIX_TRIMMED_OK === '1',
    localSnapshotEvery: env.BOURSE_HA_LOCAL_SNAPSHOT_EVERY ? envInt(env, 'BOURSE_HA_LOCAL_SNAPSHOT_EVERY', 1_000_000, 0) : envInt(env, 'BOURSE_HA_GATEWAY_SNAPSHOT_EVERY', 1_000_000, 0),
    // An HA pair shares one feed configuration; it is published by whichever node leads.
    feed: flags['feed-config'] && flags.feed !== false ? loadFeedConfig(flags['feed-config'] as string) : undefined,
    log,
  });
}

/**
 * The `--role` branch of `bourse start`. The node serves the same API, dashboard, relay and bars
 * as `bourse start`, fed by its MDP agent. Each life of the node (boot, follow, lead, step down,
 * boot again) replays its journal, so the market the web side shows starts again from the first
 * record then, and WebSocket clients resync by the relay's sequence rules.
 */
export async function runHaNode(flags: Flags): Promise<number> {
  const o = haOptions(flags);
  const slo = flags.slo ? loadSloConfig(flags.slo as string) : sloConfig();
  const store = await openStore({ data: o.dataDir, url: flags.store as string | undefined });
  const writer = new BarsWriter({ store, currency: o.feed?.currency, onError: (e) => console.error(`bourse: bars store: ${e.message}`) });
  const market = new MarketState();
  const listeners: RecordsListener[] = [];
  const onRecords: RecordsSink = (f64, i32, first, count) => {
    market.applyRecords(f64, i32, first, count);
    writer.onRecords(f64, i32, first, count);
    for (const l of listeners) l(f64, i32, first, count);
  };
  // Order entry (docs/order-entry.md "HA"): every node folds the sessions, the leader listens.
  const gateway = flags['gateway-port'] === undefined ? undefined : gatewayOptions({
    host: flags['gateway-host'] as string, port: flags['gateway-port'] as number, defaultRate: flags['gateway-rate'] as number,
    maxMalformed: flags['max-malformed'] as number, keys: flags.keys ? loadKeysFile(flags.keys as string) : [],
    warmupOrders: flags['gateway-warmup'] as number, prefaultWindows: flags['gateway-prefault'] as number,
    // FIX (docs/replication.md "FIX on HA nodes"): the store DATA/fix, replicated through BOURSE_FIX.
    fixPort: flags['fix-port'] as number | undefined, fixStore: join(o.dataDir, 'fix'),
  });
  const adminPath = resolve(adminSocketPath(o.dataDir));
  const latency = histogramBlock(LAT_COUNT);
  let stopSlo: (() => void) | undefined;
  const node = new HaNode({ ...o, onRecords, onBoot: () => market.reset(), onMdpRestored: (seed) => market.seed(seed), adminPath, latency, ...(gateway ? { gateway } : {}) });
  // The operators' channel (docs/accounts.md): served by the leading life, refused naming the leader otherwise.
  node.admin = new HaAdmin(node);
  const admin = await startAdminServer(node.admin, o.dataDir);
  o.log(`ha: admin socket ${admin.path} (mode 0600: bourse accounts ... --data ${o.dataDir}; answered while this node leads)`);
  const srv = await startWeb({
    market, source: { onRecords: (l) => listeners.push(l) }, store, writer, host: flags.host as string, port: flags.port as number,
    feedConfig: o.feed ? feedConfigJson(o.feed) : undefined,
    metrics: (m) => {
      stopSlo = registerHaMetrics(m, node, market, latency, slo);
    },
  }).catch(async (e: unknown) => {
    // No API (port in use...): the node has not started; close the store and fail with the code.
    stopSlo?.();
    await admin.close();
    await writer.close().catch(() => {});
    await store.close().catch(() => {});
    throw e;
  });
  o.log(`ha: dashboard ${srv.url}/   API ${srv.url}/api/v1/docs   metrics ${srv.url}/metrics; bars store ${store.kind} ${store.location}`);
  const onSig = (): void => node.stop();
  process.once('SIGINT', onSig);
  process.once('SIGTERM', onSig);
  try {
    await node.run();
  } finally {
    process.off('SIGINT', onSig);
    process.off('SIGTERM', onSig);
    stopSlo?.();
    await admin.close();
    await srv.close().catch(() => {});
    await writer.close().catch(() => {});
    await store.close().catch(() => {});
    // Everything is closed; a handle some library left open must not keep a stopped node alive.
    setTimeout(() => process.exit(process.exitCode ?? 0), 3000).unref();
  }
  return 0;
}
