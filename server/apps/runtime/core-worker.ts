/**
 * The core thread: order entry (the simulator) -> sequencer -> journal -> engine, and the
 * engine's events into the shared-memory ring towards the MDP thread. Events leave only after
 * the group commit made their inputs durable (Sequencer.commit). On start the whole journal is
 * replayed through the ring, so the MDP thread rebuilds its books and bars from seq 1.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { join } from 'node:path';
import { Ring } from '../../bus/ring.ts';
import { pinCurrentThread } from './pin.ts';
import { Sequencer } from '../../sequencer/sequencer.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import { writeSnapshot, pruneSnapshots } from '../../sequencer/snapshots.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { Engine } from '../../engine/engine.ts';
import type { EventLog } from '../../engine/events.ts';
import { OrderFlow } from '../../sim/flow.ts';
import { CoreStat, Ctl } from './shared-stats.ts';
import type { ExchangeOptions } from './options.ts';

interface CoreData {
  options: ExchangeOptions;
  ring: SharedArrayBuffer;
  stats: Float64Array;
  control: Int32Array;
}

const { options, ring: ringSab, stats, control } = workerData as CoreData;
const MAX_BATCH = 4096;
const SNAPSHOT_EVERY = 1_000_000;

/** Wall clock in µs: the one clock read of a live core (the sequencer calls it once per input). */
const wallClock = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

if (options.pin.core !== undefined) parentPort!.postMessage({ type: 'pin', role: 'core', result: pinCurrentThread(options.pin.core) });

const ring = Ring.attach(ringSab);
const toMdp = (log: EventLog) => {
  if (log.count > 0) ring.write(log.bytes(), log.count);
};

let journal: Journal | undefined;
let engine: Engine;
if (options.memoryOnly) engine = new Engine();
else {
  journal = Journal.open({ dir: join(options.data, 'journal'), fsync: options.fsync });
  engine = recover(journal, { useSnapshot: false, onEvents: toMdp }).engine;
}
parentPort!.postMessage({ type: 'recovered', seq: engine.lastSeq, events: engine.lastEventSeq });

const symbols = options.symbols;
const defined = engine.symbols().length >= symbols;
// A new seed per restart (the same seed would send the same orders again), instruments kept.
const flow = new OrderFlow({ seed: (options.seed + engine.lastSeq) >>> 0, symbols, startSeq: engine.lastSeq + 1 - (defined ? symbols : 0) });
const scratch = new Uint8Array(96);
if (defined) for (let k = 0; k < symbols; k++) flow.next(scratch, 0);
const seqr = new Sequencer({
  engine,
  clock: wallClock,
  journal,
  onDurable: (log) => {
    toMdp(log);
    flow.observe(log); // the simulated traders learn their fills, so their cancels aim at live orders
  },
});

const rate = options.rate;
const perInput = options.memoryOnly; // no fsync to amortise: publish every input at once
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
  const n = Math.min(due, MAX_BATCH);
  for (let k = 0; k < n; k++) {
    flow.next(scratch, 0);
    seqr.submit(scratch, 0);
    if (perInput) seqr.commit();
  }
  sent += n;
  seqr.commit();
  stats[CoreStat.inputs] = sent;
  stats[CoreStat.lastSeq] = engine.lastSeq;
  stats[CoreStat.events] = engine.lastEventSeq;
  stats[CoreStat.resting] = engine.restingOrders;
  stats[CoreStat.ringStalls] = ring.stats().stalls;
  if (journal && engine.lastSeq - lastSnapshot >= SNAPSHOT_EVERY) {
    const dir = join(options.data, 'journal', SNAPSHOT_DIR);
    writeSnapshot(dir, engine.lastSeq, engine.stateBytes());
    pruneSnapshots(dir, 3);
    lastSnapshot = engine.lastSeq;
  }
}
seqr.commit();
journal?.close();
ring.close();
stats[CoreStat.running] = 0;
parentPort!.postMessage({ type: 'stopped', seq: engine.lastSeq });
