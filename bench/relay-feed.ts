/**
 * The feed side of bench `relay`, in its own process (forked by bench/relay.ts): a simulated
 * market (MdSim: core + MDP agents, sequencer clock = wall clock, so `time` on every message is
 * the exchange's stamp) published for real on the multicast feed (A/B, snapshot loop,
 * retransmission), paced at `rate` inputs/s. The order flow is generated as it goes (not read
 * from a recording); a turn that falls more than 100 ms behind skips ahead instead of bursting.
 * SIGSTOP/SIGCONT from the parent pauses it (the raw-write phase).
 *
 * argv: CONFIG_FILE RATE SYMBOLS. Prints `feed: ready` then a line per second with inputs_per_s.
 */
import { readFileSync } from 'node:fs';
import { feedConfig, type FeedConfigInput } from '../server/multicast/config.ts';
import { MulticastFeed } from '../server/multicast/feed.ts';
import { MdSim } from '../server/apps/runtime/md-sim.ts';

const [file, rateArg, symbolsArg] = process.argv.slice(2);
const rate = Number(rateArg);
const cfg = feedConfig(JSON.parse(readFileSync(file!, 'utf8')) as FeedConfigInput);
const wallUs = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);
let feed: MulticastFeed | undefined;
const sim = new MdSim({ seed: 5, symbols: Number(symbolsArg), resting: 200, clock: wallUs, batch: 256, sinks: [(f64, i32, first, count) => feed?.onRecords(f64, i32, first, count)] });
feed = await MulticastFeed.start({ config: cfg, mdp: sim.mdp });
console.log(`feed: ready session=${feed.sessionId}`);
const maxPerTurn = Math.max(1, Math.ceil(rate / 100)); // at most 10 ms of inputs per turn
let done = 0;
let base = performance.now();
let lastT = base;
let lastDone = 0;
let stop = false;
process.once('SIGTERM', () => (stop = true));
while (!stop) {
  const now = performance.now();
  let due = Math.floor(((now - base) * rate) / 1000) - done;
  if (due > rate / 10) {
    base = now - (done * 1000) / rate; // more than 100 ms behind (paused, or descheduled): skip ahead
    due = 0;
  }
  if (due > 0) {
    const n = Math.min(due, maxPerTurn);
    sim.run(n);
    done += n;
  }
  await new Promise((r) => (due > 0 ? setImmediate(r) : setTimeout(r, 1)));
  if (now - lastT >= 1000) {
    const p = feed.stats().publisher;
    console.log(`feed: inputs_per_s=${Math.round(((done - lastDone) * 1000) / (now - lastT))} messages=${p.messages}`);
    lastT = now;
    lastDone = done;
  }
}
await feed.close();
process.exit(0);
