/**
 * `bourse relay`: a standalone relay node — WebSocket relay, dashboard and live API fed by the
 * multicast feed (`--feed-config`) or by NATS subjects (`--nats`, from `bourse bridge`); and
 * `bourse bridge`: the multicast feed published on NATS (docs/relay-nodes.md). Both print a
 * ready line, then a key=value stats line every second (for scripts and tests).
 */
import type { CommandSpec, Flags } from '../flags.ts';
import { BourseError } from '../../kernel/errors.ts';
import { readConfig } from './feed.ts';
import type { FeedEvent, FeedLines } from '../../feed-client/index.ts';

function list(flags: Flags, name: string): string[] {
  const v = flags[name] as string | undefined;
  return v ? v.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

const SEMI_SPACE_FLAG = '--max-semi-space-size';
/** Set in the child of rerunWithSemiSpace. */
const RERUN_ENV = 'BOURSE_RELAY_RERUN';

/** In the child of rerunWithSemiSpace: stop (as on SIGTERM) when the parent is gone, however it went. */
function exitWithParent(): void {
  if (process.env[RERUN_ENV] !== '1' || !process.channel) return;
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

/** The young generation's semi-space (MiB) V8 was started with in this process, 0 when its default. */
function semiSpaceMb(): number {
  const a = process.execArgv.find((x) => x.startsWith(`${SEMI_SPACE_FLAG}=`)) ?? (process.env.NODE_OPTIONS ?? '').split(/\s+/).find((x) => x.startsWith(`${SEMI_SPACE_FLAG}=`));
  return a ? Number(a.slice(SEMI_SPACE_FLAG.length + 1)) : 0;
}

/**
 * Runs this same command again in a child node with `--max-semi-space-size=mb` (V8 reads it only
 * when the heap is made: v8.setFlagsFromString comes too late), forwarding signals; resolves with
 * its exit status.
 */
async function rerunWithSemiSpace(mb: number): Promise<number> {
  const { spawn } = await import('node:child_process');
  // An IPC channel only to tell the child when this process is gone (SIGKILL cannot be forwarded).
  const child = spawn(process.execPath, [...process.execArgv, `${SEMI_SPACE_FLAG}=${mb}`, process.argv[1]!, ...process.argv.slice(2)], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [RERUN_ENV]: '1' } });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => child.kill(sig));
  const { constants } = await import('node:os');
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))));
}

function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

export const relay: CommandSpec = {
  name: 'relay',
  summary: 'run a relay node: WebSocket relay, dashboard and live API fed by the multicast feed or by NATS',
  flags: {
    'feed-config': { kind: 'string', help: 'discovery document (URL such as http://exchange:8080/api/v1/feed, or a file): follow the multicast feed' },
    nats: { kind: 'string', help: 'NATS URLs (nats://h:p,...): follow the feed over NATS subjects published by bourse bridge' },
    prefix: { kind: 'string', default: 'bourse.md', help: 'NATS subject prefix' },
    port: { kind: 'int', default: 8090, min: 0, max: 65535, help: 'TCP port (0: any free port; the URL is printed)' },
    host: { kind: 'string', default: '127.0.0.1', help: 'address to listen on (0.0.0.0: every interface)' },
    store: { kind: 'string', help: 'bars store for /api/v1/bars, read-only (postgres://user@host:port/db); default: none' },
    'allowed-origins': { kind: 'string', help: 'comma-separated origins (https://host[:port]) allowed to open a WebSocket; default: any' },
    cors: { kind: 'string', help: 'comma-separated origins the API sends CORS headers to, or * for any; default: none' },
    interface: { kind: 'string', help: 'local IPv4 address whose interface joins the multicast groups' },
    'feed-lines': { kind: 'string', choices: ['a', 'ab'], default: 'a', help: 'incremental lines to join: a (A only: half the datagrams to receive; a lost packet is recovered by retransmission, then snapshot) or ab (A and B, the first copy wins: for a network that drops)' },
    'max-connections': { kind: 'int', default: 10_000, min: 1, max: 1_000_000, help: 'WebSocket connections at most' },
    'max-per-address': { kind: 'int', default: 32, min: 1, max: 1_000_000, help: 'WebSocket connections per remote address at most' },
    'write-share': { kind: 'int', default: 50, min: 1, max: 100, help: 'largest % of the time spent writing to clients: a long flush delays the next (100: flush every 10 ms whatever it costs)' },
    'target-load': { kind: 'int', default: 90, min: 10, max: 100, help: 'busiest % of the time the relay thread should be (input + writes): above it the write share steps down (100: off)' },
    'round-trades': { kind: 'int', default: 20, min: 0, max: 1_000_000, help: 'trades one round\'s JSON update carries per symbol, the newest; the update says how many it omitted (0: every trade)' },
    'young-mb': { kind: 'int', default: 8, min: 0, max: 1024, help: 'V8 young-generation semi-space, MiB (node --max-semi-space-size; the relay runs itself again with it unless node already has it): each scavenge pauses the relay for the young objects that survive, and V8\'s default grows it to 64 MiB (75-90 ms pauses at 1,000 clients); 0: V8\'s default' },
    'flush-slice': { kind: 'int', default: 0, min: 0, max: 10_000, help: 'longest ms one flush writes to clients; the rest wait, oldest first, for the next flush (0: every client in one flush)' },
  },
  async run(flags) {
    const feedConfig = flags['feed-config'] as string | undefined;
    const nats = flags.nats as string | undefined;
    if ((feedConfig === undefined) === (nats === undefined)) throw new BourseError('RELAY_BAD_OPTION', 'give exactly one of --feed-config URL (multicast) and --nats URLS');
    const youngMb = flags['young-mb'] as number;
    if (youngMb > 0 && semiSpaceMb() === 0) return rerunWithSemiSpace(youngMb);
    exitWithParent();
    const [{ RelayNode }, { checkOrigin }, { checkPrefix }, { GcStats }] = await Promise.all([
      import('../runtime/relay-node.ts'), import('../../relay/options.ts'), import('../runtime/nats-feed.ts'), import('../runtime/gc-stats.ts'),
    ]);
    const gc = new GcStats();
    const allowedOrigins = list(flags, 'allowed-origins').map((o) => checkOrigin(o, 'RELAY_BAD_OPTION'));
    const corsList = list(flags, 'cors');
    const cors = corsList.length === 0 ? undefined : { origins: corsList.includes('*') ? ['*'] : corsList.map((o) => checkOrigin(o, 'RELAY_BAD_OPTION')) };
    const prefix = checkPrefix(flags.prefix as string);
    const feedLines = flags['feed-lines'] as FeedLines;
    const config = feedConfig ? await readConfig(feedConfig) : undefined;
    const node = await RelayNode.start({
      config, nats, prefix, host: flags.host as string, port: flags.port as number, store: flags.store as string | undefined, cors,
      interface: flags.interface as string | undefined,
      feedLines,
      relay: { allowedOrigins, maxConnections: flags['max-connections'] as number, maxConnectionsPerAddress: flags['max-per-address'] as number, writeSharePct: flags['write-share'] as number, flushSliceMs: flags['flush-slice'] as number, targetLoadPct: flags['target-load'] as number, maxRoundTrades: flags['round-trades'] as number },
      onStatus: (e: FeedEvent) => console.log(`relay: feed ${e.type} ${JSON.stringify(e)}`),
      onNats: (type: string, data: string) => console.log(`relay: nats ${type} ${data}`),
      onSnapshotReply: (channel: number, books: number, s: { requests: number; empty: number; failed: number }) =>
        console.log(`relay: nats snapshot channel=${channel} books=${books} requests=${s.requests} empty=${s.empty} failed=${s.failed}`),
    });
    // Before the ready line: whoever reads it may signal at once (the default action would kill the process mid-tick).
    const stop = untilSignal();
    console.log(`relay: listening on ${node.server.url} via=${node.via} session=${node.relay.session} store=${node.store.kind}:${node.store.location} pid=${process.pid} semi_space_mb=${semiSpaceMb()}`);
    const timer = setInterval(() => {
      const st = node.client.state()[0]!;
      const r = node.relay.stats();
      const c = node.client.counters();
      const l = node.takeLatency();
      const g = gc.sample();
      console.log(`relay: md_seq=${node.market.mdSeq} state=${st.state} feed_seq=${st.seq} connections=${r.connections} subscriptions=${r.subscriptions} updates=${r.updates} frames=${r.frames} bytes=${r.bytes} flushes=${r.flushes} flush_cpu_ms=${Math.round(r.flushCpuUs / 1000)} flush_wall_ms=${Math.round(r.flushWallUs / 1000)} flush_gap_ms=${Math.round(r.flushGapMs)} sliced_flushes=${r.slicedFlushes} queued=${r.queued} write_share=${r.writeSharePct} omitted_trades=${r.omittedTrades} ` +
        `records=${node.feed.stats.records} packets_a=${c.packetsA} packets_b=${c.packetsB} gaps=${c.gaps} recovered_rtx=${c.recoveredByRetransmission} recovered_snapshot=${c.recoveredBySnapshot} checksum_failures=${c.checksumFailures} ` +
        `in_p50_us=${l.inP50} in_p99_us=${l.inP99} flush_p50_us=${l.flushP50} flush_p99_us=${l.flushP99} round_p50_us=${l.roundP50} round_p99_us=${l.roundP99} ` +
        `gc_minor=${g.minor} gc_major=${g.major} gc_ms=${Math.round(g.us / 1000)} alloc_kb=${Math.round(g.allocBytes / 1024)} flush_alloc_kb=${Math.round(r.flushAllocBytes / 1024)} alloc_flushes=${r.allocFlushes}`);
    }, 1000);
    timer.unref();
    await stop;
    clearInterval(timer);
    gc.stop();
    await node.close();
    console.log('relay: stopped');
  },
};

export const bridge: CommandSpec = {
  name: 'bridge',
  summary: 'publish the multicast feed on NATS subjects (one per channel and stream) for relay nodes; answer discovery and retransmission requests',
  flags: {
    'feed-config': { kind: 'string', required: true, help: 'discovery document (URL or file) of the multicast feed to read' },
    nats: { kind: 'string', required: true, help: 'NATS URLs (nats://h:p,...)' },
    prefix: { kind: 'string', default: 'bourse.md', help: 'NATS subject prefix' },
    interface: { kind: 'string', help: 'local IPv4 address whose interface joins the multicast groups' },
  },
  async run(flags) {
    const { FeedBridge, natsConnect, checkPrefix } = await import('../runtime/nats-feed.ts');
    const prefix = checkPrefix(flags.prefix as string);
    const config = await readConfig(flags['feed-config'] as string);
    const nc = await natsConnect(flags.nats as string, `bourse-bridge-${process.pid}`);
    const b = await FeedBridge.start({ nc, config, configJson: config, prefix, interface: flags.interface as string | undefined });
    console.log(`bridge: ready prefix=${prefix} channels=${config.channels.map((c) => c.id).join(',')} nats=${flags.nats as string}`);
    const timer = setInterval(() => {
      const s = b.stats;
      const st = b.client?.state()[0];
      console.log(`bridge: published=${s.published} bytes=${s.bytes} retransmit_requests=${s.retransmitRequests} retransmit_failures=${s.retransmitFailures} config_requests=${s.configRequests} ` +
        `snapshot_requests=${s.snapshotRequests} snapshot_not_ready=${s.snapshotNotReady} state=${st?.state ?? 'none'} feed_seq=${st?.seq ?? 0}`);
    }, 1000);
    timer.unref();
    await untilSignal();
    clearInterval(timer);
    await b.close();
    await nc.close();
    console.log('bridge: stopped');
  },
};
