/**
 * The core thread: drives the core agent (the simulator -> sequencer -> journal -> engine) at the
 * paced rate, and hands the engine's events to the shared-memory ring towards the MDP thread.
 * Events leave only after the group commit made their inputs durable (Sequencer.commit). On start the whole journal is
 * replayed through the ring, so the MDP thread rebuilds its books and bars from seq 1.
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
import { writeSnapshot, pruneSnapshots } from '../../sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { Engine } from '../../engine/engine.ts';
import { decodeEvent, evEndOfInput, EVENT_SLOTS, EvSlot, type EventLog, type EventView } from '../../engine/events.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import { simulatorFor, Inputs, InboundKind } from './sources.ts';
import { CoreStat, Ctl } from './shared-stats.ts';
import type { ExchangeOptions } from './options.ts';

interface CoreData {
  options: ExchangeOptions;
  ring: SharedArrayBuffer;
  stats: Float64Array;
  control: Int32Array;
  /** Rings of the producers besides the simulator (the admin channel first). */
  inbound: SharedArrayBuffer[];
}

const { options, ring: ringSab, stats, control, inbound } = workerData as CoreData;
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
  if (options.memoryOnly) engine = new Engine();
  else {
    journal = Journal.open({ dir: join(options.data, 'journal'), fsync: options.fsync });
    truncatedBytes = journal.recovery.truncatedBytes;
    engine = recover(journal, { useSnapshot: false, onEvents: toRing }).engine;
  }
  parentPort!.postMessage({ type: 'recovered', seq: engine.lastSeq, events: engine.lastEventSeq, truncatedBytes });

  const flow = simulatorFor(engine, { seed: options.seed, symbols: options.symbols });
  // Inputs of the other producers (admin channel, ...): seq -> the producer's request id, until durable.
  const inputs = new Inputs(inbound ?? []);
  const waiting = new Map<number, { producer: number; request: number; events: EventView[] }>();
  const scratch = new Uint8Array(96);
  const onDurable = (log: EventLog) => {
    toRing(log);
    flow.flow.observe(log); // the simulated traders learn their fills, so their cancels aim at live orders
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
  const core = CoreAgent.sync({ engine, clock: wallClock, journal, onDurable, source: flow, commitEvery: options.memoryOnly ? 1 : MAX_BATCH });

  const rate = options.rate;
  const t0 = performance.now();
  let sent = 0;
  let lastSnapshot = engine.lastSeq;
  stats[CoreStat.running] = 1;
  while (Atomics.load(control, Ctl.stop) === 0) {
    if (inputs.producers > 0 && inputs.drain(onInbound) > 0) {
      core.commit();
      stats[CoreStat.lastSeq] = engine.lastSeq;
      stats[CoreStat.events] = engine.lastEventSeq;
    }
    const due = rate > 0 ? Math.floor(((performance.now() - t0) / 1000) * rate) - sent : 0;
    if (due <= 0) {
      // Sleep until the next input is due (or stop is signalled): no busy loop on a shared core.
      const waitMs = rate > 0 ? Math.max(0.05, (sent + 1) / rate * 1000 - (performance.now() - t0)) : 50;
      Atomics.wait(control, Ctl.stop, 0, Math.min(waitMs, inputs.producers > 0 ? 5 : 50));
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
    }
  }
  core.commit();
  journal?.close();
  journal = undefined;
  ring.close();
  stats[CoreStat.running] = 0;
  parentPort!.postMessage({ type: 'stopped', seq: engine.lastSeq });
}
