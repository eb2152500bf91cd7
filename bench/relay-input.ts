/**
 * Bench `relay-input`: what a relay node's input path costs per feed message, in one process,
 * with no sockets and no other process competing (the figure the full `relay` bench cannot give
 * on a shared machine): the packets MdSim + the feed's own Packetizer produce for N inputs are
 * made once, then handed (as feed A datagrams, through a FeedTransport that replays them) to
 *
 *   decode     decodePacket alone (an object per message: the floor of the allocating path)
 *   cursor     PacketCursor: every message read into reused scratch objects (no object per message)
 *   client     FeedClient: decode, sequence tracking, its L2 books, every checksum verified
 *   client_reuse  the same with reuseMessages (the PacketCursor path)
 *   relay      FeedClient (reuseMessages) + FeedMarket + MarketState: the path of `bourse relay`
 *              up to the Relay (the Relay itself is cheap here: it only marks the symbols that
 *              clients watch); MarketState reads the feed client's books (one book per symbol)
 *   relay_alloc  the same with an object per message (the relay node before reuseMessages),
 *              the peer of `relay` in the same run
 *   two_books  relay_alloc with a MarketState that folds its own copy of every book (the relay
 *              node before 2026-12-07; BENCH_RELAY_PATHS=...,two_books)
 *
 * Besides CPU, each path's heap allocation per feed message: the median over blocks of 64
 * packets of the growth of V8's used heap (a block in which a GC ran shrinks it and falls out
 * of the median), less the same for the loop alone (a resolved await per datagram, the turn
 * boundary of the live node): `*_bytes_per_msg`, 0 when the path allocates nothing per message.
 *
 * each timed by process CPU time over ROUNDS alternated rounds; figures are medians, in ns per
 * feed message, and messages per CPU-second. A relay node keeps up with the feed while
 * rate x cost stays well under one core (it also writes to its clients: bench `relay`).
 *
 * Then the same input path live (BENCH_RELAY_LIVE=0 skips it): the replayed feed of bench
 * `relay` (bench/relay-feed.ts, 215,000 inputs/s, feeds A and B on loopback multicast, pinned
 * on CPU 0) into this process pinned on CPU 1, which joins at seq 1 and takes it in for
 * BENCH_RELAY_LIVE_SECONDS (4) per round with, alternated (a fresh feed process each):
 *
 *   live_udp         UdpTransport with handlers that only count: the datagram receive itself
 *                    (A and B, Node's Buffer and rinfo per datagram)
 *   live_relay       FeedClient (reuseMessages) + FeedMarket + MarketState, as `bourse relay`
 *   live_relay_alloc the same with an object per message
 *   live_udp_a, live_relay_a  live_udp and live_relay joining feed A only (FeedClient `lines: 'a'`)
 *
 * process CPU (every thread: GC helpers too) per feed message played, medians of
 * BENCH_RELAY_LIVE_ROUNDS (3); datagrams per second on A and B and messages per datagram; the
 * gaps the client saw (0 when it kept up). No clients, no flushes: bench `relay` adds those.
 *
 *   npm run bench -- relay-input   (BENCH_RELAY_INPUTS=400000 BENCH_RELAY_ROUNDS=5)
 */
import { MdSim } from '../server/apps/runtime/md-sim.ts';
import { Packetizer } from '../server/multicast/packetizer.ts';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../server/multicast/config.ts';
import v8 from 'node:v8';
import { fork, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UdpTransport } from '../server/feed-client/index.ts';
import { peekHeader } from '../server/protocol/packet.ts';
import { freePort } from '../test/support/ports.ts';
import { sleep } from '../test/support/wait.ts';
import { FeedClient, parseFeedConfig, decodePacket, PacketCursor, type FeedTransport, type DatagramHandler } from '../server/feed-client/index.ts';
import { FeedMarket } from '../server/apps/runtime/feed-market.ts';
import { MarketState } from '../server/mdp/market-state.ts';
import { feedTestConfig } from '../test/support/netns.ts';
import type { Figures } from './lib/results.ts';
import { ask, canPin } from './lib/child.ts';
import { printTable } from './lib/table.ts';

const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Hands recorded datagrams to the client when told (no sockets). */
class ReplayTransport implements FeedTransport {
  handler: DatagramHandler | null = null;
  async open(_c: unknown, onDatagram: DatagramHandler): Promise<void> {
    this.handler = onDatagram;
  }
  retransmit(): Promise<never> {
    return Promise.reject(new Error('replay: no retransmission'));
  }
  async close(): Promise<void> {}
}

/** The incremental packets of `inputs` simulated inputs on 200 symbols, and their message count. */
function makePackets(inputs: number, symbols: number, maxDatagram: number): { packets: Uint8Array[]; messages: number } {
  const packets: Uint8Array[] = [];
  let messages = 0;
  let t = 1_700_000_000_000_000;
  const pk = new Packetizer({
    channelId: 1, sessionId: 42, maxDatagram, clock: () => (t += 1), currency: 'USD',
    sink: (bytes, _first, count) => {
      packets.push(bytes.slice());
      messages += count;
    },
  });
  pk.addChannelReset(true, t);
  const sim = new MdSim({ seed: 5, symbols, resting: 200, batch: 256, sinks: [(f64, i32, first, count) => {
    for (let i = first; i < first + count; i++) pk.addRecord(f64, i32, i);
  }] });
  // As the publisher does: a packet goes when full or at the end of a turn (here, a batch of ~10 ms at 215k/s).
  for (let done = 0; done < inputs; done += 2150) {
    sim.run(Math.min(2150, inputs - done));
    pk.flush();
  }
  return { packets, messages };
}

const PATHS = ['decode', 'cursor', 'client', 'client_reuse', 'relay', 'relay_alloc', 'two_books', 'loop'] as const;
type Path = (typeof PATHS)[number];

const BLOCK = 64;
const heapUsed = () => v8.getHeapStatistics().used_heap_size;

/** Median growth of the used heap per block of BLOCK packets (the few blocks in which a GC ran shrink it: they fall out of the median). */
const blockGrowth = (growth: number[]): number => median(growth);

async function round(path: Path, packets: Uint8Array[], cfgDoc: unknown): Promise<{ cpuNs: number; check: number; blockBytes: number }> {
  const growth: number[] = [];
  if (path === 'decode' || path === 'cursor' || path === 'loop') {
    let n = 0;
    const cur = new PacketCursor();
    let h0 = heapUsed();
    const c0 = process.cpuUsage();
    for (let i = 0; i < packets.length; i++) {
      if (path === 'decode') n += decodePacket(packets[i]!).messages.length;
      else if (path === 'cursor') {
        cur.open(packets[i]!);
        for (let k = 0; k < cur.count; k++) n += cur.message(k).kind.length;
      } else await undefined;
      if (i % BLOCK === BLOCK - 1) {
        const h1 = heapUsed();
        growth.push(h1 - h0);
        h0 = h1;
      }
    }
    const c = process.cpuUsage(c0);
    return { cpuNs: (c.user + c.system) * 1000, check: n, blockBytes: blockGrowth(growth) };
  }
  const transport = new ReplayTransport();
  const reuseMessages = path === 'client_reuse' || path === 'relay';
  const client = await FeedClient.open({ config: parseFeedConfig(cfgDoc), transport, reuseMessages });
  const feed = path === 'relay' || path === 'relay_alloc' ? new FeedMarket(client) : path === 'two_books' ? new FeedMarket(client, new MarketState()) : null;
  const h = transport.handler!;
  let h0 = heapUsed();
  const c0 = process.cpuUsage();
  for (let i = 0; i < packets.length; i++) {
    h(1, 'A', packets[i]!);
    // FeedMarket folds at the end of the turn (a microtask); a datagram is one turn in the relay.
    await undefined;
    if (i % BLOCK === BLOCK - 1) {
      const h1 = heapUsed();
      growth.push(h1 - h0);
      h0 = h1;
    }
  }
  const c = process.cpuUsage(c0);
  const st = client.state()[0]!;
  const counters = client.counters();
  if (st.state !== 'live' || counters.checksumFailures > 0) throw new Error(`relay-input: the client is ${st.state} with ${counters.checksumFailures} checksum failures`);
  const check = feed ? feed.market.mdSeq : counters.checksumOk;
  feed?.close();
  await client.close();
  return { cpuNs: (c.user + c.system) * 1000, check, blockBytes: blockGrowth(growth) };
}

type LiveMode = 'live_udp' | 'live_relay' | 'live_relay_alloc' | 'live_relay_a' | 'live_udp_a';

const pin = (pid: number, cpu: number) => canPin && spawnSync('taskset', ['-a', '-p', '-c', String(cpu), String(pid)], { stdio: 'ignore' });

/** One live round: a fresh replayed feed (seq 1) played for `seconds` into `mode` in this process. */
async function liveRound(mode: LiveMode, dir: string, rate: number, symbols: number, seconds: number): Promise<{ nsPerMsg: number; msgs: number; dgA: number; dgB: number; gaps: number; secs: number }> {
  const input = feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort(), heartbeatMs: 1000, windowMessages: 4_000_000, maxMessagesPerRequest: 1_000_000 });
  (input.retransmission as Record<string, unknown>).windowBytes = 256 << 20;
  const pubFile = join(dir, 'publisher.json');
  writeFileSync(pubFile, JSON.stringify(input));
  const cfgDoc = JSON.parse(JSON.stringify(feedConfigJson(feedConfig(input as FeedConfigInput))));
  const feed = fork(new URL('./relay-feed.ts', import.meta.url), [pubFile, String(rate), String(symbols)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    pin(feed.pid!, 0);
    await new Promise((r) => feed.once('message', r));
    await ask(feed, { cmd: 'gen', seconds }, 'generated');
    let dgA = 0;
    let dgB = 0;
    let msgsA = 0;
    let close: () => Promise<void>;
    let counters = () => ({ messages: msgsA, gaps: 0 });
    if (mode === 'live_udp' || mode === 'live_udp_a') {
      const t = new UdpTransport({ interface: '127.0.0.1', lines: mode === 'live_udp_a' ? 'a' : 'ab' });
      await t.open(parseFeedConfig(cfgDoc).channels, (_c, src, bytes) => {
        if (src === 'A') {
          dgA++;
          msgsA += peekHeader(bytes).messageCount;
        } else if (src === 'B') dgB++;
      });
      close = () => t.close();
    } else {
      const client = await FeedClient.open({ config: parseFeedConfig(cfgDoc), reuseMessages: mode !== 'live_relay_alloc', lines: mode === 'live_relay_a' ? 'a' : 'ab' });
      const fm = new FeedMarket(client);
      counters = () => {
        const c = client.counters();
        return { messages: c.messages, gaps: c.gaps };
      };
      const c0 = client.counters();
      const a0 = c0.packetsA;
      const b0 = c0.packetsB;
      close = async () => {
        const c = client.counters();
        dgA = c.packetsA - a0;
        dgB = c.packetsB - b0;
        fm.close();
        await client.close();
      };
    }
    await sleep(300);
    const m0 = counters().messages;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await ask(feed, { cmd: 'play' }, 'played');
    await sleep(100); // the last datagrams
    const cpu = process.cpuUsage(cpu0);
    const secs = (performance.now() - t0) / 1000;
    const { messages, gaps } = counters();
    await close();
    const msgs = messages - m0;
    return { nsPerMsg: ((cpu.user + cpu.system) * 1000) / Math.max(1, msgs), msgs, dgA, dgB, gaps, secs };
  } finally {
    feed.send({ cmd: 'stop' });
    await new Promise((r) => feed.once('exit', r));
  }
}

async function runLive(figures: Figures, symbols: number): Promise<void> {
  const rounds = env('BENCH_RELAY_LIVE_ROUNDS', 3);
  const seconds = env('BENCH_RELAY_LIVE_SECONDS', 4);
  const rate = env('BENCH_RELAY_RATE', 215_000);
  // BENCH_RELAY_LIVE_MODES=a,b,...: which paths, alternated in this order every round.
  const modes = (process.env.BENCH_RELAY_LIVE_MODES ?? 'live_udp,live_relay,live_relay_alloc,live_udp_a,live_relay_a').split(',') as LiveMode[];
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-relay-input-'));
  pin(process.pid, 1);
  const res = Object.fromEntries(modes.map((m) => [m, [] as Awaited<ReturnType<typeof liveRound>>[]])) as Record<LiveMode, Awaited<ReturnType<typeof liveRound>>[]>;
  try {
    for (let r = 0; r < rounds; r++) {
      for (const m of modes) {
        const x = await liveRound(m, dir, rate, symbols, seconds);
        res[m].push(x);
        console.log(`relay-input: live round ${r + 1} ${m}: ${Math.round(x.nsPerMsg)} ns per feed message, ${x.msgs} messages, ${x.dgA} + ${x.dgB} datagrams (A + B) in ${x.secs.toFixed(1)} s, gaps ${x.gaps}`);
      }
    }
  } finally {
    if (canPin) spawnSync('taskset', ['-a', '-p', '-c', '0,1', String(process.pid)], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
  const rows: (string | number)[][] = [];
  for (const m of modes) {
    const xs = res[m];
    const ns = median(xs.map((x) => x.nsPerMsg));
    figures[`${m}_ns_per_msg`] = Math.round(ns);
    figures[`${m}_gaps`] = xs.reduce((a, x) => a + x.gaps, 0);
    rows.push([m, Math.round(ns), Math.round(Math.min(...xs.map((x) => x.nsPerMsg))), Math.round(Math.max(...xs.map((x) => x.nsPerMsg))), figures[`${m}_gaps`]!]);
  }
  const u = res.live_udp ?? [];
  if (u.length === 0) return printTable(['live path', 'ns/feed msg (median)', 'min', 'max', 'gaps'], rows, `relay-input live: ${rounds} rounds of ${seconds} s`);
  const secs = u.reduce((a, x) => a + x.secs, 0);
  figures.live_datagrams_per_s_a = Math.round(u.reduce((a, x) => a + x.dgA, 0) / secs);
  figures.live_datagrams_per_s_b = Math.round(u.reduce((a, x) => a + x.dgB, 0) / secs);
  figures.live_msgs_per_datagram = Math.round((u.reduce((a, x) => a + x.msgs, 0) / Math.max(1, u.reduce((a, x) => a + x.dgA, 0))) * 10) / 10;
  figures.live_msgs_per_s = Math.round(u.reduce((a, x) => a + x.msgs, 0) / secs);
  if (figures.live_relay_alloc_ns_per_msg && figures.live_relay_ns_per_msg) figures.live_relay_alloc_vs_relay = Math.round((figures.live_relay_alloc_ns_per_msg / figures.live_relay_ns_per_msg) * 100) / 100;
  if (figures.live_relay_a_ns_per_msg && figures.live_relay_ns_per_msg) figures.live_relay_a_vs_ab = Math.round((figures.live_relay_a_ns_per_msg / figures.live_relay_ns_per_msg) * 100) / 100;
  printTable(['live path', 'ns/feed msg (median)', 'min', 'max', 'gaps'], rows,
    `relay-input live: the replayed feed at ${rate} inputs/s (${figures.live_msgs_per_s} msgs/s; ${figures.live_datagrams_per_s_a} + ${figures.live_datagrams_per_s_b} datagrams/s on A + B, ${figures.live_msgs_per_datagram} messages each), ${rounds} rounds of ${seconds} s`);
}

export async function runRelayInputBench(): Promise<Figures> {
  const inputs = env('BENCH_RELAY_INPUTS', 400_000);
  const rounds = env('BENCH_RELAY_ROUNDS', 5);
  const symbols = env('BENCH_RELAY_SYMBOLS', 200);
  const input = feedTestConfig({ iface: '127.0.0.1', retransPort: 1 });
  const cfg = feedConfig(input as FeedConfigInput);
  const cfgDoc = JSON.parse(JSON.stringify(feedConfigJson(cfg)));
  const { packets, messages } = makePackets(inputs, symbols, cfg.maxDatagram);
  // BENCH_RELAY_PATHS=relay: only those paths (for a profile of one); the table's peers need all.
  const paths = (process.env.BENCH_RELAY_PATHS ?? 'decode,cursor,client,client_reuse,relay,relay_alloc').split(',') as Path[];
  for (const p of paths) if (!PATHS.includes(p)) throw new Error(`relay-input: unknown path ${p} (known: ${PATHS.join(', ')})`);
  if (!paths.includes('loop')) paths.push('loop');
  const ns = Object.fromEntries(PATHS.map((p) => [p, [] as number[]])) as Record<Path, number[]>;
  const blk = Object.fromEntries(PATHS.map((p) => [p, [] as number[]])) as Record<Path, number[]>;
  for (const p of paths) await round(p, packets, cfgDoc); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) {
      const x = await round(p, packets, cfgDoc);
      ns[p].push(x.cpuNs / messages);
      blk[p].push(x.blockBytes);
    }
  }
  const msgsPerBlock = (messages / packets.length) * BLOCK;
  // Heap bytes per feed message beyond the loop's own (an await per datagram).
  const bytesPerMsg = (p: Path) => Math.max(0, Math.round(((median(blk[p]) - (p === 'decode' || p === 'cursor' ? 0 : median(blk.loop))) / msgsPerBlock) * 10) / 10);
  const figures: Figures = { inputs, packets: packets.length, messages, messages_per_input: Math.round((messages / inputs) * 100) / 100 };
  const rows: (string | number)[][] = [];
  for (const p of paths) {
    if (ns[p].length === 0 || p === 'loop') continue;
    const m = median(ns[p]);
    figures[`${p}_ns_per_msg`] = Math.round(m);
    figures[`${p}_msgs_per_cpu_s`] = Math.round(1e9 / m);
    figures[`${p}_bytes_per_msg`] = bytesPerMsg(p);
    rows.push([p, Math.round(m), Math.round(Math.min(...ns[p])), Math.round(Math.max(...ns[p])), Math.round(1e9 / m), bytesPerMsg(p)]);
  }
  // The feed's message rate at 215,000 inputs/s, and the share of one core the relay's input path needs for it.
  figures.msgs_per_s_at_215k = Math.round(215_000 * (messages / inputs));
  if (ns.relay.length === 0) return figures;
  if (ns.two_books.length > 0) figures.two_books_vs_relay = Math.round((median(ns.two_books) / median(ns.relay)) * 100) / 100;
  if (ns.relay_alloc.length > 0) figures.relay_alloc_vs_relay = Math.round((median(ns.relay_alloc) / median(ns.relay)) * 100) / 100;
  figures.relay_core_share_at_215k_pct = Math.round((figures.msgs_per_s_at_215k * median(ns.relay)) / 1e7);
  if (env('BENCH_RELAY_LIVE', 1) !== 0) await runLive(figures, symbols);
  printTable(['path', 'ns/msg (median)', 'min', 'max', 'msgs per CPU-s', 'heap B/msg'], rows,
    `relay-input: ${messages} feed messages in ${packets.length} packets (${inputs} inputs, ${symbols} symbols), ${rounds} rounds; at 215k inputs/s the feed sends ${figures.msgs_per_s_at_215k} msgs/s: ${figures.relay_core_share_at_215k_pct}% of a core for the relay path`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runRelayInputBench());
}
