/**
 * The core thread: drives the core agent (the simulator -> sequencer -> journal -> engine) at the
 * paced rate, and hands the engine's events to the shared-memory ring towards the MDP thread.
 * Events leave only after the group commit made their inputs durable (Sequencer.commit). On start it
 * recovers from the newest MDP snapshot M at or below the journal's end (the engine from the newest
 * engine snapshot at or below M, replayed to M with its events dropped) and sends the events of
 * the tail M+1..end through the ring; without an MDP snapshot, the whole journal. It tells the MDP
 * thread which snapshot to restore (Snap block) before the first event. After each engine
 * snapshot (and once after a recovery that replayed a tail) it asks the MDP thread for its own.
 *
 * With a gateway (options.gateway), the core also polls the gateway's commands ring: each run of
 * commands there is submitted in ring order (arrival order at the gateway = FIFO order, stamped
 * once here) and group-committed; every durable event also goes to the gateway's events ring,
 * from which the gateway derives the sessions' execution reports (the replay at start included).
 *
 * A failure (a coded BourseError such as JOURNAL_IO on ENOSPC or EMFILE, JOURNAL_LOCKED,
 * JOURNAL_TRUNCATED) closes the journal (releasing its lock) and the ring (the MDP thread drains
 * what was durable), then leaves this thread as an uncaught error: the main thread receives it
 * with its code and message (exchange.ts revives it); `bourse start` prints it and exits non-zero.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { join } from 'node:path';
import { Ring, RING_HEADER_BYTES, RING_SPIN } from '../../bus/ring.ts';
import { CMD_SIZE, Cmd, encodeCommand } from '../../engine/commands.ts';
import { pinCurrentThread } from './pin.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import { listSnapshots, ENGINE_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { usableGatewaySnapshot, GwMark } from '../../gateway/state.ts';
import { gwSnapshotEvery } from './options.ts';
import { BourseError } from '../../kernel/errors.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { Engine } from '../../engine/engine.ts';
import { decodeEvent, evEndOfInput, EVENT_SIZE, EVENT_SLOTS, EvSlot, type EventLog, type EventView } from '../../engine/events.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import { PipelinedCommitter } from '../../sequencer/pipelined.ts';
import { SyncChannel } from '../../sequencer/sync-channel.ts';
import { Mdp } from '../../mdp/mdp.ts';
import { StateReader } from '../../mdp/state-io.ts';
import { simulatorFor, Inputs, InboundKind, LiveCalendar } from './sources.ts';
import { loadCalendar } from './calendars.ts';
import { TradingStatus } from '../../kernel/types.ts';
import { CoreStat, Ctl, Lat, HOP_TIME, HOP_EVENTS, HOP_VERSION, Snap, markDecided } from './shared-stats.ts';
import { SharedHistogram } from '../../kernel/shared-histogram.ts';
import type { JournalSink } from '../../sequencer/sequencer.ts';
import { AckLatency } from './ack-latency.ts';
import { progressEnvMs } from './progress.ts';
import { CommitTimeline, Mark, wallUs, type StageBlocks } from '../../gateway/stages.ts';
import type { ExchangeOptions } from './options.ts';

interface CoreData {
  options: ExchangeOptions;
  ring: SharedArrayBuffer;
  /** Gateway -> core commands and core -> gateway events, when a gateway runs. */
  gatewayIn?: SharedArrayBuffer;
  gatewayOut?: SharedArrayBuffer;
  /** The pipelined commit's SyncChannel (its sync thread is the main thread's: journal-sync.ts). */
  syncChannel?: SharedArrayBuffer;
  stats: Float64Array;
  control: Int32Array;
  latency: SharedArrayBuffer;
  /** Rings of the producers besides the simulator and the gateway (the admin channel first). */
  inbound: SharedArrayBuffer[];
  snap: Float64Array;
  /** Per-stage timing (gateway option stageSample > 0): this thread records each group commit (gateway/stages.ts). */
  stages?: StageBlocks;
}

const { options, ring: ringSab, stats, control, latency, gatewayIn, gatewayOut, inbound, snap, stages, syncChannel } = workerData as CoreData;
const timeline = stages ? new CommitTimeline(stages) : undefined;
/** When this thread's modules were loaded (epoch ms): the restart's boot phase ends here (RecoveryReport.loadedAt). */
const loadedAt = performance.timeOrigin + performance.now();
const MAX_BATCH = 4096;
/**
 * Gateway commands taken per duty cycle, all in its one group commit. An fdatasync of tens of ms
 * (a shared disk) with at most 4,096 per commit capped order entry near 4,096 / fsync time (about
 * 100k/s at 40 ms); 16,384 lets a backlog go out in one commit instead of queueing behind it.
 */
const GW_BATCH = 16384;

/** Wall clock in µs: the one clock read of a live core (the sequencer calls it once per input). */
const timeOrigin = performance.timeOrigin; // constant; its getter allocated a number per input
const wallClock = () => Math.floor((timeOrigin + performance.now()) * 1000);

if (options.pin.core !== undefined) parentPort!.postMessage({ type: 'pin', role: 'core', result: pinCurrentThread(options.pin.core) });

const ring = Ring.attach(ringSab);
// Metrics (docs/metrics.md): histograms in shared memory, written here only, read at scrape.
const measure = options.metrics;
const ackH = new SharedHistogram(latency, Lat.ack);
const commitH = new SharedHistogram(latency, Lat.commit);
const hopVersion = new Int32Array(stats.buffer);
let eventsWritten = 0;
const gwIn = gatewayIn ? Ring.attach(gatewayIn) : undefined;
const gwOut = gatewayOut ? Ring.attach(gatewayOut) : undefined;
/** During recovery: the gateway restored its snapshot at this seq and takes only the events of later inputs. */
let gwAfter = 0;
const toGateway = (log: EventLog) => {
  if (!gwOut || log.count === 0) return;
  let k = 0;
  if (gwAfter > 0) while (k < log.count && log.f64[k * EVENT_SLOTS + EvSlot.inputSeq]! <= gwAfter) k++;
  if (k < log.count) gwOut.write(log.bytes().subarray(k * EVENT_SIZE), log.count - k);
};
const toRing = (log: EventLog) => {
  if (log.count === 0) return;
  ring.write(log.bytes(), log.count);
  toGateway(log);
  eventsWritten += log.count;
};
/** A ring-only record for the gateway (gateway/state.ts GwMark): restore from, or snapshot at, input `seq`. */
const gwMark = (type: number, seq: number) => {
  const rec = new Uint8Array(EVENT_SIZE);
  const dv = new DataView(rec.buffer);
  dv.setInt32(0, type, true);
  dv.setFloat64(EvSlot.inputSeq * 8, seq, true);
  gwOut!.write(rec, 1);
};
/** Once per duty cycle: (now, events written) for the MDP's ring-hop sample. Seqlock: odd while written. */
function publishHop(nowUs: number): void {
  Atomics.add(hopVersion, HOP_VERSION, 1);
  stats[HOP_TIME] = nowUs;
  stats[HOP_EVENTS] = eventsWritten;
  Atomics.add(hopVersion, HOP_VERSION, 1);
}
/** Pipelined group commit (options.pipelineCommit, docs/journal.md): the fdatasync on a sync thread. */
const pipelined = !options.memoryOnly && options.fsync && options.pipelineCommit;
// Pipelined, the inputs stamped but not released span the batch being synced and those written meanwhile.
const ack = new AckLatency(ackH, wallClock, pipelined ? 1 << 20 : MAX_BATCH + GW_BATCH + 1);
/** The journal, its group commit timed (write + fdatasync). */
function timedJournal(j: Journal): JournalSink {
  return {
    get lastSeq() {
      return j.lastSeq;
    },
    append: (rec) => j.append(rec),
    commit: () => {
      if (timeline) timeline.startUs = wallUs();
      const t0 = performance.now();
      const n = j.commit();
      commitH.record((performance.now() - t0) * 1000);
      return n;
    },
  };
}

/**
 * An engine snapshot's bytes (this thread serialises the engine: a few ms) go to the main thread,
 * which writes the file (fsync, rename, directory fsync) and prunes the old ones: tens of ms, up
 * to 150 ms on a busy disk, that stay off this thread's path (Exchange, 'snapshot' message).
 */
/** Engine snapshots since the gateway's last one (the gateway snapshots on every n-th: gwSnapshotEvery). */
let pairsSinceGw = 0;
const postSnapshot = (seq: number, bytes: Uint8Array) => parentPort!.postMessage({ type: 'snapshot', kind: ENGINE_SNAPSHOT, seq, bytes });

let journal: Journal | undefined;
let channel: SyncChannel | undefined;
try {
  run();
} catch (e) {
  channel?.stop();
  try {
    journal?.close(); // after a failed commit it commits nothing; it releases the lock
  } catch {
    /* the first error is the one to report */
  }
  ring.close();
  gwOut?.close();
  stats[CoreStat.running] = 0;
  throw e;
}

function run(): void {
  // Until recovery ends, the MDP thread measures no latency: replayed inputs carry old stamps.
  stats[CoreStat.recoveredSeq] = Infinity;
  let engine: Engine;
  let truncatedBytes = 0;
  const snapDir = join(options.data, 'journal', SNAPSHOT_DIR);
  const decide = (mdpSeq: number) => markDecided(snap, mdpSeq); // before any event is written
  let recovered = { snapshotSeq: 0, mdpSeq: 0, replayed: 0, skipped: [] as string[], ms: 0, loadedAt, openMs: 0, snapshotsMs: 0 };
  if (options.memoryOnly) {
    engine = new Engine();
    decide(0);
  } else {
    const tOpen = performance.now();
    journal = Journal.open({ dir: join(options.data, 'journal'), fsync: options.fsync });
    truncatedBytes = journal.recovery.truncatedBytes;
    const t0 = performance.now();
    let chosenAt = t0;
    const progressMs = progressEnvMs() ?? 200;
    let lastPost = t0;
    // The gateway's newest usable snapshot G (docs/order-entry.md "Restart from a snapshot"): the
    // engine starts at or below G and the gateway gets the events of inputs after G only.
    const gwSnap = gwOut ? usableGatewaySnapshot(snapDir, journal.lastSeq, options.gateway!.resendBytes) : undefined;
    if (gwSnap && gwSnap.seq > 0) {
      gwAfter = gwSnap.seq;
      gwMark(GwMark.Restore, gwSnap.seq);
    }
    const r = recover(journal, {
      engineAtOrBelow: gwOut ? gwAfter : undefined,
      onFoldedEvents: gwOut ? toGateway : undefined,
      mdp: true,
      checkMdp: (bytes, path) => new Mdp().loadState(new StateReader(bytes, path)),
      onEvents: toRing,
      onChosen: (c) => {
        chosenAt = performance.now();
        decide(c.mdpSeq);
        parentPort!.postMessage({ type: 'recovering', engineSeq: c.engineSeq, mdpSeq: c.mdpSeq, toSeq: c.toSeq });
      },
      onProgress: (seq, to) => {
        const now = performance.now();
        if (now - lastPost < progressMs) return;
        lastPost = now;
        parentPort!.postMessage({ type: 'progress', seq, to });
      },
    });
    engine = r.engine;
    recovered = { snapshotSeq: r.snapshotSeq, mdpSeq: r.mdpSnapshot?.seq ?? 0, replayed: r.replayed, skipped: [...(gwSnap?.skipped ?? []), ...r.skippedSnapshots], ms: performance.now() - t0, loadedAt, openMs: t0 - tOpen, snapshotsMs: chosenAt - t0 };
  }
  const gatewaySeq = gwAfter;
  gwAfter = 0; // live: every event goes to the gateway
  stats[CoreStat.recoveredSeq] = engine.lastSeq;
  parentPort!.postMessage({ type: 'recovered', seq: engine.lastSeq, events: engine.lastEventSeq, truncatedBytes, ...recovered, gatewaySeq });
  // A recovery that replayed a tail leaves a snapshot pair (and the gateway's) at its end: the next start replays nothing of it.
  if (journal && options.snapshotEvery > 0 && (engine.lastSeq > recovered.mdpSeq || (gwOut && engine.lastSeq > gatewaySeq))) {
    if (listSnapshots(snapDir)[0]?.seq !== engine.lastSeq) postSnapshot(engine.lastSeq, engine.stateBytes());
    snap[Snap.request] = engine.lastSeq;
    if (gwOut && engine.lastSeq > gatewaySeq) gwMark(GwMark.Snapshot, engine.lastSeq);
  }

  // JIT warm-up (options.warmupInputs): the sequencer and engine code compiled on a scratch
  // instance before the first order, not while the first second's orders queue (docs/benchmarks.md).
  if (options.warmupInputs > 0) {
    const e = new Engine();
    const a = CoreAgent.sync({ engine: e, clock: wallClock, onDurable: () => undefined, source: simulatorFor(e, { seed: options.seed, symbols: options.symbols }), commitEvery: MAX_BATCH });
    for (let done = 0; done < options.warmupInputs;) done += a.doWork(Math.min(MAX_BATCH, options.warmupInputs - done));
  }
  const flow = simulatorFor(engine, { seed: options.seed, symbols: options.symbols });
  // Inputs of the other producers (admin channel, ...): seq -> the producer's request id, until durable.
  const inputs = new Inputs(inbound ?? []);
  const waiting = new Map<number, { producer: number; request: number; events: EventView[] }>();
  const scratch = new Uint8Array(96);
  let releasedSeq = engine.lastSeq;
  const onDurable = (log: EventLog, lastSeq: number) => {
    if (measure) {
      if (pipelined) ack.releasedCount(lastSeq - releasedSeq);
      else ack.released();
      releasedSeq = lastSeq;
    }
    const endUs = timeline ? wallUs() : 0;
    toRing(log);
    timeline?.committed(lastSeq, endUs, wallUs());
    // The simulated traders learn their fills, so their cancels aim at live orders (not with the
    // simulator off: brokers' orders only, and its pools' removals cost 2-3% of this thread).
    if (options.rate > 0) flow.flow.observe(log);
    if (waiting.size > 0) answer(log);
  };
  /** The events of durable inputs a producer waits for go back to it (cold: admin commands). */
  const answer = (log: EventLog) => {
    for (let k = 0; k < log.count; k++) {
      const w = waiting.get(log.f64[k * EVENT_SLOTS + EvSlot.inputSeq]!);
      if (!w) continue;
      w.events.push(decodeEvent(log.f64, log.i32, k));
      if (evEndOfInput(log.i32, k)) {
        waiting.delete(w.events[0]!.inputSeq);
        parentPort!.postMessage({ type: 'inbound', producer: w.producer, request: w.request, events: w.events });
      }
    }
  };
  const onInbound = (producer: number, kind: number, request: number, rec: Uint8Array, at: number) => {
    if (kind === InboundKind.Command) {
      scratch.set(rec.subarray(at, at + 96));
      const seq = core.submit(scratch, 0);
      waiting.set(seq, { producer, request, events: [] });
    } else if (kind === InboundKind.ListAccounts) {
      parentPort!.postMessage({ type: 'inbound', producer, request, accounts: { firms: engine.firms(), accounts: engine.accounts(), positions: engine.positions(), symbols: engine.symbols().map((symbol) => ({ symbol, name: engine.instrument(symbol)!.name })) } });
    }
  };
  // Without a journal there is no fsync to amortise: every input is published at once.
  const sink = journal && (measure || timeline) ? timedJournal(journal) : journal;
  let pipe: PipelinedCommitter | undefined;
  let core: CoreAgent;
  if (pipelined && journal) {
    // The sync thread (started by the main thread, which watches it: a dead one is marked in the
    // channel) wakes this thread through the gateway ring's wake word: one wait covers both.
    if (!syncChannel) throw new BourseError('INVARIANT', 'pipelined commit without a sync channel');
    channel = new SyncChannel(syncChannel);
    let writeMs = NaN; // the first write not yet handed to a sync
    let syncMs = NaN; // the first write the sync in flight covers
    const timed = measure || timeline !== undefined;
    pipe = new PipelinedCommitter({
      engine, journal, channel, onDurable,
      clock: measure ? ack.clock : wallClock,
      onWrite: timed ? () => {
        if (timeline) timeline.startUs = wallUs();
        if (Number.isNaN(writeMs)) writeMs = performance.now();
      } : undefined,
      onSyncStart: timed ? () => {
        syncMs = writeMs;
        writeMs = NaN;
      } : undefined,
      // A commit is now write -> synced: from the first write a sync covers to its end (docs/metrics.md).
      onSynced: measure ? () => commitH.record((performance.now() - syncMs) * 1000) : undefined,
    });
    core = new CoreAgent({ committer: pipe, source: flow, commitEvery: MAX_BATCH });
  } else {
    core = CoreAgent.sync({ engine, clock: measure ? ack.clock : wallClock, journal: sink, onDurable, source: flow, commitEvery: options.memoryOnly ? 1 : MAX_BATCH });
  }
  const syncDone = () => pipe!.synced;

  // The gateway's commands, submitted in place in the ring (the slot is the consumer's until read() returns).
  const gwBytes = gwIn ? new Uint8Array(gwIn.sab, RING_HEADER_BYTES) : undefined;
  const fromGateway = (_f64: Float64Array, _i32: Int32Array, first: number, count: number) => {
    for (let i = first; i < first + count; i++) core.submit(gwBytes!, i * CMD_SIZE);
  };
  // No commit here: the gateway's commands and the simulator's inputs of one duty cycle share its
  // one group commit (one write + fdatasync), made by doWork or at the end of the cycle.
  const drainGateway = (): number => gwIn!.read(fromGateway, GW_BATCH);

  // Orders from brokers need instruments: with the simulator off, its definitions are sequenced once
  // (not its firm and accounts: brokers' accounts are the operator's to register, docs/accounts.md).
  if (gwIn && options.rate === 0 && engine.symbols().length < options.symbols) {
    for (const c of flow.flow.preludeCommands()) {
      if (c.type !== Cmd.DefineInstrument || engine.instrument(c.symbol)) continue;
      encodeCommand(c, scratch, 0);
      core.submit(scratch, 0);
    }
    core.commit();
  }

  // The trading calendar (issue 14): every phase change is one SET_PHASE per symbol, sequenced.
  const cal = options.calendar ? new LiveCalendar(loadCalendar(options.calendar), options.calendarSpeed, options.calendarEpochUs) : undefined;
  /** The current phase went out once every symbol was defined (the simulator's prelude sequenced). */
  let calSynced = false;
  const setPhase = (status: number) => {
    for (const symbol of engine.symbols()) {
      encodeCommand({ type: Cmd.SetPhase, symbol, status: status as TradingStatus }, scratch, 0);
      core.submit(scratch, 0);
    }
    core.commit();
  };
  const followCalendar = () => {
    const now = wallClock();
    for (let st = cal!.due(now); st !== undefined; st = cal!.due(now)) if (calSynced) setPhase(st);
    if (!calSynced && engine.symbols().length >= options.symbols) {
      calSynced = true;
      // A constant continuous calendar (24x7) never sequences a phase.
      if (!(cal!.cal.constant && cal!.phase === TradingStatus.Open)) setPhase(cal!.phase);
    }
  };

  const rate = options.rate;
  const t0 = performance.now();
  let sent = 0;
  /** Simulated inputs not sent because the calendar's phase takes no orders. */
  let dropped = 0;
  let lastSnapshot = engine.lastSeq;
  let cycles = 0;
  stats[CoreStat.running] = 1;
  while (Atomics.load(control, Ctl.stop) === 0) {
    if (timeline) timeline.cycleUs = wallUs();
    // The sync thread's finished fdatasync: release what it covered (their ack latency ends now), start the next.
    if (pipe && pipe.poll() && measure) ack.flush(wallClock());
    const fromGw = gwIn ? drainGateway() : 0;
    if (inputs.producers > 0 && inputs.drain(onInbound) > 0) {
      core.commit();
      stats[CoreStat.lastSeq] = engine.lastSeq;
      stats[CoreStat.events] = engine.lastEventSeq;
    }
    if (cal) followCalendar();
    let due = rate > 0 ? Math.floor(((performance.now() - t0) / 1000) * rate) - sent - dropped : 0;
    if (due > 0 && cal && calSynced && !cal.accepting) {
      // Closed or pre-open: the simulated traders send nothing (their due inputs are dropped, not queued).
      flow.skip(due);
      dropped += due;
      due = 0;
    }
    if (due <= 0 && fromGw === 0) {
      // Sleep until the next input is due, a gateway command arrives or stop is signalled: no busy loop on a shared core.
      const quiet = cal !== undefined && calSynced && !cal.accepting; // nothing to send until the next phase: poll the calendar
      const waitMs = rate > 0 && !quiet ? Math.max(0.05, (sent + dropped + 1) / rate * 1000 - (performance.now() - t0)) : 50;
      const cap = inputs.producers > 0 ? 5 : 50; // the admin rings are polled, not waited on
      if (gwIn) gwIn.waitForData(Math.min(waitMs, cap), RING_SPIN, pipe ? syncDone : undefined);
      else if (pipe?.inFlight) channel!.waitDone(Math.min(waitMs, cap));
      else Atomics.wait(control, Ctl.stop, 0, Math.min(waitMs, cap));
      continue;
    }
    if (due > 0) sent += core.doWork(Math.min(due, MAX_BATCH)); // commits what is pending, the gateway's too
    if (core.seqr.pending > 0) core.commit();
    pipe?.poll();
    if (measure) {
      const now = (timeOrigin + performance.now()) * 1000;
      ack.flush(now);
      publishHop(now);
    }
    stats[CoreStat.inputs] = sent;
    stats[CoreStat.lastSeq] = engine.lastSeq;
    stats[CoreStat.events] = engine.lastEventSeq;
    stats[CoreStat.resting] = engine.restingOrders;
    stats[CoreStat.ringStalls] = ring.stats().stalls;
    if ((++cycles & 15) === 0) {
      const cpu = process.threadCpuUsage(); // for benchmarks: this thread's CPU time
      stats[CoreStat.cpuUs] = cpu.user + cpu.system;
    }
    // The next pair only once the MDP took its part of the last one: pairs stay one to one, so the
    // newest 3 engine snapshots always include the one the newest MDP snapshot pairs with (a start
    // replays from that MDP snapshot; engine snapshots past it would only be pruned unused).
    if (journal && options.snapshotEvery > 0 && engine.lastSeq - lastSnapshot >= options.snapshotEvery && snap[Snap.written]! >= snap[Snap.request]!) {
      pipe?.flush(); // waits for the sync in flight and syncs the rest: the snapshot is at a durable boundary
      const s0 = timeline ? wallUs() : 0;
      postSnapshot(engine.lastSeq, engine.stateBytes()); // every input up to here is durable (committed above)
      timeline?.mark(Mark.engineSnapshot, s0, wallUs() - s0);
      lastSnapshot = engine.lastSeq;
      snap[Snap.request] = engine.lastSeq; // the MDP thread writes its part at its next input boundary past it
      // The gateway writes its part exactly at this seq (in-band), on every n-th pair only
      // (gateway option snapshotInputs): its resend windows make it large (133 MB in the gateway bench), and a restart
      // replays at most that many inputs more when the gateway runs.
      if (gwOut && ++pairsSinceGw >= gwSnapshotEvery(options.snapshotEvery, options.gateway?.snapshotInputs ?? 1)) {
        gwMark(GwMark.Snapshot, engine.lastSeq);
        pairsSinceGw = 0;
      }
    }
  }
  if (pipe) pipe.flush();
  else core.commit();
  channel?.stop();
  channel = undefined;
  journal?.close();
  journal = undefined;
  ring.close();
  gwOut?.close();
  stats[CoreStat.running] = 0;
  const cpu = process.threadCpuUsage();
  parentPort!.postMessage({ type: 'stopped', seq: engine.lastSeq, cpuUs: cpu.user + cpu.system });
}

