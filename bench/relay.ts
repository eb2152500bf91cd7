/**
 * Bench `relay`: a relay node (`bourse relay`) alone in its own process, fed by the multicast
 * feed at the rate 215,000 inputs/s produce, with its WebSocket clients in another process.
 *
 *   npm run bench -- relay      (bench/run.ts writes bench/results/relay.json)
 *   BENCH_RELAY_SECONDS=10 BENCH_RELAY_CLIENTS=1000,10000 BENCH_RELAY_RATE=215000 npm run bench -- relay
 *   short A/B runs: BENCH_RELAY_CLIENTS=1000 BENCH_RELAY_NATS=0 BENCH_RELAY_IDLE_ROUNDS=0 BENCH_RELAY_RAW=0
 *   relay input: BENCH_RELAY_FEED_LINES=ab|a (`bourse relay --feed-lines`); rounds: BENCH_RELAY_ROUND_TRADES=N
 *   BENCH_RELAY_NICE=N: the relay's (and raw peer's) threads at nice N (default -10 when pinned; 0: off)
 *   client side: BENCH_RELAY_BULK=ws|lean (bench/lib/lean-ws.ts), BENCH_RELAY_BULK_NICE=N
 *   BENCH_RELAY_YOUNG_MB=N: the relay's `--young-mb` (default 8; 0: V8's default young generation)
 *   BENCH_RELAY_NODE_ARGS='--single-threaded-gc ...': more flags on the relay's node command line
 *
 * Processes (2 cores: the relay pinned alone on CPU 1 with taskset; the feed, the clients, the
 * raw server's peer and this process on CPU 0):
 *   feed     bench/relay-feed.ts: MdSim run ahead into packets (the feed's own Packetizer, on a
 *            synthetic clock of RATE inputs/s) between the windows, replayed at RATE during them
 *            by a send loop (exchange times and send_time_ns shifted to the replay's clock)
 *   relay    `bourse relay --feed-config FILE` (feed-client -> MarketState -> Relay)
 *   clients  bench/ws-clients.ts: N `ws` clients on book (depth 10) + trades of BUSY symbols
 *   raw      bench/relay-raw.ts: bare handshakes + one pre-framed frame written to every
 *            socket as fast as they take it (pinned on CPU 1 like the relay)
 *
 * Phases: idle clients (relay RSS per connection; the feed idle); for each N in CLIENTS the
 * clients connect while the feed idles (heartbeats) and its next segment is generated, then a
 * live phase (the segment played: relay updates/s from its own counters, its CPU seconds from
 * /proc, staleness at the sampled clients) then a raw phase in the same conditions (another
 * segment played, so the relay process takes the feed in on CPU 1 while the raw writer writes
 * there to the same N clients: `raw_with_feed` = 1); last, the NATS hop: a `bourse bridge` to a
 * local nats-server, and in this process two feed clients (multicast and NATS) pair each packet
 * by its send time: hop = NATS receipt - multicast receipt.
 *
 * Figures: relay_updates_per_s, relay_updates_per_cpu_s, p99_staleness_ms (exchange stamp ->
 * client receipt; the stamp is within flushUs of the feed's send time), relay_vs_raw,
 * rss_per_idle_client_kb, nats_hop_p99_us (1,000 clients; `_10k` suffix: 10,000 clients).
 */
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../server/multicast/config.ts';
import { parseFeedConfig, UdpTransport } from '../server/feed-client/index.ts';
import { peekHeader, Stream } from '../server/protocol/packet.ts';
import { NatsFeedTransport, natsConnect } from '../server/apps/runtime/nats-feed.ts';
import { Histogram } from '../server/kernel/histogram.ts';
import { BourseProc } from '../test/support/nats.ts';
import { feedTestConfig } from '../test/support/netns.ts';
import { freePort, freePorts } from '../test/support/ports.ts';
import { sleep } from '../test/support/wait.ts';
import type { Figures } from './lib/results.ts';
import { ask, canPin } from './lib/child.ts';
import { printTable } from './lib/table.ts';

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1]! : 0);
const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
const CLK_TCK = 100;

interface Generated {
  inputs: number;
  packets: number;
  messages: number;
  bytes: number;
  ms: number;
}
interface Played {
  inputs_per_s: number;
  msgs_per_s: number;
  late_p99_ms: number;
  late_max_ms: number;
  seconds: number;
  unshifted: number;
  cpu_pct: number;
}

interface ClientReport {
  frames: number;
  bytes: number;
  closed: number;
  closeCodes: Record<string, number>;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  n: number;
  sampledFrames: number;
  loopDelayP99: number;
  loopDelayMax: number;
}

/** BENCH_RELAY_PIN=0: the relay runs on any CPU (on a machine shared with other work, CPU 1 is not its own anyway). */
const pinRelay = canPin && env('BENCH_RELAY_PIN', 1) !== 0;
function pin(pid: number | undefined, cpu: number): void {
  if (canPin && pid) spawnSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' });
}

/** utime + stime of a process, seconds. */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
  return (Number(rest[11]) + Number(rest[12])) / CLK_TCK;
}

function rssKb(pid: number): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0);
}

/** ms the process's main thread (its event loop) spent runnable but waiting for a CPU (sched run delay, /proc/PID/schedstat). */
function runDelayMs(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
}

/** [ns on CPU, ns runnable but waiting, timeslices] of a process's main thread (/proc/PID/schedstat). */
function schedstat(pid: number): number[] {
  return readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(' ').map(Number);
}

/** CPU and run-queue figures of one bench process over a window: taken at its start, read at its end. */
function procWindow(pid: number | undefined): () => { cpuPct: number; waitPct: number; waitPerSliceUs: number } {
  if (!pid) return () => ({ cpuPct: 0, waitPct: 0, waitPerSliceUs: 0 });
  const c0 = cpuSeconds(pid);
  const s0 = schedstat(pid);
  const t0 = performance.now();
  return () => {
    const wall = (performance.now() - t0) / 1000;
    const s1 = schedstat(pid);
    const slices = Math.max(1, s1[2]! - s0[2]!);
    return {
      cpuPct: Math.round(((cpuSeconds(pid) - c0) / wall) * 100),
      waitPct: Math.round((s1[1]! - s0[1]!) / 1e7 / wall),
      waitPerSliceUs: Math.round((s1[1]! - s0[1]!) / 1e3 / slices),
    };
  };
}

/** The pid of ksoftirqd/CPU (undefined if not found). */
function ksoftirqd(cpu: number): number | undefined {
  const r = spawnSync('pgrep', ['-x', `ksoftirqd/${cpu}`], { encoding: 'utf8' });
  const pid = Number(r.stdout?.trim().split('\n')[0]);
  return pid > 0 ? pid : undefined;
}

/** The relay's latest stats line, as numbers. */
function relayCounters(p: BourseProc): Record<string, number> {
  const line = [...p.lines].reverse().find((l) => l.startsWith('relay: md_seq='));
  const out: Record<string, number> = {};
  for (const m of (line ?? '').matchAll(/(\w+)=(\d+)/g)) out[m[1]!] = Number(m[2]);
  return out;
}

/** Waits for the relay's next stats line and returns its counters with the time it came. */
async function nextCounters(p: BourseProc): Promise<{ c: Record<string, number>; t: number; cpu: number; waitMs: number }> {
  const n = p.lines.length;
  while (p.lines.slice(n).every((l) => !l.startsWith('relay: md_seq='))) await sleep(5);
  return { c: relayCounters(p), t: performance.now(), cpu: cpuSeconds(p.child.pid!), waitMs: runDelayMs(p.child.pid!) };
}

function forkClients(nice = 0): ChildProcess {
  const child = fork(new URL('./ws-clients.ts', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  pin(child.pid, 0);
  if (nice !== 0 && child.pid) renice(child.pid, nice);
  return child;
}

/** Sets the nice value of every thread of a process (Linux nice is per thread). */
function renice(pid: number, nice: number): void {
  for (const tid of readdirSync(`/proc/${pid}/task`)) spawnSync('renice', ['-n', String(nice), '-p', tid], { stdio: 'ignore' });
}

async function stopChild(child: ChildProcess): Promise<void> {
  const gone = new Promise((r) => child.once('exit', r));
  child.send({ cmd: 'stop' });
  await gone;
}

export async function runRelayBench(): Promise<Figures> {
  const seconds = env('BENCH_RELAY_SECONDS', 10);
  const rate = env('BENCH_RELAY_RATE', 215_000);
  const symbols = env('BENCH_RELAY_SYMBOLS', 200);
  const busy = env('BENCH_RELAY_BUSY', 4);
  const idle = env('BENCH_RELAY_IDLE', 2000);
  // BENCH_RELAY_CLIENTS=0: the idle phase only (RSS per idle connection).
  const counts = (process.env.BENCH_RELAY_CLIENTS ?? '1000,10000').split(',').map(Number).filter((n) => n > 0);
  const sample = env('BENCH_RELAY_SAMPLE', 20);
  const rawSeconds = 5;
  // BENCH_RELAY_BULK=ws: the bulk (not sampled) clients are `ws` clients, as before; lean (the
  // default): bench/lib/lean-ws.ts, which reads every byte and walks every frame header on the
  // same sockets at less CPU on the core they share with the feed and the sampled clients.
  const leanBulk = (process.env.BENCH_RELAY_BULK ?? 'ws') === 'lean';
  // BENCH_RELAY_BULK_NICE=N: the bulk clients' process runs at nice N (0: as the others), so the
  // sampled clients, which share CPU 0 with it, are not kept waiting behind the load generator.
  const bulkNice = env('BENCH_RELAY_BULK_NICE', 0);
  /** Connecting (handshake, 2 x BUSY subscriptions, their snapshots) stops after this long: the phase runs with those connected. */
  const connectS = env('BENCH_RELAY_CONNECT_S', 240);
  const log = (m: string) => console.log(`relay: ${m}`);
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-relay-'));
  // The replayed feed has no snapshot loop (bench/relay-feed.ts): every gap is filled by
  // retransmission, from a window that holds a whole played segment (4M messages, 256 MiB), in
  // requests of up to 1M messages (a relay that falls seconds behind loses that much from its socket).
  const input = feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort(), heartbeatMs: 1000, snapshotBooksPerSecond: 200, windowMessages: 4_000_000, maxMessagesPerRequest: 1_000_000 });
  (input.retransmission as Record<string, unknown>).windowBytes = 256 << 20;
  const pubFile = join(dir, 'publisher.json');
  const docFile = join(dir, 'feed.json');
  writeFileSync(pubFile, JSON.stringify(input));
  writeFileSync(docFile, JSON.stringify(feedConfigJson(feedConfig(input as FeedConfigInput))));
  const procs: { kill(sig?: NodeJS.Signals): void }[] = [];
  const figures: Figures = {};
  const rows: (string | number | undefined)[][] = [];
  try {
    // The feed: pre-generated packets replayed at RATE (bench/relay-feed.ts), pinned to CPU 0 with
    // the clients; the relay alone on CPU 1. It generates while clients connect (the feed idle:
    // heartbeats), and plays only during the measured windows.
    // startFeed(): a feed process at seq 1 (a new session). The NATS phase starts a second one, so
    // the bridge and its two feed clients join at seq 1 as the relay did, instead of recovering
    // millions of messages by retransmission before their first live packet.
    const startFeed = async () => {
      const proc = fork(new URL('./relay-feed.ts', import.meta.url), [pubFile, String(rate), String(symbols)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      procs.push(proc);
      pin(proc.pid, 0);
      await new Promise((r) => proc.once('message', r));
      return proc;
    };
    let feedProc = await startFeed();
    const gen = (secs: number) => ask<Generated>(feedProc, { cmd: 'gen', seconds: secs }, 'generated').then((g) => {
      log(`feed: generated ${secs} s: ${g.inputs} inputs, ${g.messages} messages in ${g.packets} packets (${(g.bytes / 1e6).toFixed(0)} MB) in ${(g.ms / 1000).toFixed(1)} s`);
      return g;
    });
    const play = () => ask<Played>(feedProc, { cmd: 'play' }, 'played').then((p) => {
      log(`feed: played ${p.seconds.toFixed(1)} s at ${p.inputs_per_s} inputs/s, ${p.msgs_per_s} msgs/s; send late p99 ${p.late_p99_ms} ms, max ${p.late_max_ms} ms, feed CPU ${p.cpu_pct}%${p.unshifted ? `; ${p.unshifted} times not shifted` : ''}`);
      return p;
    });
    await gen(2);
    // BENCH_RELAY_PROF=DIR: a V8 CPU profile of the relay process (written when it stops).
    const prof = process.env.BENCH_RELAY_PROF;
    // BENCH_RELAY_NODE_OPTIONS: more Node/V8 flags for the relay process alone.
    const relayOpts = `${process.env.NODE_OPTIONS ?? ''} ${prof ? `--cpu-prof --cpu-prof-dir=${prof}` : ''} ${process.env.BENCH_RELAY_NODE_OPTIONS ?? ''}`.trim();
    const relayEnv = relayOpts ? { NODE_OPTIONS: relayOpts } : {};
    const writeShare = env('BENCH_RELAY_WRITE_SHARE', 50);
    const flushSlice = env('BENCH_RELAY_FLUSH_SLICE', 0);
    const targetLoad = env('BENCH_RELAY_TARGET_LOAD', 90);
    // BENCH_RELAY_FEED_LINES=a|ab: the relay joins feed A alone (the relay's default since relayin) or A and B (`--feed-lines`).
    const feedLines = process.env.BENCH_RELAY_FEED_LINES ?? 'a';
    // BENCH_RELAY_ROUND_TRADES=N: trades per symbol a round's JSON update carries (`--round-trades`, 20 as the relay's default; 0: all).
    const roundTrades = env('BENCH_RELAY_ROUND_TRADES', 20);
    // BENCH_RELAY_NODE_ARGS: Node/V8 flags on the relay's own node command line (for those NODE_OPTIONS refuses, e.g. --min-semi-space-size=16).
    const relayNodeArgs = (process.env.BENCH_RELAY_NODE_ARGS ?? '').split(' ').filter(Boolean);
    // BENCH_RELAY_YOUNG_MB=N: the relay's young generation (`--young-mb`, 8 as the relay's default;
    // 0: V8's). Given on node's command line here, so the relay does not run itself again (this
    // process reads the relay's /proc by the pid it started).
    const youngMb = env('BENCH_RELAY_YOUNG_MB', 8);
    if (youngMb > 0) relayNodeArgs.push(`--max-semi-space-size=${youngMb}`);
    if (relayNodeArgs.length) log(`relay node args: ${relayNodeArgs.join(' ')}`);
    const relay = new BourseProc('relay', ['relay', '--feed-config', docFile, '--port', '0', '--max-connections', '20000', '--max-per-address', '20000', '--write-share', String(writeShare), '--flush-slice', String(flushSlice), '--target-load', String(targetLoad), '--feed-lines', feedLines, '--round-trades', String(roundTrades), '--young-mb', String(youngMb)], relayEnv, pinRelay ? ['taskset', '-c', '1'] : [], relayNodeArgs);
    procs.push(relay);
    const listening = await relay.waitFor(/^relay: listening on (\S+).* pid=(\d+)/, 60_000);
    const url = listening[1]!;
    if (Number(listening[2]) !== relay.child.pid) throw new Error(`the relay ran itself again (pid ${listening[2]}, started ${relay.child.pid}): its CPU figures would be the parent's`);
    // BENCH_RELAY_NICE=N (default -10 when pinned): the relay's threads (and the raw peer's) at
    // nice N, so on a machine shared with other work (a compiler, a test suite landing on CPU 1)
    // it is not kept waiting for its core, as a production relay on a core of its own would not
    // be. 0: as the others (before 2026-12-07 16:00 UTC).
    const relayNice = env('BENCH_RELAY_NICE', pinRelay ? -10 : 0);
    if (relayNice !== 0 && relay.child.pid) renice(relay.child.pid, relayNice);
    await sleep(500);
    await play(); // the first segment: ChannelReset (books empty) at seq 1, then 2 s of the flow
    await relay.waitFor(/^relay: feed live/, 60_000);
    const achieved: number[] = [];
    let names: string[] = [];
    for (let i = 0; i < 100 && names.length < busy; i++) {
      const r = (await (await fetch(`${url}/api/v1/instruments`)).json()) as { instruments: { name: string }[] };
      names = r.instruments.map((x) => x.name).slice(0, busy);
      if (names.length < busy) await sleep(200);
    }
    const ws = `${url.replace(/^http/, 'ws')}/ws`;
    const rpid = relay.child.pid!;

    // Idle connections: relay RSS per connection. The first round ("cold") also pays for the V8
    // heap growing under the connection storm (the young generation grows to its maximum, up to
    // ~100 MB, whatever the connections keep); the figure is the median of the rounds after it,
    // the cost of idle connections to a relay that has served connections before.
    const perIdle: number[] = [];
    // BENCH_RELAY_IDLE_ROUNDS=0 skips this phase (iterating on the live phases).
    const idleRounds = env('BENCH_RELAY_IDLE_ROUNDS', 4);
    for (let round = 0; round < idleRounds; round++) {
      await sleep(2000);
      const rss0 = rssKb(rpid);
      const idleClients = forkClients();
      await ask(idleClients, { cmd: 'start', url: ws, clients: idle, symbols: [], sample: 0, batch: 500 }, 'ready');
      await sleep(2000);
      const rss1 = rssKb(rpid);
      perIdle.push(Math.round(((rss1 - rss0) / idle) * 10) / 10);
      log(`idle round ${round + 1}: ${idle} connections, relay RSS ${rss0} -> ${rss1} KiB (${perIdle[round]} KiB each)`);
      await stopChild(idleClients);
    }
    if (perIdle.length > 0) {
      figures.rss_per_idle_client_kb_cold = perIdle[0]!;
      figures.rss_per_idle_client_kb = median(perIdle.length > 1 ? perIdle.slice(1) : perIdle);
    }

    const raw = fork(new URL('./relay-raw.ts', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    procs.push(raw);
    if (pinRelay) pin(raw.pid, 1);
    const rawPort = await new Promise<number>((r) => raw.once('message', (m: { port: number }) => r(m.port)));
    if (relayNice !== 0 && raw.pid) renice(raw.pid, relayNice); // the raw peer in the relay's conditions

    for (const n of counts) {
      const suffix = n === 1000 ? '' : `_${n >= 1000 ? `${n / 1000}k` : n}`;
      log(`${n} clients on ${names.join(', ')}`);
      // The sampled clients (staleness) in a process of their own, so that their receipt times
      // are not those of a process busy reading N sockets; the others in the bulk process.
      const probes = Math.min(n, sample);
      const clients = forkClients(bulkNice);
      const probe = forkClients();
      const tc = performance.now();
      // Connecting (handshakes, subscriptions, their snapshots) with the feed paused: on two
      // shared cores a relay folding the feed meanwhile opened 7,000 of 10,000 in 240 s. The
      // measured window starts after the feed resumed (BENCH_RELAY_CONNECT_PAUSED=0: connect live).
      // The next segment is generated meanwhile: 3 s of warm-up, the window, and slack.
      const generated = gen(3 + seconds + 3);
      const { connected: bulk } = await ask<{ connected: number }>(clients, { cmd: 'start', url: ws, clients: n - probes, symbols: names, sample: 0, batch: 250, deadlineMs: connectS * 1000, lean: leanBulk }, 'ready');
      const { connected: probed } = await ask<{ connected: number }>(probe, { cmd: 'start', url: ws, clients: probes, symbols: names, sample: probes, batch: probes }, 'ready');
      const connected = bulk + probed;
      figures[`clients_connected${suffix}`] = connected;
      log(`${connected} of ${n} clients connected and subscribed in ${((performance.now() - tc) / 1000).toFixed(0)} s`);
      await generated;
      const played = play();
      // The staleness p99 and the relay's collections by slice of the play: the 3 s warm-up, then
      // 5 s slices of the window (a cold relay pays in its first seconds: young GC, JIT).
      const slices: { p99: number; gcMs: number; gcs: number; allocKb: number }[] = [];
      let sliceFrom = relayCounters(relay);
      const slice = async () => {
        const sl = await ask<{ p99: number }>(probe, { cmd: 'slice' }, 'slice');
        const c = relayCounters(relay);
        slices.push({ p99: Math.round(sl.p99 * 10) / 10, gcMs: (c.gc_ms ?? 0) - (sliceFrom.gc_ms ?? 0), gcs: (c.gc_minor ?? 0) + (c.gc_major ?? 0) - (sliceFrom.gc_minor ?? 0) - (sliceFrom.gc_major ?? 0), allocKb: (c.alloc_kb ?? 0) - (sliceFrom.alloc_kb ?? 0) });
        sliceFrom = c;
      };
      await sleep(3000);
      await slice();
      probe.send({ cmd: 'reset' });
      const a = await nextCounters(relay);
      // CPU 0's processes over the same window: the feed's send loop, the bulk clients, the sampled ones.
      const onCpu0 = { feed: procWindow(feedProc.pid), bulk: procWindow(clients.pid), probe: procWindow(probe.pid) };
      // The kernel's deferred network work on each CPU (loopback TCP input that did not run inside the write(2) or read that caused it).
      const softirq = [0, 1].map((cpu) => procWindow(ksoftirqd(cpu)));
      const l0 = relay.lines.length;
      for (let left = seconds * 1000 - 500; left > 0; left -= 5000) {
        await sleep(Math.min(5000, left));
        await slice();
      }
      const b = await nextCounters(relay);
      for (const [k, x] of slices.entries()) {
        figures[`p99_staleness_ms_slice${k}${suffix}`] = x.p99;
        figures[`relay_gc_ms_slice${k}${suffix}`] = x.gcMs;
      }
      log(`${n}: by slice (warm-up 3 s, then 5 s): p99 ${slices.map((x) => x.p99).join(' / ')} ms; relay GC ${slices.map((x) => `${x.gcs} (${x.gcMs} ms, ${Math.round(x.allocKb / 1024)} MB allocated)`).join(' / ')}`);
      for (const [cpu, w] of softirq.entries()) figures[`ksoftirqd${cpu}_cpu_pct${suffix}`] = w().cpuPct;
      for (const [k, w] of Object.entries(onCpu0)) {
        const f = w();
        figures[`${k}_cpu_pct${suffix}`] = f.cpuPct;
        figures[`${k}_runqueue_wait_pct${suffix}`] = f.waitPct;
        figures[`${k}_wait_per_slice_us${suffix}`] = f.waitPerSliceUs;
        log(`${n}: ${k} process CPU ${f.cpuPct}%, waited for a CPU ${f.waitPct}% (${f.waitPerSliceUs} µs per time slice)`);
      }
      const r = await ask<ClientReport>(probe, { cmd: 'report' }, 'report');
      // The relay's own view, per second: feed send -> receipt, receipt -> written (medians of the per-second p99s).
      const per = (k: string) => median(relay.lines.slice(l0).filter((x) => x.startsWith('relay: md_seq=')).map((x) => Number(new RegExp(`${k}=(\\d+)`).exec(x)?.[1] ?? 0)));
      figures[`relay_in_p99_ms${suffix}`] = Math.round(per('in_p99_us') / 100) / 10;
      figures[`relay_flush_p99_ms${suffix}`] = Math.round(per('flush_p99_us') / 100) / 10;
      // A client's place in the round of writes: the round's build -> its write.
      figures[`relay_round_p99_ms${suffix}`] = Math.round(per('round_p99_us') / 100) / 10;
      figures[`relay_in_p50_ms${suffix}`] = Math.round(per('in_p50_us') / 100) / 10;
      figures[`relay_write_share_median${suffix}`] = per('write_share');
      const bulkReport = await ask<ClientReport>(clients, { cmd: 'report' }, 'report');
      figures[`probe_loop_delay_p99_ms${suffix}`] = Math.round(r.loopDelayP99 * 10) / 10;
      figures[`bulk_loop_delay_p99_ms${suffix}`] = Math.round(bulkReport.loopDelayP99 * 10) / 10;
      figures[`p999_staleness_ms${suffix}`] = Math.round(r.p999 * 10) / 10;
      log(`${n}: sampled clients: ${r.n} updates in ${r.sampledFrames} frames, staleness p50 ${r.p50} p99 ${r.p99} p99.9 ${r.p999} max ${r.max} ms; event-loop delay p99 (max) ms: sampled process ${r.loopDelayP99} (${r.loopDelayMax}), bulk process ${bulkReport.loopDelayP99} (${bulkReport.loopDelayMax})`);
      r.closed += bulkReport.closed;
      for (const [k, v] of Object.entries(bulkReport.closeCodes)) r.closeCodes[k] = (r.closeCodes[k] ?? 0) + v;
      const wall = (b.t - a.t) / 1000;
      const cpu = b.cpu - a.cpu;
      const updates = b.c.updates! - a.c.updates!;
      const frame = (await ask<{ text: string }>(probe, { cmd: 'frame' }, 'frame')).text;
      const fed = await played;
      achieved.push(fed.inputs_per_s);
      figures[`feed_inputs_per_s${suffix}`] = fed.inputs_per_s;
      figures[`feed_send_late_p99_ms${suffix}`] = fed.late_p99_ms;
      await stopChild(probe);
      await stopChild(clients);
      // Raw phase, in the same conditions: the feed playing at RATE again (the relay process,
      // now without clients, still takes it in on CPU 1, where the raw writer is pinned too), the
      // same number of clients on the raw server.
      // BENCH_RELAY_RAW=0 skips the raw phase (iterating on the relay's figures).
      let rawPerS = 0;
      if (env('BENCH_RELAY_RAW', 1) !== 0) {
        const rawGen = gen(rawSeconds + 3);
        const rc = forkClients();
        await ask(rc, { cmd: 'start', url: `ws://127.0.0.1:${rawPort}/ws`, clients: connected, symbols: [], sample: 0, batch: 500 }, 'ready');
        await rawGen;
        const rawPlayed = play();
        await sleep(1000);
        const msgs = frame ? (JSON.parse(frame) as { bids?: unknown[]; asks?: unknown[]; trades?: unknown[] }[]) : [];
        const perFrame = msgs.reduce((k, m) => k + (m.bids?.length ?? 0) + (m.asks?.length ?? 0) + (m.trades?.length ?? 0), 0);
        const r0 = await ask<ClientReport>(rc, { cmd: 'report' }, 'report');
        const bl = await ask<{ writes: number; seconds: number }>(raw, { cmd: 'blast', text: frame || '[]', seconds: rawSeconds }, 'blasted');
        await sleep(500);
        const r1 = await ask<ClientReport>(rc, { cmd: 'report' }, 'report');
        await stopChild(rc);
        await rawPlayed;
        rawPerS = ((r1.frames - r0.frames) * perFrame) / bl.seconds;
      }
      const perS = updates / wall;
      figures[`relay_updates_per_s${suffix}`] = Math.round(perS);
      figures[`relay_updates_per_cpu_s${suffix}`] = Math.round(updates / Math.max(cpu, 0.01));
      figures[`p99_staleness_ms${suffix}`] = Math.round(r.p99 * 10) / 10;
      figures[`p50_staleness_ms${suffix}`] = Math.round(r.p50 * 10) / 10;
      if (rawPerS > 0) {
        figures[`raw_updates_per_s${suffix}`] = Math.round(rawPerS);
        figures[`relay_vs_raw${suffix}`] = Math.round((perS / Math.max(1, rawPerS)) * 1000) / 1000;
      }
      figures[`relay_cpu_pct${suffix}`] = Math.round((cpu / wall) * 100);
      // Runnable but not running: the share of the window the relay's threads waited for a CPU (other work on the machine).
      figures[`relay_runqueue_wait_pct${suffix}`] = Math.round((b.waitMs - a.waitMs) / (wall * 10));
      figures[`relay_flushes_per_s${suffix}`] = Math.round((b.c.flushes! - a.c.flushes!) / wall);
      // Load-insensitive: the relay's CPU per feed message it took in (md_seq = feed seq - 1), and
      // how that CPU splits between the flushes (frames, writes) and the rest (the feed's input).
      const feedMsgs = b.c.feed_seq! - a.c.feed_seq!;
      if (feedMsgs > 0) figures[`relay_cpu_us_per_feed_msg${suffix}`] = Math.round((cpu * 1e6 / feedMsgs) * 100) / 100;
      figures[`feed_msgs_per_s${suffix}`] = Math.round(feedMsgs / wall);
      if (b.c.flush_cpu_ms !== undefined && a.c.flush_cpu_ms !== undefined) {
        const flushCpu = (b.c.flush_cpu_ms - a.c.flush_cpu_ms) / 1000;
        figures[`relay_flush_cpu_pct_of_relay${suffix}`] = Math.round((flushCpu / Math.max(cpu, 0.01)) * 100);
        if (feedMsgs > 0) figures[`relay_input_cpu_us_per_feed_msg${suffix}`] = Math.round(((cpu - flushCpu) * 1e6 / feedMsgs) * 100) / 100;
        if (b.c.flush_wall_ms !== undefined && a.c.flush_wall_ms !== undefined) {
          // Wall time in flushes over their thread CPU time: above 1 when the relay was preempted (or its writes waited) mid-round.
          figures[`relay_flush_wall_over_cpu${suffix}`] = Math.round(((b.c.flush_wall_ms - a.c.flush_wall_ms) / 1000 / Math.max(flushCpu, 0.001)) * 100) / 100;
        }
        const frames = b.c.frames! - a.c.frames!;
        if (frames > 0) figures[`relay_flush_cpu_us_per_frame${suffix}`] = Math.round((flushCpu * 1e6 / frames) * 100) / 100;
      }
      // The relay's collections and allocation over the window (its stats line: V8's GCProfiler; flushes: the heap's growth across each flush no collection interrupted).
      if (b.c.gc_ms !== undefined && a.c.gc_ms !== undefined) {
        const gcs = b.c.gc_minor! + b.c.gc_major! - a.c.gc_minor! - a.c.gc_major!;
        figures[`relay_gc_per_s${suffix}`] = Math.round((gcs / wall) * 10) / 10;
        figures[`relay_gc_major${suffix}`] = b.c.gc_major! - a.c.gc_major!;
        figures[`relay_gc_pct${suffix}`] = Math.round(((b.c.gc_ms - a.c.gc_ms) / 10 / wall) * 10) / 10;
        const allocKb = b.c.alloc_kb! - a.c.alloc_kb!;
        figures[`relay_alloc_mb_per_s${suffix}`] = Math.round((allocKb / 1024 / wall) * 10) / 10;
        const measured = b.c.alloc_flushes! - a.c.alloc_flushes!;
        const flushes = b.c.flushes! - a.c.flushes!;
        if (measured > 0 && flushes > 0) {
          const perFlushKb = (b.c.flush_alloc_kb! - a.c.flush_alloc_kb!) / measured;
          figures[`relay_alloc_kb_per_flush${suffix}`] = Math.round(perFlushKb * 10) / 10;
          const frames = b.c.frames! - a.c.frames!;
          if (frames > 0) figures[`relay_alloc_bytes_per_frame${suffix}`] = Math.round((perFlushKb * flushes * 1024) / frames);
          if (feedMsgs > 0) figures[`relay_input_alloc_bytes_per_feed_msg${suffix}`] = Math.round(((allocKb - perFlushKb * flushes) * 1024) / feedMsgs);
        }
        log(`${n}: relay GC ${figures[`relay_gc_per_s${suffix}`]}/s (${figures[`relay_gc_major${suffix}`]} major), ${figures[`relay_gc_pct${suffix}`]}% of the window; allocated ${figures[`relay_alloc_mb_per_s${suffix}`]} MB/s: ${figures[`relay_alloc_kb_per_flush${suffix}`]} KiB per flush (${figures[`relay_alloc_bytes_per_frame${suffix}`]} B per client frame), ${figures[`relay_input_alloc_bytes_per_feed_msg${suffix}`]} B per feed message outside flushes`);
      }
      figures[`client_closes${suffix}`] = r.closed;
      rows.push([`relay, ${connected} clients`, Math.round(perS), Math.round(updates / Math.max(cpu, 0.01)), Math.round((cpu / wall) * 100), r.p50, r.p99, Math.round(rawPerS), figures[`relay_vs_raw${suffix}`]]);
      log(`${connected}: CPU per feed message ${figures[`relay_cpu_us_per_feed_msg${suffix}`]} µs (input ${figures[`relay_input_cpu_us_per_feed_msg${suffix}`]} µs), flushes ${figures[`relay_flush_cpu_pct_of_relay${suffix}`]}% of the relay's CPU, ${figures[`relay_flush_cpu_us_per_frame${suffix}`]} µs per client frame; feed ${figures[`feed_msgs_per_s${suffix}`]} msgs/s`);
      log(`${connected}: ${Math.round(perS)} updates/s, relay CPU ${cpu.toFixed(1)} s in ${wall.toFixed(1)} s (waited for a CPU ${figures[`relay_runqueue_wait_pct${suffix}`]}%, ${figures[`relay_flushes_per_s${suffix}`]} flushes/s), p99 ${r.p99} ms (relay: in p99 ${figures[`relay_in_p99_ms${suffix}`]} ms, flush p99 ${figures[`relay_flush_p99_ms${suffix}`]} ms); raw ${Math.round(rawPerS)} updates/s; closes ${JSON.stringify(r.closeCodes)}`);
    }
    // BENCH_RELAY_LOG=FILE: the relay's output (stats lines, feed events), for a run's post-mortem.
    if (process.env.BENCH_RELAY_LOG) writeFileSync(process.env.BENCH_RELAY_LOG, `${relay.lines.join('\n')}\n`);
    figures.feed_inputs_per_s = median(achieved);
    figures.raw_with_feed = 1; // the raw phase ran with the feed playing, as the relay phase did
    const rc = relayCounters(relay);
    figures.relay_feed_gaps = rc.gaps ?? 0;
    figures.relay_checksum_failures = rc.checksum_failures ?? 0;
    raw.send({ cmd: 'stop' });
    relay.kill('SIGTERM');
    await relay.exited;

    // The NATS hop: multicast vs the same packets through bourse bridge and a nats-server (BENCH_RELAY_NATS=0 skips it).
    if (env('BENCH_RELAY_NATS', 1) !== 0) {
      await stopChild(feedProc);
      feedProc = await startFeed();
      const [natsPort, natsHttp] = await freePorts(2);
      const nats = spawn('nats-server', ['-a', '127.0.0.1', '-p', String(natsPort), '-m', String(natsHttp)], { stdio: 'ignore' });
      procs.push(nats);
      pin(nats.pid, 0);
      await sleep(500);
      const natsUrl = `nats://127.0.0.1:${natsPort}`;
      const bridge = new BourseProc('bridge', ['bridge', '--feed-config', docFile, '--nats', natsUrl], {}, canPin ? ['taskset', '-c', '1'] : []);
      procs.push(bridge);
      await bridge.waitFor(/^bridge: ready/, 60_000);
      const natsGen = gen(2 + rawSeconds + 2);
      const cfg = parseFeedConfig(JSON.parse(readFileSync(docFile, 'utf8')));
      // Raw receipts, no decoding: two full feed clients here would fold 330k messages/s each on
      // the core this process shares with the feed and nats-server, and fall behind (they did:
      // 5.5k of 65k packets paired late). A packet is named by its first_seq on feed A.
      const mc = new Map<number, number>(); // first_seq -> multicast receipt, µs (bounded: one window's packets)
      const hop = new Histogram();
      let measuring = false;
      let mcPackets = 0;
      let natsPackets = 0;
      const nowUs = () => performance.now() * 1000;
      const firstSeqOf = (src: string, bytes: Uint8Array): number => {
        if (src !== 'A') return 0;
        const h = peekHeader(bytes);
        return h.stream === Stream.Incremental && h.messageCount > 0 ? h.firstSeq : 0;
      };
      const viaMc = new UdpTransport({ interface: '127.0.0.1' });
      await viaMc.open(cfg.channels, (_ch, src, bytes) => {
        const seq = firstSeqOf(src, bytes);
        if (seq === 0) return;
        mcPackets++;
        if (measuring) mc.set(seq, nowUs());
      });
      const nc = await natsConnect(natsUrl, 'bench-relay');
      const viaNats = new NatsFeedTransport(nc);
      await viaNats.open(cfg.channels, (_ch, src, bytes) => {
        const seq = firstSeqOf(src, bytes);
        if (seq === 0) return;
        natsPackets++;
        const t = mc.get(seq);
        if (t === undefined || !measuring) return;
        mc.delete(seq);
        hop.record(Math.max(0, nowUs() - t));
      });
      await natsGen;
      const natsPlayed = play();
      await sleep(2000);
      measuring = true;
      const bridgeCpu0 = cpuSeconds(bridge.child.pid!);
      await sleep(rawSeconds * 1000);
      figures.bridge_cpu_pct = Math.round(((cpuSeconds(bridge.child.pid!) - bridgeCpu0) / rawSeconds) * 100);
      measuring = false;
      await natsPlayed;
      figures.nats_hop_p50_us = Math.round(hop.percentile(50));
      figures.nats_hop_p99_us = Math.round(hop.percentile(99));
      figures.nats_hop_samples = hop.count;
      log(`NATS phase: ${mcPackets} multicast packets, ${natsPackets} NATS packets; bridge CPU ${figures.bridge_cpu_pct}%: ${bridge.lines.filter((l) => l.startsWith('bridge: published')).at(-1) ?? '(no stats line)'}`);
      await viaNats.close();
      await viaMc.close();
      await nc.close();
      rows.push(['NATS hop (bridge + nats-server)', undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
      log(`NATS hop: p50 ${figures.nats_hop_p50_us} µs p99 ${figures.nats_hop_p99_us} µs over ${hop.count} packets`);
    }
    figures.loadavg_1m = Math.round(loadavg()[0]! * 10) / 10;
    figures.pinned = pinRelay ? 1 : 0;
    figures.write_share_pct = writeShare;
    figures.flush_slice_ms = flushSlice;
    figures.target_load_pct = targetLoad;
    figures.feed_lines_a_only = feedLines === 'a' ? 1 : 0;
    figures.round_trades = roundTrades;
    figures.relay_nice = relayNice;
    figures.bulk_lean = leanBulk ? 1 : 0;
    figures.bulk_nice = bulkNice;
    figures.seconds = seconds;
    figures.relay_young_mb = youngMb;
    figures.relay_node_args = relayNodeArgs.length; // how many flags BENCH_RELAY_NODE_ARGS gave (the log says which)
  } finally {
    for (const p of procs.reverse()) {
      try {
        p.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
    await sleep(500);
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(['phase', 'updates/s', 'updates/cpu-s', 'relay cpu %', 'p50 ms', 'p99 ms', 'raw updates/s', 'relay/raw'], rows.filter((x) => x[1] !== undefined),
    `relay: feed at ${figures.feed_inputs_per_s} inputs/s (target ${rate}), ${symbols} symbols; clients on ${busy} symbols (book 10 + trades); load average ${figures.loadavg_1m}`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runRelayBench());
}
