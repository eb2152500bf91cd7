/**
 * The order-entry gateway: TCP sessions speaking proto/order_entry.proto, in front of the core.
 * It runs on its own thread (apps/runtime/gateway-worker.ts) and talks to the core only through
 * two shared-memory rings:
 *
 *   brokers ══TCP══▶ Gateway ──(commands ring, 64-byte records)──▶ core thread: sequencer stamps
 *                     │  parse, authenticate, shape, rate-limit      seq + time once, journal, engine
 *                     ◀──(events ring, 80-byte records)──────────── the durable events, all of them
 *           ◀══TCP══ ReportBook: per-session reports (seq, log, resend)
 *
 * Arrival order at the gateway is FIFO order: one thread reads the sockets and appends each
 * accepted message to the one commands ring in the order it parsed them; the core takes them in
 * ring order and the sequencer numbers them. Reports are derived from the events (reports.ts), so
 * they are the journal's and survive restarts.
 *
 * What the gateway refuses never reaches the sequencer and is answered with an unsequenced
 * SessionReject: no login yet, malformed frames (the session closes after `maxMalformed`), an
 * oversized frame (closes at once: the stream cannot be resynchronised), a shape error, or a firm
 * over its token bucket. Everything else is decided by the engine, deterministically.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { BourseError, type ErrorCode } from '../kernel/errors.ts';
import type { Ring } from '../bus/ring.ts';
import { Cmd, CmdOff, CMD_SIZE, KeyFlag } from '../engine/commands.ts';
import { FrameSplitter, FrameWriter, NewOrderReader, decodeInbound, NONCE_BYTES, PROTOCOL_VERSION, type Inbound, type NewOrder, type Outbound } from '../protocol/order-entry.ts';
import { ReportBook, presizedIndex, type TrackedOrder } from './reports.ts';
import { FirmBuckets } from './rate.ts';
import { Histogram } from '../kernel/histogram.ts';
import type { ApiKey } from './keys.ts';
import { FixAcceptor, type FixHost } from './fix.ts';
import { ReceiptClock } from './receipts.ts';
import { StageSampler, Mark, wallUs, type StageBlocks } from './stages.ts';
import { SymbolBytes } from './symbols.ts';
import { GwMark, GatewaySnapshotJob, SnapshotBuffers, loadGatewayState } from './state.ts';
import { EVENT_SLOTS, EVENT_WORDS, TYPE_MASK } from '../engine/events.ts';
import { writeSnapshotAsync, readSnapshot, pruneSnapshots, snapshotName, GATEWAY_SNAPSHOT } from '../sequencer/snapshots.ts';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { ioError } from '../sequencer/files.ts';

export interface GatewayOptions {
  readonly host: string;
  /** TCP port (0: any free port; the bound one is returned by start()). */
  readonly port: number;
  /** Largest frame body accepted, bytes. */
  readonly maxFrame: number;
  /** Malformed frames a session may send; the next one closes it. */
  readonly maxMalformed: number;
  /** Orders/s of a firm whose key names no rate. */
  readonly defaultRate: number;
  /** Report bytes kept per session for resend. */
  readonly resendBytes: number;
  /** Unsent bytes a session may owe before it is cut (it resends after reconnecting). */
  readonly maxOutboundBytes: number;
  /** A connection that has not logged in by then is closed. */
  readonly loginTimeoutMs: number;
  readonly maxConnections: number;
  /** Keys to register (sequenced API_KEY commands) before listening: the operator's keys file. */
  readonly keys: readonly ApiKey[];
  /** Measure in-process stamp -> ack: sequencer stamp (wall clock) to the ACCEPTED report derived here (bench). */
  readonly measure: boolean;
  /** FIX 4.4 acceptor port (fix.ts), or undefined for none (0: any free port). */
  readonly fixPort: number | undefined;
  /** Directory of the FIX session store (one file per key): it outlives the process. */
  readonly fixStore: string;
  /**
   * The sessions' snapshot (gw-S.bin, large: resend windows) about every this many inputs, on an
   * engine + MDP pair; a restart replays at most this many inputs more when the gateway runs.
   */
  readonly snapshotInputs: number;
  /** Time 1 NewOrder in this many stage by stage (stages.ts; a power of two), 0: off (bench, issue 13). */
  readonly stageSample: number;
  /**
   * The snapshot file is written in groups of this many bytes (default 2 MiB), each fdatasynced
   * before the next; 0: one write and one fsync at the end. One fsync of ~300 MB stalled the
   * journal's group commits behind its writeback for up to ~200 ms (docs/benchmarks.md, stages).
   */
  readonly snapshotSyncBytes: number;
  /**
   * Events folded per loop turn at most (default 4096): a turn folds up to this many, writes every
   * session it made dirty once, then the event loop reads the readable sockets. Smaller: reports
   * written and sockets read sooner behind a backlog, at more socket writes per order. 4096 won the
   * A/B at 215k/s against 8192 (the old constant) and 2048 (docs/benchmarks.md, "The gateway
   * thread's turn"); below the cap (100k/s: ~600 events a turn) it changes nothing.
   */
  readonly eventsPerTurn: number;
  /**
   * Resend windows committed before listening (ReportBook.prefaultWindows; default 0): the
   * sessions' first-write page faults paid before the open, not during the first seconds of load;
   * with snapshots and snapshotReuse, as many of the snapshot's copy buffers too. Memory bound:
   * this many x (resendBytes + resendBytes / 4, its frame index), twice with the snapshot buffers, committed at start.
   */
  readonly prefaultWindows: number;
  /**
   * NewOrders the gateway thread runs through a scratch gateway, engine and client sessions before
   * it listens (apps/runtime/gateway-warmup.ts; default 0: none), so its code is compiled before the
   * first broker's order. Nothing of the exchange's state, journal or wires is touched.
   */
  readonly warmupOrders: number;
  /**
   * Snapshots copy the resend windows into buffers kept from the previous snapshot (default true;
   * state.ts SnapshotBuffers, bound: the windows' own size); false: fresh buffers each time (A/B).
   */
  readonly snapshotReuse: boolean;
  /**
   * Bytes of work (copy or CRC) per slice of a snapshot being taken, one slice per loop turn
   * (default 256 KiB: a millisecond or two of this thread). Small values let a test take a
   * snapshot over many turns while the sessions' windows drop frames.
   */
  readonly snapshotSliceBytes: number;
}

export function gatewayOptions(o: Partial<GatewayOptions>): GatewayOptions {
  const int = (name: string, v: number, min: number, max: number) => {
    if (!Number.isSafeInteger(v) || v < min || v > max) throw new BourseError('GW_BAD_OPTION', `${name} must be an integer from ${min} to ${max}, not ${v}`);
    return v;
  };
  return Object.freeze({
    host: o.host ?? '127.0.0.1',
    port: int('port', o.port ?? 0, 0, 65535),
    maxFrame: int('maxFrame', o.maxFrame ?? 4096, 64, 1 << 20),
    maxMalformed: int('maxMalformed', o.maxMalformed ?? 3, 1, 1000),
    defaultRate: int('defaultRate', o.defaultRate ?? 1_000_000, 1, 100_000_000),
    resendBytes: int('resendBytes', o.resendBytes ?? 4 << 20, 4096, 1 << 30),
    maxOutboundBytes: int('maxOutboundBytes', o.maxOutboundBytes ?? 64 << 20, 65536, 1 << 30),
    loginTimeoutMs: int('loginTimeoutMs', o.loginTimeoutMs ?? 10_000, 10, 3_600_000),
    maxConnections: int('maxConnections', o.maxConnections ?? 1024, 1, 65536),
    keys: Object.freeze([...(o.keys ?? [])]),
    measure: o.measure ?? false,
    fixPort: o.fixPort === undefined ? undefined : int('fixPort', o.fixPort, 0, 65535),
    fixStore: o.fixStore ?? '',
    snapshotInputs: int('snapshotInputs', o.snapshotInputs ?? 1_000_000, 1, Number.MAX_SAFE_INTEGER),
    stageSample: pow2OrZero(int('stageSample', o.stageSample ?? 0, 0, 1 << 16)),
    snapshotSyncBytes: int('snapshotSyncBytes', o.snapshotSyncBytes ?? 2 << 20, 0, 1 << 30),
    eventsPerTurn: int('eventsPerTurn', o.eventsPerTurn ?? 4096, 16, 1 << 20),
    prefaultWindows: int('prefaultWindows', o.prefaultWindows ?? 0, 0, 65536),
    warmupOrders: int('warmupOrders', o.warmupOrders ?? 0, 0, 10_000_000),
    snapshotReuse: o.snapshotReuse ?? true,
    snapshotSliceBytes: int('snapshotSliceBytes', o.snapshotSliceBytes ?? 1 << 18, 64, 1 << 30),
  });
}

class Conn {
  readonly socket: Socket;
  readonly splitter: FrameSplitter;
  readonly nonce = new Uint8Array(randomBytes(NONCE_BYTES));
  nonceUsed = false;
  keyId = 0;
  firm = 0;
  live = false;
  cod = false;
  malformed = 0;
  closed = false;
  /** In the gateway's dirty set (a flag, so the set is touched once per batch, not per report). */
  dirty = false;
  out = new Uint8Array(4096);
  outLen = 0;
  loginTimer: NodeJS.Timeout | undefined;
  /** The splitter's frame callback for this connection (made once, not per chunk). */
  onFrame: (buf: Uint8Array, start: number, end: number) => void = () => undefined;

  constructor(socket: Socket, maxFrame: number) {
    this.socket = socket;
    this.splitter = new FrameSplitter(maxFrame);
  }

  queue(buf: Uint8Array, from: number, to: number): void {
    const n = to - from;
    if (this.outLen + n > this.out.length) {
      let size = this.out.length * 2;
      while (size < this.outLen + n) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.out.subarray(0, this.outLen));
      this.out = next;
    }
    const out = this.out;
    const at = this.outLen;
    if (n <= 256) for (let i = 0; i < n; i++) out[at + i] = buf[from + i]!; // a report: no view allocated
    else out.set(buf.subarray(from, to), at);
    this.outLen += n;
  }
}

export interface GatewayCounters {
  connections: number;
  logins: number;
  loginRejects: number;
  commands: number;
  sessionRejects: number;
  rateLimited: number;
  malformed: number;
  reports: number;
  /** Gateway snapshots written (state.ts), the size of the last one and the pause it took, ms. */
  snapshots: number;
  /** Snapshot markers passed while the previous snapshot was still being written. */
  snapshotsSkipped: number;
  snapshotBytes: number;
  /**
   * The longest pause of this thread for the last snapshot, ms: its capture at the marker or one of
   * the slices that copy the resend windows and compute the CRC between loop turns (the write is
   * asynchronous).
   */
  snapshotMs: number;
  /** The last snapshot's capture at the marker alone, ms, and the time from the marker to its file written. */
  snapshotCaptureMs: number;
  snapshotTotalMs: number;
  /** This thread's pause pruning the old snapshots after the last one was written, ms (header checks only). */
  snapshotPruneMs: number;
  /** Loop turns that folded events, and the events they folded (events per turn = turnEvents / turns). */
  turns: number;
  turnEvents: number;
  /** Resend windows committed before listening (option prefaultWindows), and the time it took, ms. */
  prefaultedWindows: number;
  prefaultMs: number;
  /** NewOrders answered by the scratch warm-up before listening (option warmupOrders), and its time, ms. */
  warmupOrders: number;
  warmupMs: number;
}

export class Gateway implements FixHost {
  readonly options: GatewayOptions;
  /** The FIX 4.4 acceptor (options.fixPort), on the same thread and the same commands ring. */
  readonly fix: FixAcceptor | undefined;
  /** Its bound port once started. */
  fixPort: number | undefined;
  private fixServer: Server | undefined;
  readonly book: ReportBook;
  readonly counters: GatewayCounters = { connections: 0, logins: 0, loginRejects: 0, commands: 0, sessionRejects: 0, rateLimited: 0, malformed: 0, reports: 0, snapshots: 0, snapshotsSkipped: 0, snapshotBytes: 0, snapshotMs: 0, snapshotCaptureMs: 0, snapshotTotalMs: 0, snapshotPruneMs: 0, turns: 0, turnEvents: 0, prefaultedWindows: 0, prefaultMs: 0, warmupOrders: 0, warmupMs: 0 };
  /** In-process stamp -> ack, ns (options.measure). */
  readonly stampToAck = new Histogram();
  private readonly toCore: Ring;
  private readonly fromCore: Ring;
  private readonly buckets: FirmBuckets;
  private readonly conns = new Set<Conn>();
  /** session (API key id) -> its logged-in connection */
  private readonly live = new Map<number, Conn>();
  private readonly dirty = new Set<Conn>();
  /** Sessions whose connection ended with cancel-on-disconnect: their in-flight orders are cancelled as they arrive. */
  private readonly codSessions = new Set<number>();
  private codQueue: number[] = [];
  private readonly fw = new FrameWriter();
  /** NewOrder frames are read here without allocating (the other messages by decodeInbound). */
  private readonly newOrder = new NewOrderReader();
  private readonly symbolBytes = new SymbolBytes();
  private cmd = new Uint8Array(CMD_SIZE * 1024);
  private cmdDv = new DataView(this.cmd.buffer);
  /**
   * Word views of the same bytes for NewOrder, the hot command (its fields are 4- and 8-byte
   * aligned in a 64-byte record; the host is little-endian, as the rings' f64/i32 views assume):
   * plain element stores stay fast in every tier of V8, DataView calls did not (profile: the
   * order command ran 9% of the gateway thread in Maglev code after a deopt).
   */
  private cmd32 = new Uint32Array(this.cmd.buffer);
  private cmd64 = new Float64Array(this.cmd.buffer);
  private cmdCount = 0;
  /** A flushCommands is queued for the end of this loop turn (after the sockets' reads). */
  private flushQueued = false;
  private readonly flushTurn = () => {
    this.flushQueued = false;
    this.flushCommands();
  };
  private paused = false;
  private server: Server | undefined;
  private stopped = false;
  private pumpDone: Promise<void> | undefined;
  private waiters: { until: () => boolean; resolve: () => void }[] = [];
  /** Receipt -> ack of NewOrders (measureReceipts), or undefined: not measured. */
  private receipts: ReceiptClock | undefined;
  /** Per-stage timing of 1 NewOrder in N (measureStages; stages.ts), or undefined: off. */
  private stages: StageSampler | undefined;
  /** performance.now() when the chunk being parsed was received. */
  private rxMs = 0;
  /** Where the gateway's snapshots go (state.ts; the journal's snapshot directory), or '' for none. */
  private snapshotDir = '';
  /** Seq of the snapshot restored at start (0: none), and of the last one written. */
  restoredSeq = 0;
  snapshotSeq = 0;
  /** The snapshot being written (at most one at a time). */
  private snapshotWrite: Promise<void> | undefined;
  /** The snapshot being taken in slices (state.ts GatewaySnapshotJob), before its write. */
  private snapshotJob: { job: GatewaySnapshotJob; seq: number; t0: number; maxMs: number } | undefined;
  /** The windows' copies go here, reused by every snapshot (state.ts SnapshotBuffers: fresh ones cost a page fault per 4 KiB). */
  private readonly snapshotBuffers = new SnapshotBuffers();

  constructor(options: GatewayOptions, toCore: Ring, fromCore: Ring) {
    this.options = options;
    this.toCore = toCore;
    this.fromCore = fromCore;
    this.buckets = new FirmBuckets(options.defaultRate);
    this.book = new ReportBook({ resendBytes: options.resendBytes, sink: (s, b, f, t) => this.deliver(s, b, f, t) });
    this.book.onKey = (keyId) => {
      const k = this.book.keys.get(keyId)!;
      this.buckets.setRate(k.firm, k.rate);
      if (k.revoked) this.live.get(keyId)?.socket.destroy();
    };
    if (options.fixPort !== undefined) {
      if (options.fixStore === '') throw new BourseError('GW_BAD_OPTION', 'the FIX acceptor needs a session store directory (fixStore)');
      this.fix = new FixAcceptor(this, options.fixStore, options.loginTimeoutMs);
    }
    const measure = options.measure;
    // A constant of the thread, read once: its getter allocated a number on every ACCEPTED.
    const origin = performance.timeOrigin;
    this.book.onAccepted = (o, timeUs) => {
      if (this.codSessions.size > 0 && this.codSessions.has(o.session)) this.codQueue.push(o.orderId);
      // The sequencer's stamp is the core's wall clock (µs); this thread reads the same clock.
      if (measure) this.stampToAck.record(((origin + performance.now()) * 1000 - timeUs) * 1000);
    };
  }

  /**
   * Measure receipt -> ack (receipts.ts): each NewOrder from its frame's arrival at the socket to
   * its ACCEPTED/REJECTED report written back; `record` gets µs (a shared histogram's record).
   */
  measureReceipts(record: (us: number) => void): void {
    const r = new ReceiptClock(1 << 16, record);
    this.receipts = r;
    this.book.onAnswer = (session, clientOrderId) => r.answered(session, clientOrderId);
  }

  /** Time every `every`-th NewOrder stage by stage into the shared blocks (stages.ts; the core writes its commits there). */
  measureStages(b: StageBlocks, every: number): void {
    const st = new StageSampler(b, every);
    this.stages = st;
    const prev = this.book.onAnswer;
    this.book.onAnswer = (session, clientOrderId, seq, timeUs) => {
      prev?.(session, clientOrderId, seq, timeUs);
      st.answered(session, clientOrderId, seq, timeUs);
    };
  }

  /** Orders the receipt clock did not measure (its FIFO full, or answered out of its order). */
  get receiptsSkipped(): number {
    return this.receipts?.skipped ?? 0;
  }

  /** Snapshots (gateway/state.ts) are written to and restored from `dir` when the core says so. */
  useSnapshots(dir: string): void {
    this.snapshotDir = dir;
  }

  /** Start folding the core's events now (before start(): the core's recovery may send more than its ring holds). */
  pumpEvents(): void {
    this.pumpDone ??= this.pump();
  }

  /**
   * Folds the core's events until the journal's replay (up to `recoveredSeq`) is in, registers the
   * keys of the options that the journal does not hold yet, then listens. Resolves with the port.
   */
  async start(recoveredSeq: number): Promise<number> {
    this.pumpEvents();
    await this.until(() => this.book.lastInputSeq >= recoveredSeq);
    const missing = this.options.keys.filter((k) => !this.book.keys.holds(k));
    for (const k of missing) this.apiKeyCommand(k);
    this.flushCommands();
    await this.until(() => this.options.keys.every((k) => this.book.keys.holds(k)));
    // Ready before the open (docs/benchmarks.md, "The cold start"): the windows' pages committed now.
    const p0 = performance.now();
    this.counters.prefaultedWindows = this.book.prefaultWindows(this.options.prefaultWindows);
    // And as many of the snapshot's copy buffers (state.ts SnapshotBuffers), when snapshots are taken.
    if (this.counters.prefaultedWindows > 0 && this.options.snapshotReuse && this.snapshotDir !== '') {
      this.snapshotBuffers.prefault(this.counters.prefaultedWindows, this.options.resendBytes, presizedIndex(this.options.resendBytes));
    }
    this.counters.prefaultMs = Math.round(performance.now() - p0);
    const server = createServer({ noDelay: true }, (s) => this.accept(s));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) => reject(new BourseError('GW_LISTEN', `${this.options.host}:${this.options.port}: ${e.code ?? e.message}`)));
      server.listen(this.options.port, this.options.host, () => resolve());
    });
    const addr = server.address();
    if (this.fix) {
      const fix = this.fix;
      const fs = createServer({ noDelay: true }, (s) => {
        if (this.stopped || fix.connections >= this.options.maxConnections) return void s.destroy();
        fix.accept(s);
        if (this.paused) s.pause();
      });
      this.fixServer = fs;
      await new Promise<void>((resolve, reject) => {
        fs.once('error', (e: NodeJS.ErrnoException) => reject(new BourseError('GW_LISTEN', `FIX ${this.options.host}:${this.options.fixPort}: ${e.code ?? e.message}`)));
        fs.listen(this.options.fixPort, this.options.host, () => resolve());
      });
      const fa = fs.address();
      this.fixPort = typeof fa === 'object' && fa ? fa.port : this.options.fixPort;
    }
    return typeof addr === 'object' && addr ? addr.port : this.options.port;
  }

  // ------------------------------------------------------------------ FixHost: the FIX acceptor's way in

  nativeLive(keyId: number): boolean {
    return this.live.has(keyId);
  }

  submitNew(keyId: number, firm: number, m: Omit<NewOrder, 'kind'>): { code: ErrorCode; reason: string } | undefined {
    const o: NewOrder = { kind: 'newOrder', ...m };
    const bad = shapeError(o);
    if (bad) return { code: 'GW_BAD_ORDER', reason: bad };
    const now = performance.now();
    if (!this.buckets.take(firm, now)) return this.fixRateLimited(firm);
    this.newOrderCommand({ keyId, firm }, o);
    this.receipts?.push(keyId, o.clientOrderId, now);
    return undefined;
  }

  submitCancel(keyId: number, firm: number, orderId: number, symbol: string, account: number): { code: ErrorCode; reason: string } | undefined {
    if (!this.buckets.take(firm, performance.now())) return this.fixRateLimited(firm);
    this.cancelCommand({ orderId, symbol: this.symbolId(symbol), account, session: keyId });
    return undefined;
  }

  submitReplace(keyId: number, firm: number, orderId: number, symbol: string, account: number, price: number, qty: number): { code: ErrorCode; reason: string } | undefined {
    if (!this.buckets.take(firm, performance.now())) return this.fixRateLimited(firm);
    this.modifyCommand({ keyId, firm }, orderId, this.symbolId(symbol), account, price, qty);
    return undefined;
  }

  flush(): void {
    this.flushCommands();
  }

  private fixRateLimited(firm: number): { code: ErrorCode; reason: string } {
    this.counters.rateLimited++;
    return { code: 'GW_RATE_LIMITED', reason: `firm ${firm}: ${this.buckets.rate(firm)} orders/s` };
  }

  async close(): Promise<void> {
    this.stopped = true;
    for (const c of this.conns) c.socket.destroy();
    this.fix?.closeAll();
    await new Promise<void>((r) => (this.fixServer ? this.fixServer.close(() => r()) : r()));
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
    await this.pumpDone;
    // A snapshot still being taken is finished at once (its marker was read), then written.
    if (this.snapshotJob) {
      this.snapshotJob.job.finish();
      this.snapshotStep();
    }
    await this.snapshotWrite;
  }

  private until(cond: () => boolean): Promise<void> {
    if (cond()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ until: cond, resolve }));
  }

  // ------------------------------------------------------------------ events from the core

  private async pump(): Promise<void> {
    const book = this.book;
    const handler = (f64: Float64Array, i32: Int32Array, first: number, count: number) => {
      for (let k = first; k < first + count; k++) {
        const type = i32[k * EVENT_WORDS]! & TYPE_MASK;
        if (type === GwMark.Snapshot || type === GwMark.Restore) this.mark(type, f64[k * EVENT_SLOTS + 2]!);
        else book.apply(f64, i32, k);
      }
    };
    const perTurn = this.options.eventsPerTurn;
    while (!this.stopped) {
      // The commands parsed from the sockets since the last turn go to the core before this turn's
      // fold: the core stamps them while the reports are derived, instead of after (the same one
      // ring write per turn; their flushTurn immediate, queued behind this loop's, then finds none).
      if (this.cmdCount > 0) this.flushCommands();
      if (this.stages) this.stages.readUs = wallUs();
      const n = this.fromCore.read(handler, perTurn);
      if (n > 0 || this.snapshotJob) {
        if (n > 0) {
          this.counters.turns++;
          this.counters.turnEvents += n;
          this.afterEvents();
        }
        this.snapshotStep();
        await new Promise((r) => setImmediate(r));
        continue;
      }
      if (this.paused) this.flushCommands();
      if (this.fromCore.closed) {
        this.afterEvents();
        return;
      }
      await this.fromCore.waitForDataAsync(this.paused ? 1 : 50);
    }
  }

  /** A ring-only record of the core (state.ts GwMark): restore the snapshot at `seq`, or write one there. */
  private mark(type: number, seq: number): void {
    if (this.snapshotDir === '') throw new BourseError('INVARIANT', 'gateway snapshot record without a snapshot directory');
    const book = this.book;
    if (type === GwMark.Restore) {
      const path = join(this.snapshotDir, snapshotName(seq, GATEWAY_SNAPSHOT));
      loadGatewayState(book, readSnapshot(path).bytes, path, this.options.resendBytes);
      book.lastInputSeq = Math.max(book.lastInputSeq, seq);
      for (const k of book.keys.all()) book.onKey?.(k.keyId);
      this.restoredSeq = seq;
      return;
    }
    // Every event of the inputs up to seq is folded and none after: the book is the state at seq.
    book.lastInputSeq = Math.max(book.lastInputSeq, seq);
    if (this.snapshotWrite || this.snapshotJob) {
      // The previous one is still being taken or written: this seq gets none (a restart uses an older one).
      this.counters.snapshotsSkipped++;
      return;
    }
    // Captured here, at the marker (the small parts; each log's numbers); the resend windows are
    // copied and the CRC computed in slices between loop turns (snapshotStep), then libuv's
    // threads write it while this one goes on serving.
    const t0 = performance.now();
    this.snapshotBuffers.acquire();
    const job = new GatewaySnapshotJob(book, this.options.snapshotReuse ? this.snapshotBuffers : undefined);
    const ms = performance.now() - t0;
    this.counters.snapshotCaptureMs = Math.round(ms * 10) / 10;
    this.stages?.mark(Mark.gatewaySnapshotTaken, (performance.timeOrigin + t0) * 1000, ms * 1000);
    this.snapshotJob = { job, seq, t0, maxMs: ms };
  }

  /** One slice of the snapshot being taken (about snapshotSliceBytes of copy or CRC); once done, its write starts. */
  private snapshotStep(): void {
    const s = this.snapshotJob;
    if (!s) return;
    const t0 = performance.now();
    const done = s.job.step(this.options.snapshotSliceBytes);
    s.maxMs = Math.max(s.maxMs, performance.now() - t0);
    if (!done) return;
    this.snapshotJob = undefined;
    this.counters.snapshotMs = Math.round(s.maxMs * 10) / 10;
    this.counters.snapshotBytes = s.job.length;
    const dir = this.snapshotDir;
    const seq = s.seq;
    this.snapshotWrite = writeSnapshotAsync(dir, seq, s.job.chunks, GATEWAY_SNAPSHOT, { length: s.job.length, crc: s.job.crc }, this.options.snapshotSyncBytes).then(
      () => {
        // Header checks only, files removed by libuv: reading the kept files whole (3 x 275 MB, CRC'd)
        // held this thread 4-12 s, every order and FIX answer waiting (the FIX stall, docs/order-entry.md).
        const p0 = performance.now();
        const gone: Promise<void>[] = [];
        pruneSnapshots(dir, 3, GATEWAY_SNAPSHOT, 'header', (p) => void gone.push(rm(p, { force: true }).catch((e: unknown) => {
          throw ioError(`remove snapshot ${p}`, e);
        })));
        this.counters.snapshotPruneMs = Math.round((performance.now() - p0) * 10) / 10;
        this.snapshotSeq = seq;
        this.counters.snapshots++;
        this.counters.snapshotTotalMs = Math.round(performance.now() - s.t0);
        this.stages?.mark(Mark.gatewaySnapshotWritten, wallUs(), (performance.now() - s.t0) * 1000);
        // The file is written: its buffers are the next snapshot's.
        this.snapshotBuffers.release();
        return Promise.all(gone).then(() => {
          this.snapshotWrite = undefined;
        });
      },
    ).then(
      undefined,
      (e: unknown) => {
        this.snapshotBuffers.release();
        // As for the core's snapshots: a failed write (ENOSPC, EIO) or removal fails the thread with its code.
        setImmediate(() => {
          throw e;
        });
      },
    );
  }

  private afterEvents(): void {
    if (this.codQueue.length > 0) {
      const ids = this.codQueue;
      this.codQueue = [];
      for (const id of ids) {
        const o = this.book.orders.get(id);
        if (o && this.codSessions.has(o.session)) this.cancelCommand(o);
      }
    }
    this.flushCommands();
    for (const c of this.dirty) {
      c.dirty = false;
      this.flushConn(c);
    }
    this.dirty.clear();
    this.receipts?.flush(performance.now());
    this.stages?.written();
    if (this.waiters.length > 0) {
      const ready = this.waiters.filter((w) => w.until());
      this.waiters = this.waiters.filter((w) => !ready.includes(w));
      for (const w of ready) w.resolve();
    }
  }

  /** A report frame of `session`: to its connection when it is logged in (it is in the log already). */
  private deliver(session: number, buf: Uint8Array, from: number, to: number): void {
    this.counters.reports++;
    this.fix?.deliver(session, buf, from, to);
    const c = this.live.get(session);
    if (!c || !c.live) return;
    c.queue(buf, from, to);
    this.markDirty(c);
  }

  private markDirty(c: Conn): void {
    if (c.dirty) return;
    c.dirty = true;
    this.dirty.add(c);
  }

  private clean(c: Conn): void {
    if (!c.dirty) return;
    c.dirty = false;
    this.dirty.delete(c);
  }

  private flushConn(c: Conn): void {
    if (c.outLen === 0 || c.closed) return;
    // A view of the connection's buffer, not a copy: the kernel usually takes it all during write();
    // when the socket keeps it queued (writableLength), the connection continues in a new buffer.
    c.socket.write(Buffer.from(c.out.buffer, c.out.byteOffset, c.outLen));
    c.outLen = 0;
    if (c.out.length > 1 << 20) c.out = new Uint8Array(4096);
    else if (c.socket.writableLength > 0) c.out = new Uint8Array(c.out.length);
    // A client that does not read: cut it (its reports stay in the log; it resends on reconnect).
    if (c.socket.writableLength > this.options.maxOutboundBytes) c.socket.destroy();
  }

  private send(c: Conn, m: Outbound): void {
    this.fw.reset();
    this.fw.outbound(m);
    c.queue(this.fw.w.buf, 0, this.fw.w.pos);
    this.markDirty(c);
  }

  // ------------------------------------------------------------------ commands to the core

  private slot(): number {
    if ((this.cmdCount + 1) * CMD_SIZE > this.cmd.length) {
      const next = new Uint8Array(this.cmd.length * 2);
      next.set(this.cmd);
      this.cmd = next;
      this.cmdDv = new DataView(next.buffer);
      this.cmd32 = new Uint32Array(next.buffer);
      this.cmd64 = new Float64Array(next.buffer);
    }
    const at = this.cmdCount++ * CMD_SIZE;
    const w = this.cmd64;
    for (let i = at >> 3, end = (at + CMD_SIZE) >> 3; i < end; i++) w[i] = 0;
    this.counters.commands++;
    return at;
  }

  /** Hands the queued commands to the core; what does not fit waits, and the sockets pause (back-pressure). */
  private flushCommands(): void {
    if (this.cmdCount === 0) return;
    const n = this.toCore.tryWrite(this.cmd, this.cmdCount);
    this.stages?.handedOff(n);
    if (n < this.cmdCount) {
      this.cmd.copyWithin(0, n * CMD_SIZE, this.cmdCount * CMD_SIZE);
      this.cmdCount -= n;
      if (!this.paused) {
        this.paused = true;
        for (const c of this.conns) c.socket.pause();
        this.fix?.pause();
      }
      return;
    }
    this.cmdCount = 0;
    if (this.paused) {
      this.paused = false;
      for (const c of this.conns) c.socket.resume();
      this.fix?.resume();
    }
  }

  private apiKeyCommand(k: ApiKey): void {
    const at = this.slot();
    const dv = this.cmdDv;
    dv.setUint8(at + CmdOff.type, Cmd.ApiKey);
    dv.setUint8(at + CmdOff.keyFlags, k.revoked ? KeyFlag.Revoke : 0);
    dv.setUint32(at + CmdOff.keyId, k.keyId, true);
    this.cmd.set(k.publicKey, at + CmdOff.publicKey);
    dv.setUint32(at + CmdOff.firm, k.firm, true);
    dv.setUint32(at + CmdOff.rate, k.rate, true);
  }

  private symbolId(name: string): number {
    return this.book.symbolIds.get(name) ?? 0xffffffff; // unknown: the engine rejects it (UNKNOWN_SYMBOL), sequenced
  }

  private newOrderCommand(c: { keyId: number; firm: number }, m: NewOrder): void {
    this.orderCommand(c.keyId, c.firm, this.symbolId(m.symbol), m.side, m.ordType, m.tif, m.price, m.qty, m.account, m.clientOrderId, m.expireTimeUs ?? 0);
  }

  private orderCommand(keyId: number, firm: number, symbol: number, side: number, ordType0: number, tif: number, price: number, qty: number, account: number, clientOrderId: number, expireTimeUs: number): void {
    const at = this.slot();
    const b = this.cmd;
    const u32 = this.cmd32;
    const f64 = this.cmd64;
    const w4 = at >> 2;
    const w8 = at >> 3;
    const ordType = ordType0 === 0 ? 1 : ordType0;
    b[at + CmdOff.type] = Cmd.NewOrder;
    b[at + CmdOff.side] = side;
    b[at + CmdOff.ordType] = ordType;
    b[at + CmdOff.tif] = tif === 0 ? 1 : tif;
    u32[w4 + (CmdOff.symbol >> 2)] = symbol;
    f64[w8 + (CmdOff.price >> 3)] = ordType === 2 ? 0 : price;
    f64[w8 + (CmdOff.qty >> 3)] = qty;
    u32[w4 + (CmdOff.account >> 2)] = account;
    u32[w4 + (CmdOff.clientOrderId >> 2)] = clientOrderId;
    u32[w4 + (CmdOff.session >> 2)] = keyId;
    u32[w4 + (CmdOff.firm >> 2)] = firm;
    // GTD: the expire time travels in the orderId slot (the engine checks it: BAD_EXPIRE_TIME).
    f64[w8 + (CmdOff.orderId >> 3)] = tif === 4 ? expireTimeUs : 0;
  }

  private cancelCommand(o: { orderId: number; symbol: number; account: number; session: number }): void {
    const at = this.slot();
    const dv = this.cmdDv;
    dv.setUint8(at + CmdOff.type, Cmd.Cancel);
    dv.setUint32(at + CmdOff.symbol, o.symbol, true);
    dv.setFloat64(at + CmdOff.orderId, o.orderId, true);
    dv.setUint32(at + CmdOff.account, o.account, true);
    dv.setUint32(at + CmdOff.session, o.session, true);
    dv.setUint32(at + CmdOff.firm, this.book.keys.get(o.session)?.firm ?? 0, true);
  }

  private modifyCommand(c: { keyId: number; firm: number }, orderId: number, symbol: number, account: number, price: number, qty: number): void {
    const at = this.slot();
    const dv = this.cmdDv;
    dv.setUint8(at + CmdOff.type, Cmd.Modify);
    dv.setUint32(at + CmdOff.symbol, symbol, true);
    dv.setFloat64(at + CmdOff.orderId, orderId, true);
    dv.setUint32(at + CmdOff.account, account, true);
    dv.setFloat64(at + CmdOff.price, price, true);
    dv.setFloat64(at + CmdOff.qty, qty, true);
    dv.setUint32(at + CmdOff.session, c.keyId, true);
    dv.setUint32(at + CmdOff.firm, c.firm, true);
  }

  /** Cancel commands for every live order of `session` (optionally one symbol / account). */
  private cancelAll(session: number, symbol = -1, account = 0): number {
    let n = 0;
    for (const o of this.book.orders.values()) {
      if (o.session !== session || (symbol >= 0 && o.symbol !== symbol) || (account !== 0 && o.account !== account)) continue;
      this.cancelCommand(o);
      n++;
    }
    return n;
  }

  // ------------------------------------------------------------------ sessions

  private accept(socket: Socket): void {
    if (this.conns.size >= this.options.maxConnections || this.stopped) {
      socket.destroy();
      return;
    }
    this.counters.connections++;
    const c = new Conn(socket, this.options.maxFrame);
    c.onFrame = (buf, start, end) => this.onFrame(c, buf, start, end);
    this.conns.add(c);
    if (this.paused) socket.pause();
    c.loginTimer = setTimeout(() => {
      if (!c.live) this.reject(c, 'GW_NOT_LOGGED_IN', `no login within ${this.options.loginTimeoutMs} ms`, 0, true);
    }, this.options.loginTimeoutMs);
    socket.on('data', (chunk: Buffer) => this.onData(c, chunk));
    socket.on('error', () => undefined); // 'close' follows
    socket.on('close', () => this.onClose(c));
    this.send(c, { kind: 'hello', seq: 0, nonce: c.nonce, version: PROTOCOL_VERSION });
    this.flushConn(c);
    this.clean(c);
  }

  private onData(c: Conn, chunk: Buffer): void {
    if (c.closed) return;
    this.rxMs = performance.now();
    const r = c.splitter.push(chunk, c.onFrame);
    if (r < 0) this.reject(c, 'GW_FRAME_TOO_LARGE', `frame of ${c.splitter.oversized} bytes, the maximum is ${this.options.maxFrame}`, 0, true);
    // The commands of every socket read in this loop turn go to the core in one ring write (one
    // wake-up of the core, one group commit for all of them), not one per socket.
    if (this.cmdCount > 0 && !this.flushQueued) {
      this.flushQueued = true;
      setImmediate(this.flushTurn);
    }
    this.flushConn(c);
    this.clean(c);
  }

  private onFrame(c: Conn, buf: Uint8Array, start: number, end: number): void {
    if (c.closed) return;
    let m: Inbound | undefined;
    try {
      if (!(c.live && this.newOrder.read(buf, start, end))) m = decodeInbound(buf, start, end);
    } catch (e) {
      this.malformed(c, e instanceof Error ? e.message : String(e));
      return;
    }
    if (m === undefined) return this.fastNewOrder(c);
    if (m.kind === 'login') return this.login(c, m);
    if (!c.live) {
      this.malformed(c, `${m.kind} before login`, 'GW_NOT_LOGGED_IN');
      return;
    }
    switch (m.kind) {
      case 'newOrder': {
        const bad = shapeError(m);
        if (bad) return this.reject(c, 'GW_BAD_ORDER', bad, m.clientOrderId);
        if (!this.buckets.take(c.firm, this.rxMs)) return this.rateLimited(c, m.clientOrderId);
        this.newOrderCommand(c, m);
        this.receipts?.push(c.keyId, m.clientOrderId, this.rxMs);
        this.stages?.received(c.keyId, m.clientOrderId, this.rxMs, this.cmdCount - 1);
        return;
      }
      case 'cancel': {
        if (m.orderId === 0 || m.account === 0) return this.reject(c, 'GW_BAD_ORDER', 'cancel needs order_id and account');
        if (!this.buckets.take(c.firm, performance.now())) return this.rateLimited(c, 0);
        this.cancelCommand({ orderId: m.orderId, symbol: this.symbolId(m.symbol), account: m.account, session: c.keyId });
        return;
      }
      case 'replace': {
        if (m.orderId === 0 || m.account === 0 || m.qty === 0) return this.reject(c, 'GW_BAD_ORDER', 'replace needs order_id, account and qty');
        if (!this.buckets.take(c.firm, performance.now())) return this.rateLimited(c, 0);
        this.modifyCommand(c, m.orderId, this.symbolId(m.symbol), m.account, m.price, m.qty);
        return;
      }
      case 'massCancel': {
        if (!this.buckets.take(c.firm, performance.now())) return this.rateLimited(c, 0);
        const sym = m.symbol === '' ? -1 : this.symbolId(m.symbol);
        this.cancelAll(c.keyId, sym, m.account);
        return;
      }
      case 'heartbeat':
        this.send(c, { kind: 'heartbeat', seq: 0, token: m.token });
        return;
      case 'logout':
        this.flushConn(c);
        c.socket.end();
        return;
    }
  }

  /** A NewOrder read by NewOrderReader: what the 'newOrder' case does, without the message object. */
  private fastNewOrder(c: Conn): void {
    const m = this.newOrder;
    const bad = shapeErrorOf(m.symLen, m.side, m.ordType, m.tif, m.qty, m.account);
    if (bad) return this.reject(c, 'GW_BAD_ORDER', bad, m.clientOrderId);
    if (!this.buckets.take(c.firm, this.rxMs)) return this.rateLimited(c, m.clientOrderId);
    const sb = this.symbolBytes;
    if (sb.version !== this.book.symbolsVersion) sb.rebuild(this.book.symbolIds, this.book.symbolsVersion);
    const symbol = sb.lookup(m.frame, m.symStart, m.symLen);
    this.orderCommand(c.keyId, c.firm, symbol, m.side, m.ordType, m.tif, m.price, m.qty, m.account, m.clientOrderId, m.expireTimeUs);
    this.receipts?.push(c.keyId, m.clientOrderId, this.rxMs);
    this.stages?.received(c.keyId, m.clientOrderId, this.rxMs, this.cmdCount - 1);
  }

  private login(c: Conn, m: Extract<Inbound, { kind: 'login' }>): void {
    if (c.live) return this.reject(c, 'GW_ALREADY_LOGGED_IN', `logged in as key ${c.keyId}`);
    const fail = (code: ErrorCode, reason: string) => {
      this.counters.loginRejects++;
      const e = new BourseError(code, reason);
      this.send(c, { kind: 'loginRejected', seq: 0, code: e.num, reason: e.message });
      this.closeConn(c);
    };
    const fresh = !c.nonceUsed && equalBytes(m.nonce, c.nonce);
    c.nonceUsed = true; // single use, whatever happens next
    if (!fresh) return fail('GW_NONCE_REPLAYED', 'sign the nonce of this connection\'s Hello');
    if (m.version > PROTOCOL_VERSION) return fail('GW_BAD_OPTION', `protocol version ${m.version} (this gateway speaks ${PROTOCOL_VERSION})`);
    const key = this.book.keys.get(m.keyId);
    if (!key || key.revoked) return fail('GW_UNKNOWN_KEY', `key ${m.keyId}`);
    if (!this.book.keys.verifyLogin(m.keyId, m.nonce, m.signature)) return fail('GW_BAD_SIGNATURE', `key ${m.keyId}`);
    if (this.live.has(m.keyId) || this.fix?.isLive(m.keyId)) return fail('GW_SESSION_IN_USE', `key ${m.keyId}`);
    const log = this.book.log(m.keyId);
    if (!m.noResend && m.lastSeenSeq > log.lastSeq) return fail('GW_SEQ_AHEAD', `last seen ${m.lastSeenSeq}, the session's last report is ${log.lastSeq}`);
    if (!m.noResend && m.lastSeenSeq + 1 < log.firstSeq) return fail('GW_RESEND_UNAVAILABLE', `asked from ${m.lastSeenSeq + 1}, the oldest held is ${log.firstSeq}`);
    clearTimeout(c.loginTimer);
    this.counters.logins++;
    c.keyId = m.keyId;
    c.firm = key.firm;
    c.cod = m.cancelOnDisconnect;
    c.live = true;
    this.live.set(m.keyId, c);
    this.codSessions.delete(m.keyId);
    this.send(c, { kind: 'loginAccepted', seq: 0, firm: key.firm, lastSeq: log.lastSeq, firstResendableSeq: log.firstSeq, instruments: [...this.book.instruments.values()] });
    if (!m.noResend) {
      const resend = log.range(m.lastSeenSeq + 1);
      if (resend.length > 0) c.queue(resend, 0, resend.length);
    }
  }

  private rateLimited(c: Conn, clientOrderId: number): void {
    this.counters.rateLimited++;
    this.reject(c, 'GW_RATE_LIMITED', `firm ${c.firm}: ${this.buckets.rate(c.firm)} orders/s`, clientOrderId);
  }

  private malformed(c: Conn, why: string, code: 'GW_MALFORMED_FRAME' | 'GW_NOT_LOGGED_IN' = 'GW_MALFORMED_FRAME'): void {
    this.counters.malformed++;
    c.malformed++;
    if (c.malformed >= this.options.maxMalformed) this.reject(c, 'GW_TOO_MANY_MALFORMED', `${c.malformed} malformed frames; last: ${why}`, 0, true);
    else this.reject(c, code, why);
  }

  private reject(c: Conn, code: ErrorCode, reason: string, clientOrderId = 0, closing = false): void {
    this.counters.sessionRejects++;
    const e = new BourseError(code, reason);
    this.send(c, { kind: 'sessionReject', seq: 0, code: e.num, reason: e.message, clientOrderId, closing });
    if (closing) this.closeConn(c);
  }

  /** Flush what is owed and close the connection (the 'close' handler does the session's bookkeeping). */
  private closeConn(c: Conn): void {
    this.flushConn(c);
    this.clean(c);
    c.closed = true;
    c.socket.end();
    c.socket.destroySoon();
  }

  private onClose(c: Conn): void {
    c.closed = true;
    clearTimeout(c.loginTimer);
    this.conns.delete(c);
    this.clean(c);
    if (c.live && this.live.get(c.keyId) === c) {
      this.live.delete(c.keyId);
      if (c.cod && !this.stopped) {
        this.codSessions.add(c.keyId);
        this.cancelAll(c.keyId);
        this.flushCommands();
      }
    }
  }
}

/** What the engine cannot be asked to judge: missing fields and values outside the wire's ranges. */
function shapeError(m: NewOrder): string | undefined {
  return shapeErrorOf(m.symbol.length, m.side, m.ordType, m.tif, m.qty, m.account);
}

function shapeErrorOf(symbolLength: number, side: number, ordType: number, tif: number, qty: number, account: number): string | undefined {
  if (symbolLength === 0 || symbolLength > 16) return 'symbol must be 1 to 16 characters';
  if (side !== 1 && side !== 2) return 'side must be BUY or SELL';
  if (ordType > 2) return 'ord_type must be LIMIT or MARKET';
  if (tif > 6) return 'time_in_force must be GTC, IOC, DAY, GTD, AT_OPEN or AT_CLOSE';
  if (qty === 0) return 'qty must be set';
  if (account === 0 || account > 1 << 20) return 'account must be from 1 to 2^20';
  return undefined;
}

function pow2OrZero(v: number): number {
  if ((v & (v - 1)) !== 0) throw new BourseError('GW_BAD_OPTION', `stageSample must be 0 or a power of two, not ${v}`);
  return v;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!;
  return d === 0;
}

export type { TrackedOrder };
