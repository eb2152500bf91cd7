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
import { MdpStat, CoreStat, Ctl, Lat, HOP_TIME, HOP_EVENTS, HOP_VERSION, FeedStat, Snap, isDecided } from './shared-stats.ts';
import { SharedHistogram } from '../../kernel/shared-histogram.ts';
import { MdLatency } from './md-latency.ts';
import { join } from 'node:path';
import { readSnapshot, snapshotName, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { StateReader, StateWriter } from '../../mdp/state-io.ts';
import type { ExchangeOptions } from './options.ts';

interface MdpData {
  options: ExchangeOptions;
  engineRing: SharedArrayBuffer;
  mdRing: SharedArrayBuffer;
  stats: Float64Array;
  control: Int32Array;
  latency: SharedArrayBuffer;
  coreStats: Float64Array;
  feedStats: Float64Array;
  snap: Float64Array;
}

const { options, engineRing: inSab, mdRing: outSab, stats, control, latency, coreStats, feedStats, snap } = workerData as MdpData;
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

// Metrics (docs/metrics.md): histograms in shared memory, written here only, read at scrape.
const measure = options.metrics;
const recordH = new SharedHistogram(latency, Lat.stampToRecord);
const datagramH = new SharedHistogram(latency, Lat.recordToDatagram);
const hopH = new SharedHistogram(latency, Lat.ringHop);
const hopVersion = new Int32Array(coreStats.buffer);
let lastHopTime = 0;
/** The ring hop, sampled: the core's last published (time, events) pair once this thread has read that far. */
function sampleHop(): void {
  const v = Atomics.load(hopVersion, HOP_VERSION);
  if ((v & 1) !== 0) return;
  const t = coreStats[HOP_TIME]!;
  const upTo = coreStats[HOP_EVENTS]!;
  if (Atomics.load(hopVersion, HOP_VERSION) !== v || t === lastHopTime || agent.events < upTo) return;
  lastHopTime = t;
  hopH.record((performance.timeOrigin + performance.now()) * 1000 - t);
}
const mdLatency = new MdLatency(recordH, () => mdp.lastInputSeq > coreStats[CoreStat.recoveredSeq]!, () => (performance.timeOrigin + performance.now()) * 1000);
if (measure) agent.addSink(mdLatency.sink);

let feed: MulticastFeed | undefined;
let feedTimer: ReturnType<typeof setInterval> | undefined;
try {
  await run();
} catch (e) {
  clearInterval(feedTimer);
  feedStats[FeedStat.up] = 0;
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
  // The main thread writes the file (fsync, rename) and prunes: off this thread's path (see core-worker.ts).
  parentPort!.postMessage({ type: 'snapshot', kind: MDP_SNAPSHOT, seq: mdp.lastInputSeq, bytes: w.finish() });
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
    const pub = f.publisher;
    if (measure) pub.onDatagram = (us) => datagramH.record(us);
    agent.addSink((f64, i32, first, count) => {
      pub.emitTimeUs = mdLatency.emitUs;
      f.onRecords(f64, i32, first, count);
    });
    const copyFeedStats = () => {
      const s = f.stats();
      const p = s.publisher;
      const fs = feedStats;
      fs[FeedStat.records] = p.records; fs[FeedStat.unrouted] = p.unrouted; fs[FeedStat.messages] = p.messages;
      fs[FeedStat.packets] = p.packets; fs[FeedStat.bytes] = p.bytes; fs[FeedStat.heartbeats] = p.heartbeats;
      fs[FeedStat.sendErrors] = p.sendErrors; fs[FeedStat.windowMessages] = p.windowMessages;
      const n = s.snapshots;
      if (n) {
        fs[FeedStat.snapshotBooks] = n.books; fs[FeedStat.snapshotLevels] = n.levels; fs[FeedStat.snapshotPackets] = n.packets;
        fs[FeedStat.snapshotCycles] = n.cycles; fs[FeedStat.snapshotSendErrors] = n.sendErrors;
      }
      const r = s.retransmission;
      if (r) {
        fs[FeedStat.rtConnections] = r.connections; fs[FeedStat.rtOpenConnections] = r.openConnections; fs[FeedStat.rtRequests] = r.requests;
        fs[FeedStat.rtServed] = r.served; fs[FeedStat.rtRefused] = r.refused; fs[FeedStat.rtMalformed] = r.malformed;
        fs[FeedStat.rtRateLimited] = r.rateLimited; fs[FeedStat.rtMessagesResent] = r.messagesResent; fs[FeedStat.rtPacketsResent] = r.packetsResent;
        fs[FeedStat.rtBytesSent] = r.bytesSent; fs[FeedStat.rtDisconnected] = r.disconnected; fs[FeedStat.rtConnectionsRefused] = r.connectionsRefused;
      }
      fs[FeedStat.up] = 1;
    };
    copyFeedStats();
    feedTimer = setInterval(copyFeedStats, 250);
    parentPort!.postMessage({ type: 'feed', sessionId: feed.sessionId, retransmitPort: feed.retransmission?.port });
  }
  agent.addSink((f64, _i32, first, count) => output.write(new Uint8Array(f64.buffer, f64.byteOffset + first * MD_SIZE, count * MD_SIZE), count));

  stats[MdpStat.running] = 1;
  // A pending Atomics.waitAsync does not keep a thread's event loop alive: this timer does.
  const keepAlive = setInterval(() => {}, 1 << 30);
  let sinceYield = 0;
  let cycles = 0;
  for (;;) {
    const got = agent.doWork(input);
    if (measure && got > 0) sampleHop();
    if (got === 0) {
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
    if ((++cycles & 15) === 0) {
      const cpu = process.threadCpuUsage(); // for benchmarks: this thread's CPU time
      stats[MdpStat.cpuUs] = cpu.user + cpu.system;
    }
  }
  clearInterval(keepAlive);
  clearInterval(feedTimer);
  feedStats[FeedStat.up] = 0;
  await feed?.close();
  output.close();
  stats[MdpStat.running] = 0;
  const cpu = process.threadCpuUsage();
  parentPort!.postMessage({ type: 'stopped', mdSeq: mdp.lastMdSeq, samples: samples ? samples.slice(0, nSamples) : undefined, cpuUs: cpu.user + cpu.system });
}
