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
import { join } from 'node:path';
import { writeSnapshot, pruneSnapshots, MDP_SNAPSHOT, ENGINE_SNAPSHOT, type SnapshotKind } from '../../sequencer/snapshots.ts';
import { gwSnapshotEvery } from './options.ts';
import { SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { BourseError, reviveError } from '../../kernel/errors.ts';
import { Ring } from '../../bus/ring.ts';
import { SyncChannel } from '../../sequencer/sync-channel.ts';
import type { PinResult } from './pin.ts';
import { EVENT_SIZE } from '../../engine/events.ts';
import { CMD_SIZE } from '../../engine/commands.ts';
import { MD_SIZE } from '../../mdp/records.ts';
import { MarketState } from '../../mdp/market-state.ts';
import { statBlock, controlBlock, snapBlock, CoreStat, MdpStat, Ctl, LAT_COUNT, FEED_SLOTS } from './shared-stats.ts';
import { SharedHistogram, histogramBlock } from '../../kernel/shared-histogram.ts';
import type { MarketSeed } from '../../mdp/market-state.ts';
import type { ExchangeOptions } from './options.ts';
import { InboundQueue, InboundKind } from './sources.ts';
import type { EventView } from '../../engine/events.ts';
import type { AccountInfo, PositionInfo } from '../../engine/engine.ts';
import { stageBlocks, type StageBlocks } from '../../gateway/stages.ts';

/** What the core answers an inbound request: the events of a sequenced command, or the account tables. */
export interface InboundReply {
  events?: EventView[];
  accounts?: { firms: { firm: number; blocked: boolean }[]; accounts: AccountInfo[]; positions: PositionInfo[]; symbols: { symbol: number; name: string }[] };
}
/** Producer index of the admin channel among the core's inbound rings. */
export const ADMIN_PRODUCER = 0;

export type RecordsListener = (f64: Float64Array, i32: Int32Array, first: number, count: number) => void;

/** What the core's recovery did at start (the 'recovered' message). */
export interface RecoveryReport {
  /** Engine snapshot the engine started from (0: none). */
  snapshotSeq: number;
  /** MDP snapshot the MDP started from (0: none, the MDP folded the journal from seq 1). */
  mdpSeq: number;
  /** Gateway snapshot the gateway started from (0: none, it folded the whole journal; gateway/state.ts). */
  gatewaySeq?: number;
  /** Inputs replayed through the engine. */
  replayed: number;
  /** Snapshots not used, each with its reason (damaged, beyond the journal's end). */
  skipped: string[];
  /** Snapshots chosen and loaded, then the tail replayed (ms; snapshotsMs of it before the first input). */
  ms: number;
  /** The restart's phases: when the core thread's modules were loaded (epoch ms), the journal's open (ms), the snapshots' choice and load (ms). */
  loadedAt?: number;
  openMs?: number;
  snapshotsMs?: number;
}

/** Recovery as it goes: chosen snapshots, then progress (throttled by the core thread). */
export type RecoveryEvent =
  | { type: 'recovering'; engineSeq: number; mdpSeq: number; toSeq: number }
  | { type: 'progress'; seq: number; to: number };

export interface ExchangeStats {
  inputs: number;
  lastSeq: number;
  events: number;
  resting: number;
  ringStalls: number;
  mdRecords: number;
  lastMdSeq: number;
  mainMdSeq: number;
  coreRunning: boolean;
  mdpRunning: boolean;
  /** CPU time of the core and MDP threads so far (µs; sampled every 16 duty cycles). */
  coreCpuUs: number;
  mdpCpuUs: number;
}

export class Exchange {
  readonly market = new MarketState();
  readonly pins: { role: string; result: PinResult }[] = [];
  /** Set when the MDP thread publishes the multicast feed. */
  feed: { sessionId: number; retransmitPort?: number } | undefined;
  recoveredSeq = 0;
  /** The order-entry gateway's TCP port, when one runs (options.gateway). */
  gatewayPort: number | undefined;
  recovery: RecoveryReport = { snapshotSeq: 0, mdpSeq: 0, replayed: 0, skipped: [], ms: 0 };
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
  /** Latency histograms (shared-stats.ts Lat), written by the core, MDP and main threads. */
  readonly latencyBlock = histogramBlock(LAT_COUNT);
  readonly latency: readonly SharedHistogram[] = Array.from({ length: LAT_COUNT }, (_, i) => new SharedHistogram(this.latencyBlock, i));
  /** Multicast feed counters (shared-stats.ts FeedStat), copied by the MDP thread. */
  readonly feedStats = new Float64Array(new SharedArrayBuffer(FEED_SLOTS * 8));
  private readonly mdRing: Ring;
  private core!: Worker;
  private mdpWorker!: Worker;
  private gatewayWorker: Worker | undefined;
  /** The pipelined commit's sync thread (public for the fault test that ends it). */
  syncWorker: Worker | undefined;
  /** Per-stage timing of sampled NewOrders (gateway option stageSample > 0), read with stageReport (gateway/stages.ts). */
  readonly stageBlocks: StageBlocks | undefined;
  private pumping = true;
  private mdpReady: Promise<void> = Promise.resolve();
  private releasePump: () => void = () => undefined;
  private pumpDone!: Promise<void>;
  private mdpResult: Promise<{ mdSeq: number; samples?: Float64Array; mdpCpuUs?: number }>;
  private resolveMdp!: (v: { mdSeq: number; samples?: Float64Array; mdpCpuUs?: number }) => void;
  private coreStopped: Promise<number>;
  private resolveCore!: (seq: number) => void;
  /** CPU time (µs) the core thread used, reported when it stops (benchmarks). */
  coreCpuUs: number | undefined;
  private failure: BourseError | undefined;
  private stopping = false;
  /** The admin channel's ring into the core thread, and the requests waiting for their answer. */
  private readonly adminQueue = InboundQueue.create();
  private readonly adminWaiting = new Map<number, { resolve: (r: InboundReply) => void; reject: (e: BourseError) => void; timer: NodeJS.Timeout }>();
  private adminNext = 1;

  readonly options: ExchangeOptions;

  private constructor(options: ExchangeOptions) {
    this.options = options;
    this.mdRing = Ring.create(options.ringRecords, MD_SIZE);
    if (options.prefaultRings) this.mdRing.prefault(); // before any thread has it
    this.stageBlocks = (options.gateway?.stageSample ?? 0) > 0 ? stageBlocks() : undefined;
    this.mdpResult = new Promise((r) => (this.resolveMdp = r));
    this.coreStopped = new Promise((r) => (this.resolveCore = r));
    this.failed = new Promise((r) => (this.resolveFailed = r));
  }

  /**
   * Start both threads; resolves once the core has recovered its journal. Listeners given here
   * see every record from the first (the replayed history included); `onRecords` later ones.
   */
  static async start(options: ExchangeOptions, listeners: RecordsListener[] = [], onRecovery?: (e: RecoveryEvent) => void): Promise<Exchange> {
    const x = new Exchange(options);
    x.listeners.push(...listeners);
    const engineRing = Ring.create(options.ringRecords, EVENT_SIZE);
    if (options.prefaultRings) engineRing.prefault();
    const snap = snapBlock();
    // The main thread folds records only once the MDP thread said where it starts (a restored
    // snapshot's market seeds MarketState first).
    let mdpReady!: () => void;
    x.mdpReady = new Promise<void>((r) => (mdpReady = r));
    x.releasePump = mdpReady;
    let feedReady!: () => void;
    const feedStarted = new Promise<void>((r) => (feedReady = r));
    let recovered!: (seq: number) => void;
    let failed!: (e: Error) => void;
    const ready = new Promise<number>((res, rej) => { recovered = res; failed = rej; });
    const onMessage = (m: { type: string; producer?: number; request?: number; events?: EventView[]; accounts?: InboundReply['accounts']; role?: string; result?: PinResult; seq?: number; mdSeq?: number; samples?: Float64Array; sessionId?: number; retransmitPort?: number; truncatedBytes?: number; seed?: MarketSeed } & Partial<RecoveryReport>) => {
      if (m.type === 'pin') x.pins.push({ role: m.role!, result: m.result! });
      else if (m.type === 'recovering' || m.type === 'progress') onRecovery?.(m as unknown as RecoveryEvent);
      else if (m.type === 'snapshot') x.writeSnapshot(m as unknown as { kind: SnapshotKind; seq: number; bytes: Uint8Array }, onError);
      else if (m.type === 'mdpState') {
        if (m.seed) x.market.seed(m.seed);
        mdpReady();
      }
      else if (m.type === 'feed') {
        x.feed = { sessionId: m.sessionId!, retransmitPort: m.retransmitPort };
        feedReady();
      }
      else if (m.type === 'inbound' && m.producer === ADMIN_PRODUCER) {
        const w = x.adminWaiting.get(m.request!);
        if (w) {
          x.adminWaiting.delete(m.request!);
          clearTimeout(w.timer);
          w.resolve({ events: m.events, accounts: m.accounts });
        }
      }
      else if (m.type === 'recovered') {
        x.truncatedBytes = m.truncatedBytes ?? 0;
        x.recovery = { snapshotSeq: m.snapshotSeq ?? 0, mdpSeq: m.mdpSeq ?? 0, gatewaySeq: m.gatewaySeq ?? 0, replayed: m.replayed ?? 0, skipped: m.skipped ?? [], ms: m.ms ?? 0, loadedAt: m.loadedAt, openMs: m.openMs, snapshotsMs: m.snapshotsMs };
        recovered(m.seq!);
      }
    };
    const onError = (thread: string) => (e: unknown) => {
      if (x.failure) return; // the first failure is the cause; what follows is its consequence
      x.failure = threadError(thread, e);
      failed(x.failure);
      x.resolveFailed(x.failure);
      mdpReady();
      Atomics.store(x.control, Ctl.stop, 1);
      Atomics.notify(x.control, Ctl.stop);
    };
    x.mdpWorker = new Worker(new URL('./mdp-worker.ts', import.meta.url), {
      name: 'bourse-mdp', // the OS thread's name too (/proc/PID/task/TID/comm): per-thread CPU in bench/gateway.ts
      workerData: { options, engineRing: engineRing.sab, mdRing: x.mdRing.sab, stats: x.mdpStats, control: x.control, latency: x.latencyBlock, coreStats: x.coreStats, feedStats: x.feedStats, snap },
    });
    x.mdpWorker.on('message', (m) => {
      onMessage(m);
      if (m.type === 'stopped') x.resolveMdp({ mdSeq: m.mdSeq, samples: m.samples, mdpCpuUs: m.cpuUs });
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
      if (options.prefaultRings) {
        gw.toCore.prefault();
        gw.fromCore.prefault();
      }
      const w = new Worker(new URL('./gateway-worker.ts', import.meta.url), {
        name: 'bourse-gateway',
        workerData: { options: options.gateway, toCore: gw.toCore.sab, fromCore: gw.fromCore.sab, pin: options.gatewayPin, latency: options.metrics ? x.latencyBlock : undefined, snapshots: options.memoryOnly ? '' : join(options.data, 'journal', SNAPSHOT_DIR), stages: x.stageBlocks },
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
    // The pipelined commit's sync thread (docs/journal.md): watched here, where an event loop runs
    // (the core thread's never turns), so a sync thread that dies fails the journal instead of
    // leaving the core waiting for its fdatasync forever.
    let syncChannel: SyncChannel | undefined;
    if (!options.memoryOnly && options.fsync && options.pipelineCommit) {
      const channel = (syncChannel = new SyncChannel());
      const s = new Worker(new URL('./journal-sync.ts', import.meta.url), { name: 'bourse-sync', workerData: { channel: channel.sab, gatewayIn: gw?.toCore.sab } });
      s.unref(); // the core's stop() ends it; it never keeps a failed process alive
      x.syncWorker = s;
      const died = (why: string) => {
        if (channel.dead) return;
        channel.markDead(why);
        gw?.toCore.wakeConsumer(); // the core may sleep on the gateway ring's word rather than the channel's
      };
      s.on('error', (e) => died(`the journal's sync thread failed: ${e instanceof Error ? e.message : String(e)}`));
      // Exit 0 is the core's stop() at its end: never a cause.
      s.on('exit', (code) => code !== 0 && died(`the journal's sync thread exited (code ${code})`));
    }
    x.core = new Worker(new URL('./core-worker.ts', import.meta.url), {
      name: 'bourse-core',
      workerData: { options, ring: engineRing.sab, stats: x.coreStats, control: x.control, latency: x.latencyBlock, gatewayIn: gw?.toCore.sab, gatewayOut: gw?.fromCore.sab, inbound: [x.adminQueue.sab], snap, stages: x.stageBlocks, syncChannel: syncChannel?.sab },
    });
    x.core.on('message', (m) => {
      onMessage(m);
      if (m.type === 'stopped') {
        x.coreCpuUs = m.cpuUs;
        x.resolveCore(m.seq);
      }
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

  /**
   * One admin input into the core (docs/accounts.md): a command record to sequence (resolves with
   * its events once durable) or a read of the account tables. ADMIN_TIMEOUT when the core does
   * not answer within `timeoutMs` (or its ring is full); THREAD_FAILED's error if it failed.
   */
  adminRequest(kind: number, cmd?: Uint8Array, timeoutMs = 5000): Promise<InboundReply> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.stopping) return Promise.reject(new BourseError('ADMIN_UNAVAILABLE', 'the exchange is stopping'));
    const request = this.adminNext;
    this.adminNext = (this.adminNext % 0xffffffff) + 1;
    return new Promise<InboundReply>((resolve, reject) => {
      if (!this.adminQueue.offer(kind, request, cmd)) {
        reject(new BourseError('ADMIN_TIMEOUT', 'the core thread\'s admin queue is full'));
        return;
      }
      const timer = setTimeout(() => {
        this.adminWaiting.delete(request);
        reject(new BourseError('ADMIN_TIMEOUT', `no answer from the core thread within ${timeoutMs} ms`));
      }, timeoutMs);
      this.adminWaiting.set(request, { resolve, reject, timer });
    });
  }

  /** Sequence one admin command (a 64-byte record of types 32-47). */
  adminCommand(cmd: Uint8Array, timeoutMs?: number): Promise<InboundReply> {
    return this.adminRequest(InboundKind.Command, cmd, timeoutMs);
  }

  /**
   * A snapshot the core (engine) or MDP thread took, written here: the file's write, fsync and
   * rename and the pruning to the newest 3 cost tens of ms, which stay off those threads' paths.
   * The inputs it covers were durable when it was taken. A failure (ENOSPC, EMFILE, EROFS) stops
   * the exchange with its code, as it did when the core thread wrote them itself.
   */
  private writeSnapshot(m: { kind: SnapshotKind; seq: number; bytes: Uint8Array }, onError: (thread: string) => (e: unknown) => void): void {
    if (this.failure) return;
    const dir = join(this.options.data, 'journal', SNAPSHOT_DIR);
    try {
      writeSnapshot(dir, m.seq, m.bytes, m.kind);
      // With a gateway, also keep the engine snapshots back to the gateway's newest (it snapshots
      // on every n-th pair): a restart starts the engine at or below it.
      const keep = m.kind === ENGINE_SNAPSHOT && this.options.gateway ? 2 * gwSnapshotEvery(this.options.snapshotEvery, this.options.gateway.snapshotInputs) + 3 : 3;
      pruneSnapshots(dir, keep, m.kind);
    } catch (e) {
      onError(m.kind === MDP_SNAPSHOT ? 'MDP' : 'core')(e);
    }
  }

  /** Receive every market-data record from now on (in order, on the main thread). */
  onRecords(listener: RecordsListener): void {
    this.listeners.push(listener);
  }

  /** Drain the MD ring on the main thread's event loop: whatever is there, then a short sleep. */
  private async pump(): Promise<void> {
    await this.mdpReady;
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
      coreRunning: c[CoreStat.running] === 1,
      mdpRunning: m[MdpStat.running] === 1,
      coreCpuUs: c[CoreStat.cpuUs]!,
      mdpCpuUs: m[MdpStat.cpuUs]!,
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
  async stop(): Promise<{ lastSeq: number; mdSeq: number; samples?: Float64Array; mdpCpuUs?: number }> {
    this.stopping = true;
    for (const [, w] of this.adminWaiting) {
      clearTimeout(w.timer);
      w.reject(new BourseError('ADMIN_UNAVAILABLE', 'the exchange stopped before answering'));
    }
    this.adminWaiting.clear();
    Atomics.store(this.control, Ctl.stop, 1);
    Atomics.notify(this.control, Ctl.stop);
    const lastSeq = this.failure ? this.stats().lastSeq : await this.coreStopped;
    const md = this.failure ? { mdSeq: this.stats().lastMdSeq } : await this.mdpResult;
    this.pumping = false;
    this.releasePump();
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
    await Promise.all([this.core.terminate(), this.mdpWorker.terminate(), this.syncWorker?.terminate()]);
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
