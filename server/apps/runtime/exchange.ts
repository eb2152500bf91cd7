/**
 * A running exchange, from the main thread: starts the core and MDP threads with the two
 * shared-memory rings between them, folds the market-data records into a MarketState, and
 * hands them to whatever else listens (bars writer, WebSocket relay, feed).
 *
 *   core thread --(engine-event ring)--> MDP thread --(MD-record ring)--> main thread
 *
 * A thread that fails is an error here with its code and message intact: the worker's uncaught
 * error crosses as a structured clone and is revived into the BourseError it was (JOURNAL_IO,
 * JOURNAL_LOCKED, ...); an uncoded one, or a thread that just exits, is THREAD_FAILED naming the
 * thread. The first failure is kept (the exit that follows an error adds nothing); `failed`
 * resolves with it at once, and the other thread is stopped.
 */
import { Worker } from 'node:worker_threads';
import { BourseError, reviveError } from '../../kernel/errors.ts';
import { Ring } from '../../bus/ring.ts';
import type { PinResult } from './pin.ts';
import { EVENT_SIZE } from '../../engine/events.ts';
import { CMD_SIZE } from '../../engine/commands.ts';
import { MD_SIZE } from '../../mdp/records.ts';
import { MarketState } from '../../mdp/market-state.ts';
import { statBlock, controlBlock, CoreStat, MdpStat, Ctl } from './shared-stats.ts';
import type { ExchangeOptions } from './options.ts';

export type RecordsListener = (f64: Float64Array, i32: Int32Array, first: number, count: number) => void;

export interface ExchangeStats {
  inputs: number;
  lastSeq: number;
  events: number;
  resting: number;
  ringStalls: number;
  mdRecords: number;
  lastMdSeq: number;
  mainMdSeq: number;
}

export class Exchange {
  readonly market = new MarketState();
  readonly pins: { role: string; result: PinResult }[] = [];
  /** Set when the MDP thread publishes the multicast feed. */
  feed: { sessionId: number; retransmitPort?: number } | undefined;
  recoveredSeq = 0;
  /** The order-entry gateway's TCP port, when one runs (options.gateway). */
  gatewayPort: number | undefined;
  /** The FIX 4.4 acceptor's port (gateway option fixPort), once listening. */
  fixPort: number | undefined;
  /** Bytes of a torn journal tail the core truncated at start (an unacknowledged commit). */
  truncatedBytes = 0;
  /** Resolves with the first thread failure (never rejects; pending while all is well). */
  readonly failed: Promise<BourseError>;
  private resolveFailed!: (e: BourseError) => void;
  private readonly listeners: RecordsListener[] = [];
  private readonly coreStats = statBlock();
  private readonly mdpStats = statBlock();
  private readonly control = controlBlock();
  private readonly mdRing: Ring;
  private core!: Worker;
  private mdpWorker!: Worker;
  private gatewayWorker: Worker | undefined;
  private pumping = true;
  private pumpDone!: Promise<void>;
  private mdpResult: Promise<{ mdSeq: number; samples?: Float64Array }>;
  private resolveMdp!: (v: { mdSeq: number; samples?: Float64Array }) => void;
  private coreStopped: Promise<number>;
  private resolveCore!: (seq: number) => void;
  private failure: BourseError | undefined;
  private stopping = false;

  readonly options: ExchangeOptions;

  private constructor(options: ExchangeOptions) {
    this.options = options;
    this.mdRing = Ring.create(options.ringRecords, MD_SIZE);
    this.mdpResult = new Promise((r) => (this.resolveMdp = r));
    this.coreStopped = new Promise((r) => (this.resolveCore = r));
    this.failed = new Promise((r) => (this.resolveFailed = r));
  }

  /**
   * Start both threads; resolves once the core has recovered its journal. Listeners given here
   * see every record from the first (the replayed history included); `onRecords` later ones.
   */
  static async start(options: ExchangeOptions, listeners: RecordsListener[] = []): Promise<Exchange> {
    const x = new Exchange(options);
    x.listeners.push(...listeners);
    const engineRing = Ring.create(options.ringRecords, EVENT_SIZE);
    let feedReady!: () => void;
    const feedStarted = new Promise<void>((r) => (feedReady = r));
    let recovered!: (seq: number) => void;
    let failed!: (e: Error) => void;
    const ready = new Promise<number>((res, rej) => { recovered = res; failed = rej; });
    const onMessage = (m: { type: string; role?: string; result?: PinResult; seq?: number; mdSeq?: number; samples?: Float64Array; sessionId?: number; retransmitPort?: number; truncatedBytes?: number }) => {
      if (m.type === 'pin') x.pins.push({ role: m.role!, result: m.result! });
      else if (m.type === 'feed') {
        x.feed = { sessionId: m.sessionId!, retransmitPort: m.retransmitPort };
        feedReady();
      }
      else if (m.type === 'recovered') {
        x.truncatedBytes = m.truncatedBytes ?? 0;
        recovered(m.seq!);
      }
    };
    const onError = (thread: string) => (e: unknown) => {
      if (x.failure) return; // the first failure is the cause; what follows is its consequence
      x.failure = threadError(thread, e);
      failed(x.failure);
      x.resolveFailed(x.failure);
      Atomics.store(x.control, Ctl.stop, 1);
      Atomics.notify(x.control, Ctl.stop);
    };
    x.mdpWorker = new Worker(new URL('./mdp-worker.ts', import.meta.url), {
      workerData: { options, engineRing: engineRing.sab, mdRing: x.mdRing.sab, stats: x.mdpStats, control: x.control },
    });
    x.mdpWorker.on('message', (m) => {
      onMessage(m);
      if (m.type === 'stopped') x.resolveMdp({ mdSeq: m.mdSeq, samples: m.samples });
    });
    x.mdpWorker.on('error', onError('MDP'));
    x.mdpWorker.on('exit', (code) => {
      // Exit 0 is the MDP draining a ring the core closed: a consequence (of a core failure, whose
      // own error event may still be on its way), never a cause. A crash has its error event first.
      if (!x.stopping && code !== 0) onError('MDP')(new BourseError('THREAD_FAILED', `MDP thread exited unexpectedly (code ${code})`));
    });
    // The gateway thread (optional): its rings to and from the core; it listens once the core has
    // recovered and it has folded the replayed journal (its sessions' reports included).
    let gw: { toCore: Ring; fromCore: Ring } | undefined;
    let listening: Promise<number> | undefined;
    if (options.gateway) {
      gw = { toCore: Ring.create(options.ringRecords, CMD_SIZE), fromCore: Ring.create(options.ringRecords, EVENT_SIZE) };
      const w = new Worker(new URL('./gateway-worker.ts', import.meta.url), {
        workerData: { options: options.gateway, toCore: gw.toCore.sab, fromCore: gw.fromCore.sab, pin: options.gatewayPin },
      });
      x.gatewayWorker = w;
      listening = new Promise<number>((res) => w.on('message', (m: { type: string; port?: number; fixPort?: number }) => {
        if (m.type === 'listening') {
          x.fixPort = m.fixPort;
          res(m.port!);
        }
      }));
      w.on('message', onMessage);
      w.on('error', onError('gateway'));
      w.on('exit', (code) => {
        if (!x.stopping) onError('gateway')(new BourseError('THREAD_FAILED', `gateway thread exited unexpectedly (code ${code})`));
      });
    }
    x.core = new Worker(new URL('./core-worker.ts', import.meta.url), {
      workerData: { options, ring: engineRing.sab, stats: x.coreStats, control: x.control, gatewayIn: gw?.toCore.sab, gatewayOut: gw?.fromCore.sab },
    });
    x.core.on('message', (m) => {
      onMessage(m);
      if (m.type === 'stopped') x.resolveCore(m.seq);
    });
    x.core.on('error', onError('core'));
    x.core.on('exit', (code) => {
      if (!x.stopping) onError('core')(new BourseError('THREAD_FAILED', `core thread exited unexpectedly (code ${code})`));
    });
    x.pumpDone = x.pump();
    try {
      x.recoveredSeq = await ready;
      if (x.gatewayWorker && listening) {
        x.gatewayWorker.postMessage({ type: 'recovered', seq: x.recoveredSeq });
        x.gatewayPort = await Promise.race([listening, x.failed.then((e) => Promise.reject(e))]);
      }
    } catch (e) {
      await x.stop().catch(() => undefined); // both threads end; the failure is thrown below
      throw e;
    }
    if (options.feed) await Promise.race([feedStarted, ready.then(() => new Promise((r) => setTimeout(r, 10_000)))]);
    return x;
  }

  /** Receive every market-data record from now on (in order, on the main thread). */
  onRecords(listener: RecordsListener): void {
    this.listeners.push(listener);
  }

  /** Drain the MD ring on the main thread's event loop: whatever is there, then a short sleep. */
  private async pump(): Promise<void> {
    const market = this.market;
    const listeners = this.listeners;
    const handler = (f64: Float64Array, i32: Int32Array, first: number, count: number) => {
      market.applyRecords(f64, i32, first, count);
      for (const l of listeners) l(f64, i32, first, count);
    };
    for (;;) {
      const n = this.mdRing.read(handler);
      if (n > 0) {
        await new Promise((r) => setImmediate(r));
        continue;
      }
      if (this.mdRing.closed && this.mdRing.stats().depth === 0) return;
      if (!this.pumping && this.failure) return;
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  stats(): ExchangeStats {
    const c = this.coreStats;
    const m = this.mdpStats;
    return {
      inputs: c[CoreStat.inputs]!,
      lastSeq: c[CoreStat.lastSeq]!,
      events: c[CoreStat.events]!,
      resting: c[CoreStat.resting]!,
      ringStalls: c[CoreStat.ringStalls]!,
      mdRecords: m[MdpStat.records]!,
      lastMdSeq: m[MdpStat.lastMdSeq]!,
      mainMdSeq: this.market.mdSeq,
    };
  }

  /** The gateway thread's counters (undefined without a gateway). */
  async gatewayCounters(): Promise<Record<string, number> | undefined> {
    const w = this.gatewayWorker;
    if (!w) return undefined;
    return new Promise((r) => {
      const on = (m: { type: string; counters?: Record<string, number> }) => {
        if (m.type !== 'stats') return;
        w.off('message', on);
        r(m.counters);
      };
      w.on('message', on);
      w.postMessage({ type: 'stats' });
    });
  }

  get error(): BourseError | undefined {
    return this.failure;
  }

  /** Stop the simulator, flush everything through both threads, and wait for the threads to end. */
  async stop(): Promise<{ lastSeq: number; mdSeq: number; samples?: Float64Array }> {
    this.stopping = true;
    Atomics.store(this.control, Ctl.stop, 1);
    Atomics.notify(this.control, Ctl.stop);
    const lastSeq = this.failure ? this.stats().lastSeq : await this.coreStopped;
    const md = this.failure ? { mdSeq: this.stats().lastMdSeq } : await this.mdpResult;
    this.pumping = false;
    await this.pumpDone;
    if (this.gatewayWorker) {
      const gw = this.gatewayWorker;
      if (!this.failure) {
        await new Promise<void>((r) => {
          gw.on('message', (m: { type: string }) => m.type === 'stopped' && r());
          gw.postMessage({ type: 'stop' });
          setTimeout(r, 5000).unref();
        });
      }
      await gw.terminate();
    }
    await Promise.all([this.core.terminate(), this.mdpWorker.terminate()]);
    if (this.failure) throw this.failure;
    return { lastSeq, ...md };
  }
}

/** A thread's error as the BourseError it was, or THREAD_FAILED naming the thread and the cause. */
function threadError(thread: string, e: unknown): BourseError {
  const coded = reviveError(e);
  if (coded) return coded;
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new BourseError('THREAD_FAILED', `${thread} thread: ${what}`, { cause: e });
}
