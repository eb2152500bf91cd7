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
 * A failure (a coded BourseError such as JOURNAL_IO on ENOSPC or EMFILE, JOURNAL_LOCKED,
 * JOURNAL_TRUNCATED) closes the journal (releasing its lock) and the ring (the MDP thread drains
 * what was durable), then leaves this thread as an uncaught error: the main thread receives it
 * with its code and message (exchange.ts revives it); `bourse start` prints it and exits non-zero.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { join } from 'node:path';
import { Ring } from '../../bus/ring.ts';
import { pinCurrentThread } from './pin.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import { writeSnapshot, pruneSnapshots, listSnapshots } from '../../sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { Engine } from '../../engine/engine.ts';
import type { EventLog } from '../../engine/events.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import { Mdp } from '../../mdp/mdp.ts';
import { StateReader } from '../../mdp/state-io.ts';
import { simulatorFor } from './sources.ts';
import { CoreStat, Ctl, Snap, markDecided } from './shared-stats.ts';
import type { ExchangeOptions } from './options.ts';

interface CoreData {
  options: ExchangeOptions;
  ring: SharedArrayBuffer;
  stats: Float64Array;
  control: Int32Array;
  snap: Float64Array;
}

const { options, ring: ringSab, stats, control, snap } = workerData as CoreData;
const MAX_BATCH = 4096;

/** Wall clock in µs: the one clock read of a live core (the sequencer calls it once per input). */
const wallClock = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

if (options.pin.core !== undefined) parentPort!.postMessage({ type: 'pin', role: 'core', result: pinCurrentThread(options.pin.core) });

const ring = Ring.attach(ringSab);
const toRing = (log: EventLog) => {
  if (log.count > 0) ring.write(log.bytes(), log.count);
};

let journal: Journal | undefined;
try {
  run();
} catch (e) {
  try {
    journal?.close(); // after a failed commit it commits nothing; it releases the lock
  } catch {
    /* the first error is the one to report */
  }
  ring.close();
  stats[CoreStat.running] = 0;
  throw e;
}

function run(): void {
  let engine: Engine;
  let truncatedBytes = 0;
  const snapDir = join(options.data, 'journal', SNAPSHOT_DIR);
  const decide = (mdpSeq: number) => markDecided(snap, mdpSeq); // before any event is written
  let recovered = { snapshotSeq: 0, mdpSeq: 0, replayed: 0, skipped: [] as string[], ms: 0 };
  if (options.memoryOnly) {
    engine = new Engine();
    decide(0);
  } else {
    journal = Journal.open({ dir: join(options.data, 'journal'), fsync: options.fsync });
    truncatedBytes = journal.recovery.truncatedBytes;
    const t0 = performance.now();
    let lastPost = t0;
    const r = recover(journal, {
      mdp: true,
      checkMdp: (bytes, path) => new Mdp().loadState(new StateReader(bytes, path)),
      onEvents: toRing,
      onChosen: (c) => {
        decide(c.mdpSeq);
        parentPort!.postMessage({ type: 'recovering', engineSeq: c.engineSeq, mdpSeq: c.mdpSeq, toSeq: c.toSeq });
      },
      onProgress: (seq, to) => {
        const now = performance.now();
        if (now - lastPost < 200) return;
        lastPost = now;
        parentPort!.postMessage({ type: 'progress', seq, to });
      },
    });
    engine = r.engine;
    recovered = { snapshotSeq: r.snapshotSeq, mdpSeq: r.mdpSnapshot?.seq ?? 0, replayed: r.replayed, skipped: r.skippedSnapshots, ms: performance.now() - t0 };
  }
  parentPort!.postMessage({ type: 'recovered', seq: engine.lastSeq, events: engine.lastEventSeq, truncatedBytes, ...recovered });
  // A recovery that replayed a tail leaves a snapshot pair at its end: the next start replays nothing of it.
  if (journal && options.snapshotEvery > 0 && engine.lastSeq > recovered.mdpSeq) {
    if (listSnapshots(snapDir)[0]?.seq !== engine.lastSeq) {
      writeSnapshot(snapDir, engine.lastSeq, engine.stateBytes());
      pruneSnapshots(snapDir, 3);
    }
    snap[Snap.request] = engine.lastSeq;
  }

  const flow = simulatorFor(engine, { seed: options.seed, symbols: options.symbols });
  const onDurable = (log: EventLog) => {
    toRing(log);
    flow.flow.observe(log); // the simulated traders learn their fills, so their cancels aim at live orders
  };
  // Without a journal there is no fsync to amortise: every input is published at once.
  const core = CoreAgent.sync({ engine, clock: wallClock, journal, onDurable, source: flow, commitEvery: options.memoryOnly ? 1 : MAX_BATCH });

  const rate = options.rate;
  const t0 = performance.now();
  let sent = 0;
  let lastSnapshot = engine.lastSeq;
  stats[CoreStat.running] = 1;
  while (Atomics.load(control, Ctl.stop) === 0) {
    const due = rate > 0 ? Math.floor(((performance.now() - t0) / 1000) * rate) - sent : 0;
    if (due <= 0) {
      // Sleep until the next input is due (or stop is signalled): no busy loop on a shared core.
      const waitMs = rate > 0 ? Math.max(0.05, (sent + 1) / rate * 1000 - (performance.now() - t0)) : 50;
      Atomics.wait(control, Ctl.stop, 0, Math.min(waitMs, 50));
      continue;
    }
    sent += core.doWork(Math.min(due, MAX_BATCH));
    stats[CoreStat.inputs] = sent;
    stats[CoreStat.lastSeq] = engine.lastSeq;
    stats[CoreStat.events] = engine.lastEventSeq;
    stats[CoreStat.resting] = engine.restingOrders;
    stats[CoreStat.ringStalls] = ring.stats().stalls;
    if (journal && options.snapshotEvery > 0 && engine.lastSeq - lastSnapshot >= options.snapshotEvery) {
      const dir = join(options.data, 'journal', SNAPSHOT_DIR);
      writeSnapshot(dir, engine.lastSeq, engine.stateBytes());
      pruneSnapshots(dir, 3);
      lastSnapshot = engine.lastSeq;
      snap[Snap.request] = engine.lastSeq; // the MDP thread writes its part at its next input boundary past it
    }
  }
  core.commit();
  journal?.close();
  journal = undefined;
  ring.close();
  stats[CoreStat.running] = 0;
  parentPort!.postMessage({ type: 'stopped', seq: engine.lastSeq });
}
