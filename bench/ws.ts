/**
 * Bench `ws`: the WebSocket relay under the threaded exchange at 215k orders/s.
 *
 *   npm run bench -- ws      (bench/run.ts writes bench/results/ws.json)
 *   BENCH_WS_SECONDS=60 BENCH_WS_CLIENTS=1000 npm run bench -- ws
 *
 * Live phase (BENCH_WS_SECONDS, default 20 s; 60 s is the goal's soak): the exchange (core and
 * MDP threads, simulator at BENCH_WS_RATE = 215,000 inputs/s over BENCH_WS_SYMBOLS = 200
 * symbols) feeds MarketState and the relay on this process's main thread; BENCH_WS_CLIENTS =
 * 1,000 `ws` clients in a separate process all subscribe to book (depth 10) and trades for the
 * BENCH_WS_BUSY = 4 busiest symbols (most trades during the warm-up). Figures:
 *   updates_per_s     level changes + trades written to clients per second (the relay counts
 *                     at the write; the client process confirms it received every byte)
 *   p99_staleness_ms  exchange stamp -> client receipt, over every book/trades message of the
 *                     sampled clients (BENCH_WS_SAMPLE = 20 parse every frame)
 *   rss_growth_mb     server RSS, mean of the last 5 s minus mean of the first 5 s
 *   server_cpu_pct    CPU of the server process (all its threads; 100 = one core)
 * Raw phase (5 s, simulator stopped): the last real frame, pre-framed once, written as fast
 * as the sockets take it to the same clients: `raw_ceiling_per_s` updates/s (frames/s times
 * the frame's updates) - the ceiling for the relay's own path, which also pre-frames.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Exchange } from '../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../server/apps/runtime/options.ts';
import { Md, mdType, mdSymbol } from '../server/mdp/records.ts';
import { attachRelay, type Relay, type RelayStats } from '../server/relay/relay.ts';
import { textFrame } from '../server/relay/frame.ts';
import type { Figures } from './lib/results.ts';
import { printTable } from './lib/table.ts';
import { sleep } from '../test/support/wait.ts';

const env = (k: string, d: number) => (process.env[k] ? Number(process.env[k]) : d);

interface ClientReport {
  frames: number;
  bytes: number;
  sampledFrames: number;
  sampledUpdates: number;
  closed: number;
  closeCodes: Record<string, number>;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  n: number;
}

function ask<T>(child: ChildProcess, cmd: object, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type !== type) return;
      child.off('message', on);
      resolve(m as T);
    };
    child.on('message', on);
    child.send(cmd);
  });
}

export async function runWsBench(): Promise<Figures> {
  const seconds = env('BENCH_WS_SECONDS', 20);
  const clients = env('BENCH_WS_CLIENTS', 1000);
  const rate = env('BENCH_WS_RATE', 215_000);
  const symbols = env('BENCH_WS_SYMBOLS', 200);
  const busy = env('BENCH_WS_BUSY', 4);
  const sample = Math.min(clients, env('BENCH_WS_SAMPLE', 20));
  const flushMs = env('BENCH_WS_FLUSH_MS', 20);
  const rawSeconds = 5;
  const data = mkdtempSync(join(tmpdir(), 'bourse-bench-ws-'));

  const tradesBySym = new Map<number, number>();
  let counting = true;
  let relay: Relay | undefined;
  const x = await Exchange.start(exchangeOptions({ data, rate, symbols, fsync: false, ringRecords: 1 << 18 }), [
    (f64, i32, first, count) => {
      if (counting) {
        for (let k = first; k < first + count; k++) {
          if (mdType(i32, k) === Md.Trade) tradesBySym.set(mdSymbol(i32, k), (tradesBySym.get(mdSymbol(i32, k)) ?? 0) + 1);
        }
      }
      relay?.onRecords(f64, i32, first, count);
    },
  ]);
  const server = createServer((_q, r) => r.end());
  const sockets: Duplex[] = [];
  server.on('upgrade', (_req, socket: Duplex) => sockets.push(socket));
  relay = attachRelay(server, { market: x.market, maxConnections: clients + 100, maxConnectionsPerAddress: clients + 100, flushMs, maxSubscriptions: 64 });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;

  // Warm-up: the simulator first fills the books, then trades; pick the busiest symbols by trades.
  const tradesSeen = () => [...tradesBySym.values()].reduce((a, b) => a + b, 0);
  for (let i = 0; i < 1200 && tradesSeen() < 20_000; i++) await sleep(100);
  if (tradesBySym.size < busy) {
    await x.stop();
    throw new Error(`ws: the simulator made only ${tradesSeen()} trades in 120 s of warm-up (machine too loaded?)`);
  }
  counting = false;
  const log = (m: string) => console.log(`ws: ${m}`);
  const chosen = [...tradesBySym].sort((a, b) => b[1] - a[1]).slice(0, busy).map(([id]) => x.market.instruments.get(id)!.name);
  const child = fork(new URL('./ws-clients.ts', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  log(`connecting ${clients} clients to ${chosen.join(', ')}`);
  const tConnect = performance.now();
  await ask(child, { cmd: 'start', url, clients, symbols: chosen, sample }, 'ready');
  const connectS = (performance.now() - tConnect) / 1000;

  log(`connected in ${connectS.toFixed(1)} s; measuring ${seconds} s`);
  // Live phase.
  child.send({ cmd: 'reset' });
  const r0 = await ask<ClientReport>(child, { cmd: 'report' }, 'report');
  const s0: RelayStats = relay.stats();
  const x0 = x.stats();
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const t0 = performance.now();
  const rss: number[] = [];
  const perSecond: number[] = [];
  let prev = s0;
  for (let i = 0; i < seconds; i++) {
    await sleep(1000);
    rss.push(process.memoryUsage().rss / 2 ** 20);
    const s = relay.stats();
    perSecond.push(s.updates - prev.updates);
    prev = s;
  }
  const wall = (performance.now() - t0) / 1000;
  const s1 = relay.stats();
  const x1 = x.stats();
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  await sleep(300); // let the last frames land before the client's count
  const r1 = await ask<ClientReport>(child, { cmd: 'report' }, 'report');

  log(`raw phase ${rawSeconds} s`);
  // Raw phase: the simulator stops; the last real frame, framed once, to every socket.
  await x.stop();
  await sleep(500);
  const text = (await ask<{ text: string }>(child, { cmd: 'frame' }, 'frame')).text;
  const msgs = JSON.parse(text) as { bids?: unknown[]; asks?: unknown[]; trades?: unknown[] }[];
  const perFrame = msgs.reduce((n, m) => n + (m.bids?.length ?? 0) + (m.asks?.length ?? 0) + (m.trades?.length ?? 0), 0);
  const frame = textFrame(text);
  const r2 = await ask<ClientReport>(child, { cmd: 'report' }, 'report');
  const HWM = 256 * 1024;
  let written = 0;
  const tr0 = performance.now();
  while (performance.now() - tr0 < rawSeconds * 1000) {
    for (const s of sockets) {
      if (s.writableLength > HWM || s.destroyed) continue;
      s.write(frame);
      written++;
    }
    await new Promise((r) => setImmediate(r));
  }
  const rawWall = (performance.now() - tr0) / 1000;
  await sleep(500);
  const r3 = await ask<ClientReport>(child, { cmd: 'report' }, 'report');
  const rawFramesRecv = r3.frames - r2.frames;

  child.send({ cmd: 'stop' });
  await relay.close();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(data, { recursive: true, force: true });

  const updatesPerS = (s1.updates - s0.updates) / wall;
  const bytesSent = s1.bytes - s0.bytes;
  const bytesRecv = r1.bytes - r0.bytes;
  const half = Math.min(5, Math.floor(rss.length / 2));
  const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);
  const sorted = [...perSecond].sort((a, b) => a - b);
  const figures: Figures = {
    updates_per_s: Math.round(updatesPerS),
    updates_per_s_median_second: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p50_staleness_ms: r1.p50,
    p99_staleness_ms: r1.p99,
    p999_staleness_ms: r1.p999,
    raw_ceiling_per_s: Math.round((rawFramesRecv * perFrame) / rawWall),
    raw_writes_per_s: Math.round(written / rawWall),
    relay_vs_raw: Math.round((updatesPerS / Math.max(1, (rawFramesRecv * perFrame) / rawWall)) * 1000) / 1000,
    rss_growth_mb: Math.round((mean(rss.slice(-half)) - mean(rss.slice(0, half))) * 10) / 10,
    rss_mb: Math.round(rss[rss.length - 1] ?? 0),
    server_cpu_pct: Math.round(((cpu.user + cpu.system) / 1e6 / wall) * 100),
    main_thread_busy_pct: Math.round(elu.utilization * 100),
    frames_per_s: Math.round((s1.frames - s0.frames) / wall),
    mb_per_s: Math.round((bytesSent / wall / 2 ** 20) * 10) / 10,
    bytes_received_ratio: Math.round((bytesRecv / Math.max(1, bytesSent)) * 1000) / 1000,
    inputs_per_s: Math.round((x1.lastSeq - x0.lastSeq) / wall),
    md_records_per_s: Math.round((x1.mdRecords - x0.mdRecords) / wall),
    clients,
    seconds,
    lagging_clients_end: s1.lagging,
    conflated_updates: s1.conflatedUpdates - s0.conflatedUpdates,
    slow_consumer_closes: s1.slowConsumerCloses,
    connect_s: Math.round(connectS * 10) / 10,
    flushes_per_s: Math.round((s1.flushes - s0.flushes) / wall),
    loadavg_1m: Math.round(loadavg()[0]! * 10) / 10,
  };
  printTable(['phase', 'clients', 'seconds', 'updates/s', 'frames/s', 'MB/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'server cpu %', 'rss growth MB'], [
    ['relay (live, 215k/s)', clients, seconds, figures.updates_per_s, figures.frames_per_s, figures.mb_per_s, r1.p50, r1.p99, r1.p999, figures.server_cpu_pct, figures.rss_growth_mb],
    ['raw pre-framed writes', clients, rawSeconds, figures.raw_ceiling_per_s, Math.round(rawFramesRecv / rawWall), Math.round(((rawFramesRecv * frame.length) / rawWall / 2 ** 20) * 10) / 10, undefined, undefined, undefined, undefined, undefined],
  ], `ws: ${clients} clients on ${chosen.join(', ')} (book depth 10 + trades), ${symbols} symbols at ${Math.round(figures.inputs_per_s!).toLocaleString('en-US')} inputs/s, flush ${flushMs} ms; ${perFrame} updates per raw frame`);
  if (r1.closed > 0) console.log(`client closes: ${JSON.stringify(r1.closeCodes)}`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runWsBench());
}
