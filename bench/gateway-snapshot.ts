/**
 * `npm run bench -- gateway-snapshot`: the gateway thread's pause at a snapshot marker, the
 * synchronous way (the whole state serialised at the marker, then the CRC that
 * writeSnapshotAsync computes before its first await: what the gateway did until now) against
 * the sliced way (GatewaySnapshotJob: a capture at the marker, then slices of snapshotSliceBytes (256 KiB)
 * bytes between loop turns while reports keep being appended, windows full so every append
 * drops). Same process, same book shape as the 64-session gateway bench at its steady state:
 * 64 sessions with full 4 MiB resend windows of ~75-byte reports, plus tracked live orders.
 * Medians of BENCH_GWSNAP_RUNS (default 5) runs of each, alternating.
 */
import { ReportBook } from '../server/gateway/reports.ts';
import { GatewaySnapshotJob, saveGatewayState } from '../server/gateway/state.ts';
import { crc32 } from '../server/kernel/crc32.ts';
import { printTable } from './lib/table.ts';
import type { Figures } from './lib/results.ts';

const SESSIONS = 64;
const WINDOW = 4 << 20;
const SLICE = 1 << 18; // as the gateway option snapshotSliceBytes defaults to

function makeBook(orders: number): ReportBook {
  const b = new ReportBook({ resendBytes: WINDOW, sink: () => undefined });
  const f = new Uint8Array(75).fill(7);
  for (let s = 1; s <= SESSIONS; s++) {
    const log = b.log(s);
    for (let i = 0; i < (WINDOW / 75) + 100; i++) log.append(f, 0, f.length);
  }
  for (let i = 1; i <= orders; i++) b.orders.set(i, { orderId: i, session: 1 + (i % SESSIONS), account: 1, symbol: 1, side: 1, clientOrderId: i, price: 1_900_000, qty: 100, leaves: 100, cum: 0 });
  return b;
}

/** This thread's CPU time, ms (a wall-clock pause on a loaded machine includes waiting for a core). */
const cpuMs = () => {
  const u = process.threadCpuUsage();
  return (u.user + u.system) / 1000;
};

const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;

export async function runGatewaySnapshotBench(): Promise<Figures> {
  const runs = Number(process.env.BENCH_GWSNAP_RUNS ?? 5);
  const orders = Number(process.env.BENCH_GWSNAP_ORDERS ?? 100_000);
  const book = makeBook(orders);
  const f = new Uint8Array(75).fill(9);
  const sync: number[] = [];
  const capture: number[] = [];
  const slice: number[] = [];
  const total: number[] = [];
  const syncCpu: number[] = [];
  const captureCpu: number[] = [];
  const sliceCpu: number[] = [];
  let bytes = 0;
  let slices = 0;
  for (let r = 0; r < runs; r++) {
    // Synchronous: serialise + CRC in one go on the thread.
    let t0 = performance.now();
    let c0 = cpuMs();
    const chunks = saveGatewayState(book);
    let crc = 0;
    for (const c of chunks) crc = crc32(c, 0, c.length, crc);
    sync.push(performance.now() - t0);
    syncCpu.push(cpuMs() - c0);
    bytes = chunks.reduce((n, c) => n + c.length, 0);
    // Sliced: the capture, then slices with 64 reports appended between them (every session's window full: each drops).
    t0 = performance.now();
    c0 = cpuMs();
    const job = new GatewaySnapshotJob(book);
    const start = performance.now();
    capture.push(start - t0);
    captureCpu.push(cpuMs() - c0);
    let worst = 0;
    let worstCpu = 0;
    let n = 0;
    for (;;) {
      const s0 = performance.now();
      const sc = cpuMs();
      const done = job.step(SLICE);
      worst = Math.max(worst, performance.now() - s0);
      worstCpu = Math.max(worstCpu, cpuMs() - sc);
      n++;
      if (done) break;
      for (let s = 1; s <= SESSIONS; s++) book.log(s).append(f, 0, f.length);
    }
    slice.push(worst);
    sliceCpu.push(worstCpu);
    total.push(performance.now() - t0);
    slices = n;
    if (job.crc !== crc && r === 0) throw new Error('the sliced snapshot differs from the synchronous one');
  }
  const ms = (v: number) => Math.round(v * 10) / 10;
  printTable(['figure (median of runs)', 'value'], [
    ['snapshot payload bytes (64 sessions x 4 MiB windows + tracked orders)', `${bytes} (${orders} orders)`],
    ['synchronous: pause of the gateway thread (serialise + CRC), ms wall (CPU)', `${ms(median(sync))} (${ms(median(syncCpu))})`],
    ['sliced: capture at the marker, ms wall (CPU)', `${ms(median(capture))} (${ms(median(captureCpu))})`],
    ['sliced: longest slice (256 KiB of copy or CRC), ms wall (CPU)', `${ms(median(slice))} (${ms(median(sliceCpu))})`],
    ['sliced: marker to done (slices with appends between), ms; slices', `${ms(median(total))}; ${slices}`],
  ]);
  return {
    gateway_snapshot_bytes: bytes,
    sync_pause_ms: ms(median(sync)),
    sync_pause_cpu_ms: ms(median(syncCpu)),
    sliced_capture_cpu_ms: ms(median(captureCpu)),
    sliced_longest_slice_cpu_ms: ms(median(sliceCpu)),
    sliced_capture_ms: ms(median(capture)),
    sliced_longest_slice_ms: ms(median(slice)),
    sliced_pause_ms: ms(Math.max(median(capture), median(slice))),
    sliced_total_ms: ms(median(total)),
    slices,
    runs,
  };
}
