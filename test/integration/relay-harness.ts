/**
 * Shared by the relay tests: a real market driven in-process (MdSim: the core and MDP agents
 * on one thread -> MD records -> MarketState + the relay), a real HTTP server with the relay attached,
 * and a real `ws` client that rebuilds books from snapshot + updates and checks every checksum
 * and every `prev` link.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { MarketState } from '../../server/mdp/market-state.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { attachRelay, type Relay, type RecordsListener } from '../../server/relay/relay.ts';
import type { RelayOptions } from '../../server/relay/options.ts';

const wallUs = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

/** The exchange in one thread: `step(n)` sequences n simulated inputs and publishes their MD records. */
export class SimMarket {
  readonly market = new MarketState();
  readonly listeners: RecordsListener[] = [];
  private readonly sim: MdSim;
  private timer: NodeJS.Timeout | undefined;

  constructor(opts: { seed?: number; symbols?: number } = {}) {
    const fanOut: RecordsListener = (f64, i32, first, count) => {
      this.market.applyRecords(f64, i32, first, count);
      for (const l of this.listeners) l(f64, i32, first, count);
    };
    this.sim = new MdSim({ seed: opts.seed ?? 7, symbols: opts.symbols ?? 3, resting: 300, clock: wallUs, batch: Infinity, sinks: [fanOut] });
  }

  step(n: number): void {
    this.sim.run(n);
  }

  /** Run `perTick` inputs every `ms` until stop(). */
  run(perTick: number, ms = 5): void {
    this.stop();
    this.timer = setInterval(() => this.step(perTick), ms);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

export interface RelayRig {
  sim: SimMarket;
  relay: Relay;
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startRig(opts: Partial<RelayOptions> = {}, sim = new SimMarket()): Promise<RelayRig> {
  if (sim.market.instruments.size === 0) sim.step(200);
  const server = createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  const relay = attachRelay(server, { market: sim.market, source: { onRecords: (l) => sim.listeners.push(l) }, ...opts });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    sim, relay, server, url: `ws://127.0.0.1:${port}/ws`,
    async close() {
      sim.stop();
      await relay.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

type Msg = Record<string, any>;

interface LocalBook {
  depth: number;
  bids: Map<number, [number, number]>;
  asks: Map<number, [number, number]>;
  seq: number;
  checksum: number;
}

/** A `ws` client that keeps every message, rebuilds books and trade chains, and counts what went wrong. */
export class TestClient {
  readonly ws: WebSocket;
  readonly msgs: Msg[] = [];
  readonly books = new Map<string, LocalBook>();
  readonly lastSeq = new Map<string, number>();
  gaps = 0;
  checksumErrors = 0;
  frames = 0;
  closed: { code: number; reason: string } | undefined;
  private waiters: { pred: () => boolean; resolve: () => void }[] = [];

  constructor(url: string) {
    this.ws = new WebSocket(url);
    this.ws.on('message', (data, isBinary) => {
      this.frames++;
      if (isBinary) return;
      for (const m of JSON.parse(String(data)) as Msg[]) this.onMsg(m);
      this.wake();
    });
    this.ws.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.wake();
    });
    this.ws.on('error', () => {});
  }

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
      this.ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  send(m: unknown): void {
    this.ws.send(typeof m === 'string' ? m : JSON.stringify(m));
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.pred()) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves when `pred` holds (checked after every frame); rejects after `ms`. */
  until(pred: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
    if (pred()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const w = { pred, resolve: () => { clearTimeout(t); resolve(); } };
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        reject(new Error(`timed out waiting for ${what}`));
      }, ms);
      this.waiters.push(w);
    });
  }

  find(pred: (m: Msg) => boolean): Msg | undefined {
    return this.msgs.find(pred);
  }

  private onMsg(m: Msg): void {
    this.msgs.push(m);
    const key = `${m.type}:${m.symbol}${m.interval ? `:${m.interval}` : ''}`;
    if (m.type === 'book' || m.type === 'trades' || m.type === 'candles' || m.type === 'status') {
      if (!m.snapshot && this.lastSeq.get(key) !== m.prev) this.gaps++;
      this.lastSeq.set(key, m.seq);
    }
    if (m.type !== 'book') return;
    let b = this.books.get(m.symbol);
    if (m.snapshot || !b) {
      b = { depth: m.depth, bids: new Map(), asks: new Map(), seq: 0, checksum: 0 };
      this.books.set(m.symbol, b);
    }
    for (const [side, list] of [[b.bids, m.bids], [b.asks, m.asks]] as const) {
      for (const [p, q, c] of list as [number, number, number][]) {
        if (q === 0) side.delete(p);
        else side.set(p, [q, c]);
      }
    }
    b.seq = m.seq;
    b.checksum = m.checksum;
    if (b.depth >= 10 && localChecksum(b) !== m.checksum) this.checksumErrors++;
  }

  close(): void {
    this.ws.terminate();
  }
}

export function sortedLevels(side: Map<number, [number, number]>, bids: boolean): { price: number; qty: number; count: number }[] {
  return [...side.entries()].map(([price, [qty, count]]) => ({ price, qty, count })).sort((a, b) => (bids ? b.price - a.price : a.price - b.price));
}

function localChecksum(b: LocalBook): number {
  return bookChecksum(sortedLevels(b.bids, true).slice(0, 10), sortedLevels(b.asks, false).slice(0, 10));
}
