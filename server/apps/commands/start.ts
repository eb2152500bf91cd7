import { BourseError } from '../../kernel/errors.ts';
import type { CommandSpec } from '../flags.ts';
import { Side } from '../../kernel/types.ts';
import { formatDecimal } from '../../kernel/decimal.ts';
import { parsePinSpec } from '../runtime/pin.ts';
import { intervalIndex } from '../../mdp/candles.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import { Exchange, type ExchangeStats } from '../runtime/exchange.ts';
import { exchangeOptions, DEFAULT_SNAPSHOT_EVERY } from '../runtime/options.ts';
import { openStore } from '../../bars/open.ts';
import { BarsWriter } from '../../bars/writer.ts';
import { registerExchangeMetrics, startSlo } from '../runtime/exchange-metrics.ts';
import { sloConfig, loadSloConfig } from '../runtime/slo.ts';
import { Lat } from '../runtime/shared-stats.ts';
import { feedConfig, loadFeedConfig, feedConfigJson } from '../../multicast/config.ts';
import { startWeb } from '../runtime/web.ts';
import { loadCalendar, calendarInfo } from '../runtime/calendars.ts';
import { LiveCalendar } from '../runtime/sources.ts';
import { gatewayOptions } from '../../gateway/gateway.ts';
import { loadKeysFile } from '../../gateway/keys.ts';
import { startAdminServer } from '../runtime/admin.ts';
import { Progress, restartTiming } from '../runtime/progress.ts';
import { applyRetention, parseRetain, type RetainPolicy } from '../../sequencer/retention.ts';
import { join } from 'node:path';

export const start: CommandSpec = {
  name: 'start',
  summary: 'run the exchange (core and MDP threads) under the order-flow simulator; prints the live market',
  flags: {
    data: { kind: 'path', default: './data', help: 'data directory (the journal lives in DATA/journal)' },
    rate: { kind: 'int', default: 50_000, min: 0, max: 5_000_000, help: 'simulated inputs per second (0: none)' },
    symbols: { kind: 'int', default: 8, min: 1, max: 1000, help: 'instruments the simulator trades' },
    seed: { kind: 'int', default: 1, min: 0, max: 2 ** 32 - 1, help: 'simulator seed' },
    seconds: { kind: 'int', default: 0, min: 0, help: 'stop after this many seconds (0: run until Ctrl-C)' },
    show: { kind: 'int', default: 4, min: 0, max: 20, help: 'symbols shown in the live report' },
    pin: { kind: 'string', help: 'pin threads to CPU cores, e.g. core=0,mdp=1' },
    fsync: { kind: 'bool', default: true, help: 'fdatasync every group commit' },
    'snapshot-every': { kind: 'int', default: DEFAULT_SNAPSHOT_EVERY, min: 0, help: 'write an engine + MDP snapshot pair every N inputs (0: never): a restart replays at most about N inputs; the newest 3 are kept' },
    retain: { kind: 'string', default: 'archive:2GB', help: 'closed journal segments that no restart needs (before the newest snapshot pair): keep, prune (delete), archive (gzip into DATA/journal/archive, read by bourse replay) or archive:SIZE (the oldest archives beyond SIZE, e.g. 2GB, are deleted)' },
    'fail-linger-ms': { kind: 'int', default: 1000, min: 0, max: 60_000, help: 'after a thread fails, keep the HTTP server up this long (GET /readyz answers 503 "failed" with the code) before exiting with the failure' },
    port: { kind: 'int', default: 8080, min: 0, max: 65535, help: 'HTTP port of the API and dashboard (0: any free port)' },
    host: { kind: 'string', default: '127.0.0.1', help: 'address the HTTP server listens on' },
    store: { kind: 'string', help: 'bars store URL: postgres://... or sqlite:FILE (default DATA/bars.sqlite)' },
    feed: { kind: 'bool', default: true, help: 'publish the multicast feed (A/B, snapshots, retransmission) from the MDP thread' },
    'feed-config': { kind: 'path', help: 'multicast feed configuration file (default: the built-in loopback groups; with --role the feed is published only when this is given, by whichever node leads)' },
    role: { kind: 'string', choices: ['primary', 'standby'], help: 'run as an HA node over the replicated log (docs/replication.md)' },
    nats: { kind: 'string', help: 'with --role: NATS JetStream URLs, comma-separated (omitted: standalone primary, no replication)' },
    'publish-nats': { kind: 'string', help: 'also publish the multicast feed on NATS core subjects for relay nodes (bourse relay --nats), as bourse bridge does: NATS URLs, comma-separated (docs/relay-nodes.md)' },
    ack: { kind: 'string', choices: ['local', 'majority'], help: 'with --role: ack after local fsync, or after fsync + the log\'s majority (default with --nats)' },
    slo: { kind: 'path', help: 'SLO objectives (JSON; docs/metrics.md, example infra/slo.json); default: the built-in objectives' },
    'gateway-port': { kind: 'int', min: 0, max: 65535, help: 'run the order-entry gateway on this TCP port (docs/order-entry.md; 0: any free port)' },
    'gateway-host': { kind: 'string', default: '127.0.0.1', help: 'address the gateway listens on' },
    keys: { kind: 'path', help: 'API keys file (public keys; bourse keygen) registered by sequenced commands before the gateway listens' },
    'gateway-rate': { kind: 'int', default: 1_000_000, min: 1, max: 100_000_000, help: 'orders/s of a firm whose key names no rate (token bucket)' },
    'fix-port': { kind: 'int', min: 0, max: 65535, help: 'with --gateway-port: also serve FIX 4.4 on this TCP port (docs/order-entry.md#fix-44; session store DATA/fix; with --role the leader serves it, the store replicated: docs/replication.md)' },
    'max-malformed': { kind: 'int', default: 3, min: 1, max: 1000, help: 'malformed frames that close an order-entry session' },
    'gateway-warmup': { kind: 'int', default: 0, min: 0, max: 10_000_000, help: 'NewOrders the gateway runs through a scratch pipeline before it listens, so its code is compiled before the first broker\'s order (docs/order-entry.md "Ready before the open"; ~100,000 take ~1 s)' },
    'gateway-prefault': { kind: 'int', default: 0, min: 0, max: 65536, help: 'sessions whose resend windows (and snapshot buffers) are committed before the gateway listens: no page faults in the first seconds of load; memory: up to 10 MiB each at the default 4 MiB window (window + its 1 MiB frame index, twice with snapshot buffers)' },
    calendar: { kind: 'string', default: '24x7', help: 'trading calendar the core follows: 24x7, us-equities or a JSON file (docs/calendar.md); each phase change is sequenced as SET_PHASE for every symbol' },
    'calendar-speed': { kind: 'int', default: 1, min: 1, max: 1_000_000, help: 'calendar time runs this many times faster than the wall clock from the start (1: real time; a test and demo hook, docs/calendar.md)' },
  },
  async run(flags) {
    if (flags['fix-port'] !== undefined && flags['gateway-port'] === undefined) throw new BourseError('CLI_FIX_PORT', 'give --gateway-port too');
    if (flags.role) return (await import('../ha-cli.ts')).runHaNode(flags);
    const slo = flags.slo ? loadSloConfig(flags.slo as string) : sloConfig();
    const retain = parseRetain(flags.retain as string);
    const feedCfg = flags.feed ? (flags['feed-config'] ? loadFeedConfig(flags['feed-config'] as string) : feedConfig()) : undefined;
    // Loaded here first: a bad calendar is CALENDAR_BAD / INPUT_FILE before any thread starts.
    const calendar = loadCalendar(flags.calendar as string);
    const calendarEpochUs = Math.floor(Date.now() * 1000);
    const calendarSpeed = flags['calendar-speed'] as number;
    const options = exchangeOptions({
      calendar: flags.calendar as string, calendarSpeed, calendarEpochUs,
      data: flags.data as string,
      rate: flags.rate as number,
      symbols: flags.symbols as number,
      seed: flags.seed as number,
      fsync: flags.fsync as boolean,
      snapshotEvery: flags['snapshot-every'] as number,
      pin: flags.pin ? parsePinSpec(flags.pin as string) : {},
      feed: feedCfg as Record<string, unknown> | undefined,
      gateway: flags['gateway-port'] === undefined ? undefined : gatewayOptions({
        host: flags['gateway-host'] as string, port: flags['gateway-port'] as number, defaultRate: flags['gateway-rate'] as number,
        maxMalformed: flags['max-malformed'] as number, fixPort: flags['fix-port'] as number | undefined, fixStore: join(flags.data as string, 'fix'), keys: flags.keys ? loadKeysFile(flags.keys as string) : [],
        warmupOrders: flags['gateway-warmup'] as number, prefaultWindows: flags['gateway-prefault'] as number,
      }),
    });
    // The bars writer sees the MD stream from the first record (the replayed history too: its
    // writes are idempotent upserts), so it is handed to the exchange at start.
    const store = await openStore({ data: options.data, url: flags.store as string | undefined });
    const writer = new BarsWriter({ store, currency: feedCfg?.currency, onError: (e) => console.error(`bourse: bars store: ${e.message}`) });
    let x: Exchange | undefined;
    let srv: Awaited<ReturnType<typeof startWeb>> | undefined;
    let admin: Awaited<ReturnType<typeof startAdminServer>> | undefined;
    let failure: unknown;
    // SIGINT/SIGTERM from the live loop to the exit: one listener, its action set by the phase.
    let signals: Signals | undefined;
    let stopSlo: (() => void) | undefined;
    let bridge: { close(): Promise<void> } | undefined;
    try {
      let progress: Progress | undefined;
      x = await Exchange.start(options, [(f64, i32, first, count) => writer.onRecords(f64, i32, first, count)], (ev) => {
        if (ev.type === 'recovering') {
          console.log(`bourse: recovery: engine from ${ev.engineSeq ? `snapshot at seq ${ev.engineSeq}` : 'seq 1'}, MDP from ${ev.mdpSeq ? `snapshot at seq ${ev.mdpSeq}` : 'seq 1 (no MDP snapshot)'}, journal ends at seq ${ev.toSeq}`);
          progress = new Progress('bourse start: recovery', ev.toSeq, { from: ev.engineSeq });
        } else progress?.update(ev.seq, ev.to);
      });
      const rec = x.recovery;
      for (const why of rec.skipped) console.error(`bourse start: snapshot not used: ${why}`);
      if (progress) progress.done(x.recoveredSeq, `${rec.replayed} inputs replayed`);
      if (x.truncatedBytes > 0) console.error(`bourse: journal ${options.data}/journal: truncated a torn tail of ${x.truncatedBytes} bytes (an unacknowledged commit)`);
      // The operators' channel for accounts, KYC, limits and the kill switch (docs/accounts.md).
      admin = await startAdminServer(x, options.data);
      console.log(`bourse: admin socket ${admin.path} (mode 0600: bourse accounts ... --data ${options.data})`);
      srv = await startWeb({
        market: x.market, source: x, store, writer, host: flags.host as string, port: flags.port as number,
        feedConfig: feedCfg ? feedConfigJson(feedCfg) : undefined, relayLatency: x.latency[Lat.recordToWs],
        metrics: (m) => {
          registerExchangeMetrics(m, x!);
          stopSlo = startSlo(m, x!, slo);
        },
        pipeline: () => {
          const e = x?.error;
          return e ? { ok: false, code: e.code, detail: e.message } : { ok: true, code: '', detail: '' };
        },
        calendar: () => {
          const clock = new LiveCalendar(calendar, calendarSpeed, calendarEpochUs);
          return calendarInfo(calendar, clock.calUs(Date.now() * 1000), (u) => clock.wallUs(u));
        },
      });
      console.log(restartTiming(x.recovery));
      if (flags['publish-nats']) bridge = await startNatsBridge(flags['publish-nats'] as string, feedCfg);
      const stopRetention = retention(join(options.data, 'journal'), retain);
      signals = new Signals();
      try {
        await runLive(x, signals, srv.url, store, feedCfg !== undefined, options, flags.seconds as number, flags.show as number);
      } finally {
        await stopRetention();
      }
    } catch (e) {
      failure = e;
    }
    // Whatever happened, stop the threads and close the server and the store, then report: a
    // thread's failure reaches the CLI with its code (bourse start: CODE: message, exit non-zero).
    // A signal during the shutdown, or a shutdown past STOP_GRACE_MS, ends the process at once
    // (STOP_FORCED): SIGINT and SIGTERM always stop `bourse start`.
    const force = (why: string) => {
      // A thread's failure keeps its code: the signal only cut its stop (and linger) short.
      const f = x?.error ?? failure;
      const e = f instanceof BourseError ? f : new BourseError('STOP_FORCED', why);
      console.error(`bourse start: ${e.message}`);
      process.exit(2);
    };
    /** The operator asked to stop (SIGINT/SIGTERM) before the shutdown: a failed thread's linger is skipped. */
    const signalled = (signals?.received ?? 0) > 0;
    const sigs = signals ?? new Signals(); // none yet when the start itself failed
    sigs.on((sig) => force(`${sig} while stopping`));
    const watchdog = setTimeout(() => force(`the threads did not stop within ${STOP_GRACE_MS} ms`), STOP_GRACE_MS);
    watchdog.unref();
    stopSlo?.();
    await admin?.close();
    await bridge?.close().catch(() => undefined);
    const end = await x?.stop().catch((e: unknown) => void (failure ??= e));
    clearTimeout(watchdog);
    // A failed thread: /readyz says so (503 "failed", with the code) for a moment before the port
    // goes, so a balancer's probe or an operator's curl sees why rather than a refused connection.
    // A Ctrl-C or SIGTERM cuts the linger short.
    const linger = flags['fail-linger-ms'] as number;
    if (x?.error && srv && linger > 0 && !signalled) {
      await new Promise<void>((r) => {
        const t = setTimeout(r, linger);
        sigs.on(() => {
          clearTimeout(t);
          r();
        });
      });
    }
    sigs.on((sig) => force(`${sig} while closing`));
    await srv?.close().catch((e: unknown) => void (failure ??= e));
    await writer.close().catch((e: unknown) => console.error(`bourse: bars store: ${e instanceof Error ? e.message : String(e)}`));
    await store.close().catch(() => undefined);
    sigs.close();
    if (failure !== undefined) throw failure;
    if (end) console.log(`bourse: stopped at seq ${end.lastSeq}, md seq ${end.mdSeq}`);
  },
};

/**
 * SIGINT and SIGTERM through one listener from the live loop to the exit; each phase sets what a
 * signal does. Swapping listeners between phases lost signals: Node closes its signal handle with
 * the last listener, so a signal caught but not yet dispatched when a phase ended was dropped
 * (a SIGTERM during the threads' stop then left the process in a failure's linger).
 */
class Signals {
  /** Signals received so far. */
  received = 0;
  private action: (sig: string) => void = () => undefined;
  private readonly listener = (sig: string): void => {
    this.received++;
    this.action(sig);
  };

  constructor() {
    process.on('SIGINT', this.listener);
    process.on('SIGTERM', this.listener);
  }

  on(action: (sig: string) => void): void {
    this.action = action;
  }

  close(): void {
    process.off('SIGINT', this.listener);
    process.off('SIGTERM', this.listener);
  }
}

/** The exchange's own feed, republished on NATS in this process (the same as `bourse bridge`). */
async function startNatsBridge(urls: string, cfg: ReturnType<typeof feedConfig> | undefined): Promise<{ close(): Promise<void> }> {
  if (!cfg) throw new BourseError('RELAY_BAD_OPTION', '--publish-nats needs the multicast feed (drop --feed false)');
  const [{ FeedBridge, natsConnect }, { parseFeedConfig }] = await Promise.all([import('../runtime/nats-feed.ts'), import('../../feed-client/index.ts')]);
  const json = feedConfigJson(cfg);
  const nc = await natsConnect(urls, `bourse-start-${process.pid}`);
  const b = await FeedBridge.start({ nc, config: parseFeedConfig(json), configJson: json });
  console.log(`bourse: feed published on NATS (${urls}) under bourse.md.*`);
  return { close: async () => { await b.close(); await nc.close(); } };
}

/**
 * The disk budget: the retention policy applied to the closed segments every 10 s (and at once),
 * on this thread's event loop (zlib on the thread pool). A failure is said once per distinct
 * message and retried; it never stops the exchange. Returns a stop that waits for a pass under way.
 */
function retention(journalDir: string, policy: RetainPolicy): () => Promise<void> {
  if (policy.mode === 'keep') return async () => undefined;
  let running: Promise<void> = Promise.resolve();
  let lastError = '';
  const pass = () => {
    running = running.then(async () => {
      try {
        const r = await applyRetention(journalDir, policy);
        if (r.archived + r.pruned + r.dropped > 0) console.log(`bourse: retention ${policy.mode}: ${r.archived} segment(s) archived, ${r.pruned} pruned, ${r.dropped} old archive(s) dropped; ${Math.round(r.bytesFreed / 1e6)} MB freed`);
        lastError = '';
      } catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        if (msg !== lastError) console.error(`bourse: retention: ${msg}`);
        lastError = msg;
      }
    });
  };
  pass();
  const t = setInterval(pass, 10_000);
  return async () => {
    clearInterval(t);
    await running;
  };
}

/** Longest the threads may take to stop and flush before the process ends anyway. */
const STOP_GRACE_MS = 30_000;

/** The live report, once a second, until Ctrl-C, --seconds, or a thread fails (at once). */
async function runLive(x: Exchange, signals: Signals, url: string, store: { kind: string; location: string }, feed: boolean, options: { data: string; symbols: number; rate: number }, seconds: number, show: number): Promise<void> {
  const r = x.recovery;
  console.log(`bourse: Node.js ${process.versions.node}; journal ${options.data}/journal, recovered to seq ${x.recoveredSeq}; engine snapshot ${r.snapshotSeq}, MDP snapshot ${r.mdpSeq}${x.options.gateway ? `, gateway snapshot ${r.gatewaySeq ?? 0}` : ''}, ${r.replayed} inputs replayed in ${(r.ms / 1000).toFixed(2)} s; bars store ${store.kind} ${store.location}`);
  console.log(`bourse: dashboard ${url}/   API ${url}/api/v1/docs   metrics ${url}/metrics`);
  if (x.fixPort !== undefined) console.log(`bourse: FIX 4.4 acceptor on tcp port ${x.fixPort} (SenderCompID = key id, TargetCompID = BOURSE; docs/order-entry.md)`);
  if (x.gatewayPort !== undefined) console.log(`bourse: order-entry gateway on tcp port ${x.gatewayPort} (npx bourse order --gateway 127.0.0.1:${x.gatewayPort} --key KEYFILE buy AAPL 100 @ 190.00)`);
  const gw = x.options.gateway;
  if (x.gatewayPort !== undefined && gw && (gw.warmupOrders > 0 || gw.prefaultWindows > 0)) {
    const c = await x.gatewayCounters();
    if (c) console.log(`bourse: gateway ready before listening: ${c.warmupOrders ?? 0} warm-up orders in ${((c.warmupMs ?? 0) / 1000).toFixed(2)} s, ${c.prefaultedWindows ?? 0} sessions' windows committed in ${((c.prefaultMs ?? 0) / 1000).toFixed(2)} s`);
  }
  if (feed && x.feed) console.log(`bourse: multicast feed session ${x.feed.sessionId}: discovery ${url}/api/v1/feed (npx bourse feed-config), retransmission tcp port ${x.feed.retransmitPort ?? '-'}`);
  for (const p of x.pins) console.log(`bourse: pin ${p.role}: ${p.result.ok ? `thread ${p.result.tid} on cpu ${p.result.cpu}` : p.result.reason}`);
  console.log(`bourse: ${options.symbols} symbols at ${options.rate} inputs/s; Ctrl-C stops`);
  let stop = false;
  let wake: () => void = () => undefined;
  signals.on(() => {
    stop = true;
    wake();
  });
  void x.failed.then(() => wake());
  const t0 = performance.now();
  const limit = seconds * 1000;
  let last = x.stats();
  let lastT = t0;
  while (!stop && !x.error && (limit === 0 || performance.now() - t0 < limit)) {
    const ms = Math.min(1000, limit > 0 ? Math.max(1, limit - (performance.now() - t0)) : 1000);
    await new Promise<void>((r) => {
      const t = setTimeout(r, ms);
      wake = () => {
        clearTimeout(t);
        r();
      };
    });
    if (x.error) break;
    const now = performance.now();
    const s = x.stats();
    if (now - lastT >= 900) {
      console.log(report(x.market, s, last, (now - lastT) / 1000, show));
      last = s;
      lastT = now;
    }
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function report(m: MarketState, s: ExchangeStats, prev: ExchangeStats, secs: number, show: number): string {
  const lines = [`inputs/s ${fmt((s.lastSeq - prev.lastSeq) / secs)}  events/s ${fmt((s.events - prev.events) / secs)}  md/s ${fmt((s.mdRecords - prev.mdRecords) / secs)}  resting ${fmt(s.resting)}  seq ${s.lastSeq}  md seq ${s.lastMdSeq}`];
  const m1 = intervalIndex('1m');
  for (const inst of [...m.instruments.values()].slice(0, show)) {
    const px = (p: number | undefined) => (p === undefined ? '-' : formatDecimal(p, inst.priceDecimals));
    const bid = m.depth(inst.symbol, Side.Buy, 1)[0];
    const ask = m.depth(inst.symbol, Side.Sell, 1)[0];
    const trades = m.trades(inst.symbol, 3).map((t) => `${t.qty}@${px(t.price)}`).join(' ');
    const bar = m.currentBar(inst.symbol, m1);
    const candle = bar ? `1m O ${px(bar.open)} H ${px(bar.high)} L ${px(bar.low)} C ${px(bar.close)} V ${bar.volume}` : '1m -';
    lines.push(`  ${inst.name.padEnd(6)} ${String(bid?.qty ?? 0).padStart(7)} ${px(bid?.price).padStart(9)} x ${px(ask?.price).padEnd(9)} ${String(ask?.qty ?? 0).padEnd(7)} | ${candle} | ${trades}${inst.status === 2 ? ' HALTED' : ''}`);
  }
  return lines.join('\n');
}
