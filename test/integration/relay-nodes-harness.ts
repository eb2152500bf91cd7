/**
 * Shared by the relay-node tests: the "exchange" in-process (MdSim -> MD records -> its own
 * MarketState, HTTP API and built-in relay, and the real multicast feed on loopback), and
 * `bourse relay` / `bourse bridge` as child processes.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../../server/multicast/config.ts';
import { MulticastFeed } from '../../server/multicast/feed.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { MarketState } from '../../server/mdp/market-state.ts';
import type { RecordsListener } from '../../server/relay/relay.ts';
import { openStore } from '../../server/bars/open.ts';
import { startServer, type RunningServer } from '../../server/http/server.ts';
import { mountWeb } from '../../server/apps/runtime/web.ts';
import { feedTestConfig } from '../support/netns.ts';
import { freePort } from '../support/ports.ts';
import { BourseProc } from '../support/nats.ts';
import { until } from '../support/wait.ts';

const wallUs = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

export class Exchange {
  readonly market = new MarketState();
  readonly listeners: RecordsListener[] = [];
  readonly sim: MdSim;
  feed!: MulticastFeed;
  /** The publisher's configuration (to start the feed again: a new session). */
  feedCfg!: ReturnType<typeof feedConfig>;
  server!: RunningServer;
  /** Path of the discovery document (what `--feed-config` reads). */
  configFile = '';
  private timer: NodeJS.Timeout | undefined;

  private constructor(symbols: number) {
    const fanOut: RecordsListener = (f64, i32, first, count) => {
      this.market.applyRecords(f64, i32, first, count);
      this.feed?.onRecords(f64, i32, first, count);
      for (const l of this.listeners) l(f64, i32, first, count);
    };
    this.sim = new MdSim({ seed: 17, symbols, resting: 200, clock: wallUs, batch: Infinity, sinks: [fanOut] });
  }

  static async start(o: { symbols?: number; snapshotBooksPerSecond?: number } = {}): Promise<Exchange> {
    const x = new Exchange(o.symbols ?? 4);
    const cfg = feedConfig(feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort(), heartbeatMs: 100, snapshotBooksPerSecond: o.snapshotBooksPerSecond ?? 400 }) as FeedConfigInput);
    x.feedCfg = cfg;
    x.feed = await MulticastFeed.start({ config: cfg, mdp: x.sim.mdp });
    const dir = mkdtempSync(join(tmpdir(), 'bourse-relay-nodes-'));
    x.configFile = join(dir, 'feed.json');
    writeFileSync(x.configFile, JSON.stringify(feedConfigJson(cfg)));
    const store = await openStore({ data: dir, url: 'sqlite::memory:' });
    x.server = await startServer({ store, market: x.market, host: '127.0.0.1', port: 0, feedConfig: feedConfigJson(cfg) }, (app) => {
      mountWeb(app, x.market, { onRecords: (l) => x.listeners.push(l) });
    });
    return x;
  }

  step(n: number): void {
    this.sim.run(n);
  }

  /** `perTick` inputs every `ms` until stop(). */
  run(perTick: number, ms = 10): void {
    this.stop();
    this.timer = setInterval(() => this.step(perTick), ms);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  symbols(): string[] {
    return [...this.market.instruments.values()].map((i) => i.name).sort();
  }

  async close(): Promise<void> {
    this.stop();
    await this.server.close();
    await this.feed.close();
  }
}

/** `bourse relay ...` as a child process; resolves once it listens. */
export async function startRelay(name: string, args: string[]): Promise<{ proc: BourseProc; url: string }> {
  const proc = new BourseProc(name, ['relay', '--port', '0', ...args]);
  const m = await proc.waitFor(/^relay: listening on (\S+)/, 60_000);
  return { proc, url: m[1]! };
}

export interface ApiBook {
  symbol: string;
  md_seq: number;
  checksum: number;
  bids: { price: string; qty: string; orders: number }[];
  asks: { price: string; qty: string; orders: number }[];
}

/** undefined while the relay does not know the symbol yet (its definition comes with the instrument loop). */
export async function apiBook(base: string, symbol: string): Promise<ApiBook | undefined> {
  const r = await fetch(`${base}/api/v1/book/${symbol}?depth=1000`);
  if (r.status === 404) return undefined;
  if (r.status !== 200) throw new Error(`${base} book ${symbol}: HTTP ${r.status} ${await r.text()}`);
  return (await r.json()) as ApiBook;
}

/**
 * Every relay's API book equals the exchange's, symbol by symbol, once both stand at the exchange's
 * md_seq (the exchange stopped), each a deep book; returns how many books were compared.
 */
export async function sameBooks(x: Exchange, bases: string[]): Promise<number> {
  const want = x.market.mdSeq;
  let compared = 0;
  for (const base of bases) {
    for (const s of x.symbols()) {
      const got = await until(async () => {
        const b = await apiBook(base, s);
        return b?.md_seq === want ? b : undefined;
      }, 30_000, () => `${base} ${s} at md_seq ${want}`, 25);
      const ref = (await apiBook(x.server.url, s))!;
      assert.equal(ref.md_seq, want);
      assert.deepEqual(got, ref, `${base} ${s}: the book at md_seq ${want}`);
      assert.ok(got.bids.length + got.asks.length > 10, `${s}: a deep book`);
      compared++;
    }
  }
  return compared;
}

/** Resolves once the relay knows every symbol (a late joiner learns names from the instrument loop). */
export async function knowsSymbols(base: string, symbols: string[], ms = 30_000): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    const r = await fetch(`${base}/api/v1/instruments`);
    const names = new Set(((await r.json()) as { instruments: { name: string; live: boolean }[] }).instruments.filter((i) => i.live).map((i) => i.name));
    if (symbols.every((s) => names.has(s))) return;
    if (performance.now() - t0 > ms) throw new Error(`${base} knows ${[...names].join(',')} of ${symbols.join(',')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function writeText(path: string, s: string): void {
  writeFileSync(path, s);
}
