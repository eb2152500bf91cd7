/**
 * The MDP thread: drives the MDP agent over the engine-event ring; its sinks are the multicast
 * feed and a second ring of market-data records towards the main thread (which serves the API
 * and the relay). When asked, it measures stamp-to-publish latency: the sequencer's stamp is in every record, and this thread
 * reads the wall clock after each batch (measurement only: the Mdp itself never reads a clock).
 * A failure closes the MD ring (the main thread keeps what it got) and leaves this thread as an
 * uncaught error, code and message intact for the main thread (see core-worker.ts).
 *
 * Snapshots: at start it waits for the core's choice of MDP snapshot (Snap block), restores it,
 * and hands the main thread the market it holds ('mdpState', before any record) so the API starts
 * from there. When the core has taken an engine snapshot at seq S, this thread writes its own
 * (mdp-SEQ.bin) at its first input boundary at or past S: off the core's path.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { Ring } from '../../bus/ring.ts';
import { pinCurrentThread } from './pin.ts';
import { MdpAgent } from '../../mdp/mdp-agent.ts';
import { Md, MD_SIZE, mdType, mdTime } from '../../mdp/records.ts';
import { MulticastFeed } from '../../multicast/feed.ts';
import { feedConfig } from '../../multicast/config.ts';
import { MdpStat, Ctl, Snap, isDecided } from './shared-stats.ts';
import { join } from 'node:path';
import { readSnapshot, writeSnapshot, pruneSnapshots, snapshotName, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { StateReader, StateWriter } from '../../mdp/state-io.ts';
import type { ExchangeOptions } from './options.ts';

interface MdpData {
  options: ExchangeOptions;
  engineRing: SharedArrayBuffer;
  mdRing: SharedArrayBuffer;
  stats: Float64Array;
  control: Int32Array;
  snap: Float64Array;
}

const { options, engineRing: inSab, mdRing: outSab, stats, control, snap } = workerData as MdpData;
const snapDir = join(options.data, 'journal', SNAPSHOT_DIR);
if (options.pin.mdp !== undefined) parentPort!.postMessage({ type: 'pin', role: 'mdp', result: pinCurrentThread(options.pin.mdp) });

const input = Ring.attach(inSab);
const output = Ring.attach(outSab);
const agent = new MdpAgent();
const mdp = agent.mdp;
// Latency samples (µs), kept raw: the bench turns them into percentiles.
const samples = options.measureLatency ? new Float64Array(1 << 22) : undefined;
let nSamples = 0;
if (samples) {
  agent.addSink((f64, i32, first, count) => {
    const now = (performance.timeOrigin + performance.now()) * 1000;
    for (let k = first; k < first + count && nSamples < samples.length; k++) {
      if (mdType(i32, k) === Md.Level) samples[nSamples++] = now - mdTime(f64, k);
    }
  });
}

let feed: MulticastFeed | undefined;
try {
  await run();
} catch (e) {
  await feed?.close().catch(() => undefined);
  output.close(); // the main thread keeps the records it got, then sees the ring end
  stats[MdpStat.running] = 0;
  throw e;
}

/** Restores the MDP snapshot the core chose (if any); tells the main thread what it holds. */
async function restore(): Promise<void> {
  while (!isDecided(snap)) {
    if (input.closed || Atomics.load(control, Ctl.stop) !== 0) return; // the core failed or stopped first
    await new Promise((r) => setTimeout(r, 2));
  }
  const seq = snap[Snap.mdpSeq]!;
  if (seq > 0) {
    const path = join(snapDir, snapshotName(seq, MDP_SNAPSHOT));
    const r = readSnapshot(path);
    mdp.loadState(new StateReader(r.bytes, path));
    parentPort!.postMessage({ type: 'mdpState', seq, mdSeq: mdp.lastMdSeq, seed: mdp.marketSeed() });
  } else parentPort!.postMessage({ type: 'mdpState', seq: 0, mdSeq: 0 });
  snap[Snap.written] = seq;
}

/** The MDP's part of a snapshot the core asked for, at this input boundary (seq >= the request). */
function snapshotIfAsked(): void {
  const want = snap[Snap.request]!;
  if (want <= snap[Snap.written]! || mdp.lastInputSeq < want || !mdp.atInputBoundary) return;
  const w = new StateWriter();
  mdp.saveState(w);
  writeSnapshot(snapDir, mdp.lastInputSeq, w.finish(), MDP_SNAPSHOT);
  pruneSnapshots(snapDir, 3, MDP_SNAPSHOT);
  snap[Snap.written] = mdp.lastInputSeq;
}

async function run(): Promise<void> {
  if (!options.memoryOnly) await restore();
  else parentPort!.postMessage({ type: 'mdpState', seq: 0, mdSeq: 0 });
  // The multicast feed (UDP A/B, snapshot loop, retransmission server) lives in this thread: it
  // needs the Mdp's books for snapshots, and it needs this thread's event loop for its timers and
  // sockets, so the loop below sleeps with Atomics.waitAsync rather than Atomics.wait.
  feed = options.feed ? await MulticastFeed.start({ config: feedConfig(options.feed), mdp }) : undefined;
  if (feed) {
    const f = feed;
    agent.addSink((f64, i32, first, count) => f.onRecords(f64, i32, first, count));
    parentPort!.postMessage({ type: 'feed', sessionId: feed.sessionId, retransmitPort: feed.retransmission?.port });
  }
  agent.addSink((f64, _i32, first, count) => output.write(new Uint8Array(f64.buffer, f64.byteOffset + first * MD_SIZE, count * MD_SIZE), count));

  stats[MdpStat.running] = 1;
  // A pending Atomics.waitAsync does not keep a thread's event loop alive: this timer does.
  const keepAlive = setInterval(() => {}, 1 << 30);
  let sinceYield = 0;
  for (;;) {
    if (agent.doWork(input) === 0) {
      if (!options.memoryOnly) snapshotIfAsked();
      if (input.closed && input.stats().depth === 0) break;
      // Between inputs only (snapshots must agree with what the feed has sent), let timers run.
      if (mdp.atInputBoundary) {
        sinceYield = 0;
        await input.waitForDataAsync(20);
      }
      continue;
    }
    if (!options.memoryOnly && snap[Snap.request]! > snap[Snap.written]!) snapshotIfAsked();
    if (++sinceYield >= 64 && mdp.atInputBoundary) {
      // Under a sustained burst, still let the feed's flush and heartbeat timers run now and then.
      sinceYield = 0;
      await new Promise((r) => setImmediate(r));
    }
    stats[MdpStat.events] = agent.events;
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
}
