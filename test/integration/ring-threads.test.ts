// The ring between real worker threads: every record arrives once and in order, a slow consumer
// stalls the producer without loss, and a worker can be pinned to a CPU. This file is also the
// worker: started again inside a worker thread, it runs the role named in workerData.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMainThread, parentPort, workerData, Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { Ring, RING_HEADER_BYTES } from '../../server/bus/ring.ts';
import { cpusAllowed, pinCurrentThread } from '../../server/apps/runtime/pin.ts';
import { EVENT_SIZE, EvSlot } from '../../server/engine/events.ts';

const SLOTS = EVENT_SIZE / 8;
/** The last slot carries a value derived from seq: a torn record shows. */
const CHECK = SLOTS - 1;

interface Job {
  role: 'producer' | 'consumer' | 'pin' | 'ping' | 'echo';
  sab?: SharedArrayBuffer;
  /** ping/echo: the ring going back. */
  back?: SharedArrayBuffer;
  total?: number;
  /** Consumer: sleep this many ms after every `pauseEvery` records (a slow consumer). */
  pauseMs?: number;
  pauseEvery?: number;
  cpu?: number;
}

interface ConsumerReport {
  received: number;
  outOfOrder: number;
  corrupt: number;
  maxDepth: number;
  sleeps: number;
  /** waitForData calls that timed out while the producer was still writing: lost wake-ups. */
  timeouts: number;
}

// ---- worker side --------------------------------------------------------------------------------

function produce(sab: SharedArrayBuffer, total: number): void {
  const ring = Ring.attach(sab);
  const batchMax = 64;
  const f64 = new Float64Array(batchMax * SLOTS);
  const u8 = new Uint8Array(f64.buffer);
  let seq = 1;
  let k = 0;
  while (seq <= total) {
    const n = Math.min(1 + (k++ % batchMax), total - seq + 1); // batches of 1..64 records
    for (let i = 0; i < n; i++) {
      const s = i * SLOTS;
      f64[s + EvSlot.seq] = seq; // only seq and the check slot matter here
      f64[s + CHECK] = seq * 7 + 1;
      seq++;
    }
    ring.write(u8, n, 10_000); // a lost wake-up would show as BUS_STALLED, not a hang
  }
  ring.close();
}

function consume(job: Job): ConsumerReport {
  const ring = Ring.attach(job.sab!);
  const report: ConsumerReport = { received: 0, outOfOrder: 0, corrupt: 0, maxDepth: 0, sleeps: 0, timeouts: 0 };
  const nap = new Int32Array(new SharedArrayBuffer(4));
  let nextPause = job.pauseEvery ?? Infinity;
  const handler = (f64: Float64Array, _i32: Int32Array, first: number, count: number): void => {
    for (let i = first; i < first + count; i++) {
      const s = i * SLOTS;
      const seq = f64[s + EvSlot.seq]!;
      if (seq !== report.received + 1) report.outOfOrder++;
      if (f64[s + CHECK] !== seq * 7 + 1) report.corrupt++;
      report.received++;
    }
  };
  for (;;) {
    const depth = ring.stats().depth;
    if (depth > report.maxDepth) report.maxDepth = depth;
    if (ring.read(handler, 256) > 0) {
      if (report.received >= nextPause) {
        Atomics.wait(nap, 0, 0, job.pauseMs ?? 0);
        nextPause += job.pauseEvery!;
      }
      continue;
    }
    if (ring.closed) {
      if (ring.read(handler) === 0) break; // close() comes after the last record: one more read is enough
      continue;
    }
    report.sleeps++;
    if (!ring.waitForData(5000) && !ring.closed) report.timeouts++;
  }
  return report;
}

/**
 * Ping-pong over two rings, never spinning: each record is only written after the previous one
 * came back, so a single lost wake-up would stall a side until its 5 s timeout (counted).
 */
function ping(job: Job): { rounds: number; wrong: number; timeouts: number } {
  const out = Ring.attach(job.sab!);
  const back = Ring.attach(job.back!);
  const rec = new Float64Array(SLOTS);
  const u8 = new Uint8Array(rec.buffer);
  let got = 0;
  let wrong = 0;
  let timeouts = 0;
  for (let k = 1; k <= job.total!; k++) {
    rec[EvSlot.seq] = k;
    out.write(u8, 1, 10_000);
    let n = 0;
    while (n === 0) {
      if (!back.waitForData(5000, 0)) timeouts++;
      n = back.read((f64, _i, first) => {
        got = f64[first * SLOTS + EvSlot.seq]!;
      }, 1);
    }
    if (got !== k) wrong++;
  }
  out.close();
  return { rounds: job.total!, wrong, timeouts };
}

function echo(job: Job): void {
  const inbox = Ring.attach(job.sab!);
  const back = Ring.attach(job.back!);
  const rec = new Float64Array(SLOTS);
  const u8 = new Uint8Array(rec.buffer);
  const copy = (f64: Float64Array, _i: Int32Array, first: number): void => {
    rec.set(f64.subarray(first * SLOTS, first * SLOTS + SLOTS));
  };
  for (;;) {
    if (inbox.read(copy, 1) === 1) {
      back.write(u8, 1, 10_000);
      continue;
    }
    if (inbox.closed) break;
    inbox.waitForData(5000, 0);
  }
}

if (!isMainThread && (workerData as Job | undefined)?.role) {
  const job = workerData as Job;
  if (job.role === 'producer') {
    produce(job.sab!, job.total!);
    parentPort!.postMessage({ done: true, stats: Ring.attach(job.sab!).stats() });
  } else if (job.role === 'consumer') {
    parentPort!.postMessage(consume(job));
  } else if (job.role === 'ping') {
    parentPort!.postMessage(ping(job));
  } else if (job.role === 'echo') {
    echo(job);
    parentPort!.postMessage('done');
  } else {
    const r = pinCurrentThread(job.cpu!);
    parentPort!.postMessage(r);
    // Stay alive until the main thread has read our affinity.
    parentPort!.once('message', () => process.exit(0));
  }
}

// ---- main side ----------------------------------------------------------------------------------

function start(job: Job): Worker {
  return new Worker(new URL(import.meta.url), { workerData: job });
}

function result<T>(w: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => reject(new Error(`worker exited with ${code} before reporting`)));
  });
}

async function run(total: number, capacity: number, consumerJob: Partial<Job>) {
  const ring = Ring.create(capacity, EVENT_SIZE);
  const bytes = ring.sab.byteLength;
  const consumer = start({ role: 'consumer', sab: ring.sab, ...consumerJob });
  const producer = start({ role: 'producer', sab: ring.sab, total });
  const [report, prod] = await Promise.all([result<ConsumerReport>(consumer), result<{ stats: ReturnType<Ring['stats']> }>(producer)]);
  await Promise.all([consumer.terminate(), producer.terminate()]);
  return { report, prod: prod.stats, final: ring.stats(), bytes, bytesAfter: ring.sab.byteLength };
}

if (isMainThread) {
  test('2,000,000 records cross threads exactly once and in order', async () => {
    const total = 2_000_000;
    const { report, final } = await run(total, 1024, {});
    assert.deepEqual({ received: report.received, outOfOrder: report.outOfOrder, corrupt: report.corrupt }, { received: total, outOfOrder: 0, corrupt: 0 });
    assert.equal(final.written, total);
    assert.equal(final.read, total);
    assert.equal(final.depth, 0);
    assert.equal(report.timeouts, 0, 'no lost wake-ups');
  });

  test('ping-pong where every wait sleeps: no wake-up is ever lost', async () => {
    const rounds = 3000;
    const there = Ring.create(4, EVENT_SIZE);
    const back = Ring.create(4, EVENT_SIZE);
    const echoer = start({ role: 'echo', sab: there.sab, back: back.sab });
    const pinger = start({ role: 'ping', sab: there.sab, back: back.sab, total: rounds });
    const [r] = await Promise.all([result<{ rounds: number; wrong: number; timeouts: number }>(pinger), result<string>(echoer)]);
    await Promise.all([echoer.terminate(), pinger.terminate()]);
    assert.deepEqual(r, { rounds, wrong: 0, timeouts: 0 });
    assert.equal(there.stats().read, rounds);
    assert.equal(back.stats().read, rounds);
  });

  test('a slow consumer stalls the producer: nothing lost, the ring never grows', async () => {
    const total = 20_000;
    const capacity = 64;
    const { report, prod, final, bytes, bytesAfter } = await run(total, capacity, { pauseMs: 2, pauseEvery: 1000 });
    assert.equal(report.received, total);
    assert.equal(report.outOfOrder, 0);
    assert.equal(report.corrupt, 0);
    assert.ok(prod.stalls > 0, `producer stalled (${prod.stalls} times)`);
    assert.equal(final.stalls, prod.stalls);
    assert.ok(report.maxDepth <= capacity, `depth ${report.maxDepth} stayed within ${capacity}`);
    assert.equal(bytes, RING_HEADER_BYTES + capacity * EVENT_SIZE);
    assert.equal(bytesAfter, bytes);
  });

  test('a worker pins itself to one CPU and the kernel shows it', async (t) => {
    const cpu = availableParallelism() > 1 ? 1 : 0;
    const w = start({ role: 'pin', cpu });
    const r = await result<ReturnType<typeof pinCurrentThread>>(w);
    if (!r.ok) {
      await w.terminate();
      t.skip(`pinning unavailable here: ${r.reason}`);
      return;
    }
    const seen = cpusAllowed(r.tid);
    const mainTid = Number(process.pid); // the main thread's tid is the pid
    const mainCpus = cpusAllowed(mainTid);
    w.postMessage('bye');
    await new Promise((resolve) => w.once('exit', resolve));
    assert.equal(r.cpu, cpu);
    assert.notEqual(r.tid, mainTid);
    assert.equal(seen, String(cpu));
    assert.notEqual(mainCpus, undefined);
    if (availableParallelism() > 1) assert.notEqual(mainCpus, String(cpu), 'only the worker thread was pinned');
  });
}
