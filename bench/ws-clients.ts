/**
 * The client side of bench `ws`, in its own process (forked by bench/ws.ts): N real `ws`
 * clients, each subscribed to book (depth 10) and trades for the same few symbols. Every client
 * counts frames and bytes; the first `sample` clients also parse every frame and record the
 * staleness of each book/trades message (receipt wall clock - the exchange's stamp `time`, both
 * on this machine's clock; recorded in µs, reported in ms) and the updates it carried (level changes + trades).
 *
 * With `lean` (bench relay's BENCH_RELAY_BULK=lean), the clients that are not sampled are
 * bench/lib/lean-ws.ts clients: every byte read and every frame header walked, no `ws` per message.
 *
 * IPC: parent -> {cmd:'start', url, clients, symbols, sample, lean?} | {cmd:'report'} | {cmd:'slice'} | {cmd:'frame'};
 * child -> {type:'ready'} | {type:'report', ...} | {type:'slice', p99, n} | {type:'frame', text}.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { openLean } from './lib/lean-ws.ts';
import { Histogram } from '../server/kernel/histogram.ts';

interface Start {
  cmd: 'start';
  url: string;
  clients: number;
  symbols: string[];
  sample: number;
  /** Connections opened at once (default 50). */
  batch?: number;
  /** Stop opening new batches after this long and report ready with those connected (default: no limit). */
  deadlineMs?: number;
  /**
   * The clients that are not sampled are lean (bench/lib/lean-ws.ts): real WebSocket clients on
   * real sockets that read every byte and walk every frame header, without `ws`'s per-message
   * copy, UTF-8 check and event. Sampled clients are always `ws` clients that parse every frame.
   */
  lean?: boolean;
}

const wallUs = () => (performance.timeOrigin + performance.now()) * 1000;
const staleness = new Histogram();
/** The same samples since the last 'slice' command: the p99 of one slice of the window (a cold relay's first seconds against the rest). */
const sliceStaleness = new Histogram();
/** This process's event-loop delay (a timer's lateness, 1 ms resolution): how long its own backlog holds a ready socket. */
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
const totals = { frames: 0, bytes: 0, sampledFrames: 0, sampledUpdates: 0, closed: 0, closeCodes: {} as Record<string, number> };
let lastFrame = '';
const sockets: WebSocket[] = [];
const leanSockets: Socket[] = [];

/** A lean load client (not sampled): ready once its subscriptions' snapshots came. */
function openLeanClient(i: number, o: Start, localAddress: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const want = 2 * o.symbols.length;
    let snapshots = 0;
    const requests = o.symbols.flatMap((s) => [
      JSON.stringify({ op: 'subscribe', channel: 'book', symbol: s, depth: 10 }),
      JSON.stringify({ op: 'subscribe', channel: 'trades', symbol: s }),
    ]);
    leanSockets.push(openLean({
      url: o.url, localAddress, requests, stats: totals,
      onOpen: want === 0 ? () => resolve() : undefined,
      onText: want === 0 ? undefined : (t) => {
        for (let k = t.indexOf('"snapshot":true'); k >= 0; k = t.indexOf('"snapshot":true', k + 1)) snapshots++;
        if (snapshots < want) return true;
        resolve();
        return false;
      },
      onClose: (code) => {
        totals.closed++;
        totals.closeCodes[code] = (totals.closeCodes[code] ?? 0) + 1;
      },
      onError: reject,
    }));
    void i;
  });
}

function open(i: number, o: Start): Promise<void> {
  return new Promise((resolve, reject) => {
    // Source addresses spread over 127.0.0.1-64 (any 127/8 address is local on Linux): thousands
    // of connections, closed and reopened phase after phase, never run out of ephemeral ports.
    const local = /^wss?:\/\/127\./.test(o.url) ? { localAddress: `127.0.0.${1 + (i % 64)}` } : {};
    if (o.lean && i >= o.sample) return void openLeanClient(i, o, local.localAddress).then(resolve, reject);
    const ws = new WebSocket(o.url, { perMessageDeflate: false, ...local });
    sockets.push(ws);
    const sampled = i < o.sample;
    let snapshots = 0;
    ws.on('open', () => {
      if (o.symbols.length === 0) resolve(); // idle clients (bench relay: memory per connection, raw writes)
      for (const s of o.symbols) {
        ws.send(JSON.stringify({ op: 'subscribe', channel: 'book', symbol: s, depth: 10 }));
        ws.send(JSON.stringify({ op: 'subscribe', channel: 'trades', symbol: s }));
      }
    });
    ws.on('message', (data: Buffer) => {
      totals.frames++;
      totals.bytes += data.length;
      if (o.symbols.length === 0 || (!sampled && snapshots >= 2 * o.symbols.length)) return;
      const now = wallUs();
      const text = data.toString();
      const msgs = JSON.parse(text) as { type: string; snapshot?: boolean; time?: number; bids?: unknown[]; asks?: unknown[]; trades?: unknown[] }[];
      let updates = 0;
      for (const m of msgs) {
        if (m.snapshot) {
          snapshots++;
          if (snapshots === 2 * o.symbols.length) resolve();
          continue;
        }
        if (m.type === 'book') updates += m.bids!.length + m.asks!.length;
        else if (m.type === 'trades') updates += m.trades!.length;
        else continue;
        if (sampled) {
          staleness.record(now - m.time!); // µs
          sliceStaleness.record(now - m.time!);
        }
      }
      if (sampled) {
        totals.sampledFrames++;
        totals.sampledUpdates += updates;
        if (updates > 0 && msgs.length > 1) lastFrame = text;
      }
    });
    ws.on('close', (code) => {
      totals.closed++;
      totals.closeCodes[code] = (totals.closeCodes[code] ?? 0) + 1;
    });
    ws.on('error', (e) => reject(e));
  });
}

process.on('message', async (m: { cmd: string } & Partial<Start>) => {
  if (m.cmd === 'start') {
    const o = m as Start;
    const batch = o.batch ?? 50;
    const end = performance.now() + (o.deadlineMs ?? Infinity);
    let connected = 0;
    for (let i = 0; i < o.clients && performance.now() < end; i += batch) {
      const n = Math.min(batch, o.clients - i);
      await Promise.all(Array.from({ length: n }, (_, k) => open(i + k, o)));
      connected += n;
    }
    staleness.reset();
    process.send!({ type: 'ready', connected });
  } else if (m.cmd === 'reset') {
    staleness.reset();
    loopDelay.reset();
    totals.sampledFrames = 0;
    totals.sampledUpdates = 0;
  } else if (m.cmd === 'report') {
    process.send!({
      type: 'report', ...totals, closeCodes: { ...totals.closeCodes },
      p50: staleness.percentile(50) / 1000, p99: staleness.percentile(99) / 1000, p999: staleness.percentile(99.9) / 1000, max: staleness.max / 1000, n: staleness.count,
      loopDelayP99: loopDelay.percentile(99) / 1e6, loopDelayMax: loopDelay.max / 1e6,
    });
  } else if (m.cmd === 'slice') {
    process.send!({ type: 'slice', p99: sliceStaleness.percentile(99) / 1000, n: sliceStaleness.count });
    sliceStaleness.reset();
  } else if (m.cmd === 'frame') {
    process.send!({ type: 'frame', text: lastFrame });
  } else if (m.cmd === 'stop') {
    for (const s of sockets) s.terminate();
    for (const s of leanSockets) s.destroy();
    process.exit(0);
  }
});
