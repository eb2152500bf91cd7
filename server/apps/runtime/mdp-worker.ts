/**
 * The MDP thread: engine events from the shared-memory ring -> Mdp -> market-data records into
 * a second ring towards the main thread (which serves the API and the relay). When asked, it
 * measures stamp-to-publish latency: the sequencer's stamp is in every record, and this thread
 * reads the wall clock after each batch (measurement only: the Mdp itself never reads a clock).
 */
import { workerData, parentPort } from 'node:worker_threads';
import { Ring } from '../../bus/ring.ts';
import { pinCurrentThread } from './pin.ts';
import { Mdp } from '../../mdp/mdp.ts';
import { Md, mdType, mdTime } from '../../mdp/records.ts';
import { MulticastFeed } from '../../multicast/feed.ts';
import { feedConfig } from '../../multicast/config.ts';
import { MdpStat, Ctl } from './shared-stats.ts';
import type { ExchangeOptions } from './options.ts';

interface MdpData {
  options: ExchangeOptions;
  engineRing: SharedArrayBuffer;
  mdRing: SharedArrayBuffer;
  stats: Float64Array;
  control: Int32Array;
}

const { options, engineRing: inSab, mdRing: outSab, stats, control } = workerData as MdpData;
if (options.pin.mdp !== undefined) parentPort!.postMessage({ type: 'pin', role: 'mdp', result: pinCurrentThread(options.pin.mdp) });

const input = Ring.attach(inSab);
const output = Ring.attach(outSab);
const mdp = new Mdp();
// Latency samples (µs), kept raw: the bench turns them into percentiles.
const samples = options.measureLatency ? new Float64Array(1 << 22) : undefined;
let nSamples = 0;
let events = 0;

const consume = (f64: Float64Array, i32: Int32Array, first: number, count: number) => {
  mdp.consume(f64, i32, first, count);
  events += count;
};

// The multicast feed (UDP A/B, snapshot loop, retransmission server) lives in this thread: it
// needs the Mdp's books for snapshots, and it needs this thread's event loop for its timers and
// sockets, so the loop below sleeps with Atomics.waitAsync rather than Atomics.wait.
const feed = options.feed ? await MulticastFeed.start({ config: feedConfig(options.feed), mdp }) : undefined;
if (feed) parentPort!.postMessage({ type: 'feed', sessionId: feed.sessionId, retransmitPort: feed.retransmission?.port });

stats[MdpStat.running] = 1;
// A pending Atomics.waitAsync does not keep a thread's event loop alive: this timer does.
const keepAlive = setInterval(() => {}, 1 << 30);
let sinceYield = 0;
for (;;) {
  if (input.read(consume) === 0) {
    if (input.closed && input.stats().depth === 0) break;
    // Between inputs only (snapshots must agree with what the feed has sent), let timers run.
    if (mdp.atInputBoundary) {
      sinceYield = 0;
      await input.waitForDataAsync(20);
    }
    continue;
  }
  const out = mdp.out;
  if (out.count === 0) continue;
  if (samples) {
    const now = (performance.timeOrigin + performance.now()) * 1000;
    const f = out.f64;
    const h = out.i32;
    for (let k = 0; k < out.count && nSamples < samples.length; k++) {
      if (mdType(h, k) === Md.Level) samples[nSamples++] = now - mdTime(f, k);
    }
  }
  feed?.onRecords(out.f64, out.i32, 0, out.count);
  output.write(out.bytes(), out.count);
  out.clear();
  if (++sinceYield >= 64 && mdp.atInputBoundary) {
    // Under a sustained burst, still let the feed's flush and heartbeat timers run now and then.
    sinceYield = 0;
    await new Promise((r) => setImmediate(r));
  }
  stats[MdpStat.events] = events;
  stats[MdpStat.records] = mdp.lastMdSeq;
  stats[MdpStat.lastMdSeq] = mdp.lastMdSeq;
  stats[MdpStat.lastInputSeq] = mdp.lastInputSeq;
  stats[MdpStat.e2eSamples] = nSamples;
}
clearInterval(keepAlive);
await feed?.close();
output.close();
stats[MdpStat.running] = 0;
parentPort!.postMessage({ type: 'stopped', mdSeq: mdp.lastMdSeq, samples: samples ? samples.slice(0, nSamples) : undefined });
