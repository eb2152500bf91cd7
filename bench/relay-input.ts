/**
 * Bench `relay-input`: what a relay node's input path costs per feed message, in one process,
 * with no sockets and no other process competing (the figure the full `relay` bench cannot give
 * on a shared machine): the packets MdSim + the feed's own Packetizer produce for N inputs are
 * made once, then handed (as feed A datagrams, through a FeedTransport that replays them) to
 *
 *   decode     decodePacket alone (the floor of any consumer)
 *   client     FeedClient: decode, sequence tracking, its L2 books, every checksum verified
 *   relay      FeedClient + FeedMarket + MarketState: the path of `bourse relay` up to the Relay
 *              (the Relay itself is cheap here: it only marks the symbols that clients watch);
 *              MarketState reads the feed client's books (one book per symbol)
 *   two_books  the same with a MarketState that folds its own copy of every book (the relay
 *              node before 2026-12-07), the peer of `relay` in the same run
 *
 * each timed by process CPU time over ROUNDS alternated rounds; figures are medians, in ns per
 * feed message, and messages per CPU-second. A relay node keeps up with the feed while
 * rate x cost stays well under one core (it also writes to its clients: bench `relay`).
 *
 *   npm run bench -- relay-input   (BENCH_RELAY_INPUTS=400000 BENCH_RELAY_ROUNDS=5)
 */
import { MdSim } from '../server/apps/runtime/md-sim.ts';
import { Packetizer } from '../server/multicast/packetizer.ts';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../server/multicast/config.ts';
import { FeedClient, parseFeedConfig, decodePacket, type FeedTransport, type DatagramHandler } from '../server/feed-client/index.ts';
import { FeedMarket } from '../server/apps/runtime/feed-market.ts';
import { MarketState } from '../server/mdp/market-state.ts';
import { feedTestConfig } from '../test/support/netns.ts';
import type { Figures } from './lib/results.ts';
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

type Path = 'decode' | 'client' | 'relay' | 'two_books';

async function round(path: Path, packets: Uint8Array[], cfgDoc: unknown): Promise<{ cpuNs: number; check: number }> {
  if (path === 'decode') {
    let n = 0;
    const c0 = process.cpuUsage();
    for (const p of packets) n += decodePacket(p).messages.length;
    const c = process.cpuUsage(c0);
    return { cpuNs: (c.user + c.system) * 1000, check: n };
  }
  const transport = new ReplayTransport();
  const client = await FeedClient.open({ config: parseFeedConfig(cfgDoc), transport });
  const feed = path === 'relay' ? new FeedMarket(client) : path === 'two_books' ? new FeedMarket(client, new MarketState()) : null;
  const h = transport.handler!;
  const c0 = process.cpuUsage();
  for (let i = 0; i < packets.length; i++) {
    h(1, 'A', packets[i]!);
    // FeedMarket folds at the end of the turn (a microtask); a datagram is one turn in the relay.
    if (feed) await undefined;
  }
  const c = process.cpuUsage(c0);
  const st = client.state()[0]!;
  const counters = client.counters();
  if (st.state !== 'live' || counters.checksumFailures > 0) throw new Error(`relay-input: the client is ${st.state} with ${counters.checksumFailures} checksum failures`);
  const check = feed ? feed.market.mdSeq : counters.checksumOk;
  feed?.close();
  await client.close();
  return { cpuNs: (c.user + c.system) * 1000, check };
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
  const paths = (process.env.BENCH_RELAY_PATHS ?? 'decode,client,relay,two_books').split(',') as Path[];
  const ns: Record<Path, number[]> = { decode: [], client: [], relay: [], two_books: [] };
  for (const p of paths) await round(p, packets, cfgDoc); // warm-up
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) ns[p].push((await round(p, packets, cfgDoc)).cpuNs / messages);
  }
  const figures: Figures = { inputs, packets: packets.length, messages, messages_per_input: Math.round((messages / inputs) * 100) / 100 };
  const rows: (string | number)[][] = [];
  for (const p of paths) {
    if (ns[p].length === 0) continue;
    const m = median(ns[p]);
    figures[`${p}_ns_per_msg`] = Math.round(m);
    figures[`${p}_msgs_per_cpu_s`] = Math.round(1e9 / m);
    rows.push([p, Math.round(m), Math.round(Math.min(...ns[p])), Math.round(Math.max(...ns[p])), Math.round(1e9 / m)]);
  }
  // The feed's message rate at 215,000 inputs/s, and the share of one core the relay's input path needs for it.
  figures.msgs_per_s_at_215k = Math.round(215_000 * (messages / inputs));
  if (ns.relay.length === 0) return figures;
  if (ns.two_books.length > 0) figures.two_books_vs_relay = Math.round((median(ns.two_books) / median(ns.relay)) * 100) / 100;
  figures.relay_core_share_at_215k_pct = Math.round((figures.msgs_per_s_at_215k * median(ns.relay)) / 1e7);
  printTable(['path', 'ns/msg (median)', 'min', 'max', 'msgs per CPU-s'], rows,
    `relay-input: ${messages} feed messages in ${packets.length} packets (${inputs} inputs, ${symbols} symbols), ${rounds} rounds; at 215k inputs/s the feed sends ${figures.msgs_per_s_at_215k} msgs/s: ${figures.relay_core_share_at_215k_pct}% of a core for the relay path`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runRelayInputBench());
}
