/**
 * Execution reports, derived from the engine's events and nothing else. The events are a pure
 * function of the journal, so the reports, their per-session sequence numbers and their bytes are
 * too: after a restart the core replays the journal through the gateway's ring and every session's
 * report stream is rebuilt identically — a broker resumes from its last seen number with nothing
 * lost and nothing duplicated, across reconnects and exchange restarts alike.
 *
 *   engine events ──▶ ReportBook.apply ──▶ per session (= API key id):
 *                        ACCEPTED (session in slot 9)          ─▶ report ACCEPTED, order tracked
 *                        REJECTED (session in slot 9 / 256)    ─▶ report REJECTED or CancelReject
 *                        TRADE (maker and/or taker tracked)    ─▶ PARTIAL_FILL / FILL (trade id)
 *                        CANCELLED / MODIFIED of a tracked one ─▶ CANCELLED / REPLACED
 *                        API_KEY, INSTRUMENT                   ─▶ key table, instrument list
 *                     each report: seq = ++session.lastSeq, encoded once into the session's log
 *
 * The session log keeps the newest `resendBytes` of encoded frames per session (a byte ring with a
 * seq -> offset index): resend is one copy of a contiguous range. Older reports leave the window
 * (a login asking for them gets GW_RESEND_UNAVAILABLE); everything stays bounded.
 */
import { Ev, EVENT_SLOTS, EVENT_WORDS, AcceptedEv, RejectedEv, TradeEv, CancelledEv, ModifiedEv, InstrumentEv, ApiKeyEv, rejectedCommand, rejectedSession, headType, headSide, headCode, priceDecimalsOf, qtyDecimalsOf, evNameBytes } from '../engine/events.ts';
import { Cmd } from '../engine/commands.ts';
import { FrameWriter, ExecType, type ExecutionReport, type InstrumentInfo } from '../protocol/order-entry.ts';
import { KeyTable } from './keys.ts';
import { BourseError } from '../kernel/errors.ts';
import { smi } from '../kernel/smi.ts';

export interface TrackedOrder {
  orderId: number;
  session: number;
  account: number;
  symbol: number;
  side: number;
  clientOrderId: number;
  price: number;
  qty: number;
  leaves: number;
  cum: number;
}

/** Windows up to this size are allocated whole at the start (see SessionLog's constructor); larger ones grow. */
const PRESIZE_MAX = 64 << 20;

/** The newest encoded report frames of one session, as a byte ring indexed by seq. */
/** A session log's two arrays, allocated and committed ahead of the session (ReportBook.prefaultWindows). */
export interface WindowBuffers {
  readonly buf: Uint8Array;
  readonly starts: Float64Array;
}

/**
 * The frame index size of a presized window of `capBytes`: room for a window of 32-byte frames.
 * Reports are 55 (ACCEPTED, CANCELLED) to 68 bytes (fills), ~57 on average at the bench's mix, so
 * a full 4 MiB window holds ~74,000 frames: an index sized for 64-byte frames (65,536) grew to
 * twice its size just before the window filled, a fresh 1 MiB per session faulted in under load,
 * and the first snapshot with full windows reallocated its copy buffers' index the same way
 * (docs/benchmarks.md, "The snapshot with full windows"). Smaller frames still grow it (growIndex).
 */
export const presizedIndex = (capBytes: number): number => Math.max(1024, 2 ** Math.ceil(Math.log2(capBytes / 32)));

/** Writes each 4 KiB page of `a` with the value it holds: the kernel commits it now (nothing changes). */
function touchPages(a: Uint8Array | Float64Array): void {
  const step = 4096 / a.BYTES_PER_ELEMENT;
  for (let i = 0; i < a.length; i += step) a[i] = a[i]!;
}

export class SessionLog {
  readonly session: number;
  /** Seq of the last report (0: none yet). */
  lastSeq = 0;
  /** Seq of the oldest report still held (lastSeq + 1 when none is held). */
  firstSeq = 1;
  private buf: Uint8Array;
  private readonly cap: number;
  /** Absolute byte offsets: [head, tail) is held; frame `seq` starts at starts[seq & mask]. */
  private head = 0;
  private tail = 0;
  private starts: Float64Array;
  private mask: number;
  /**
   * Called before the oldest held frame is dropped (its bytes and index entry may then be
   * overwritten) when its seq is at least `dropGuard`: an incremental snapshot still copying this
   * log copies it first, and a run of frames after it, then moves the guard past them (state.ts).
   * The guard keeps the drop path to one comparison for the frames already copied.
   */
  beforeDrop: (() => void) | undefined;
  dropGuard = Infinity;

  /**
   * `presize`: allocate the whole window now (default for windows up to 64 MiB) or grow from 64 KiB.
   * `pooled`: a presized window's arrays made (and committed) ahead of time, all zeros, of this size.
   */
  constructor(session: number, capBytes: number, presize = capBytes <= PRESIZE_MAX, pooled?: WindowBuffers) {
    this.session = session;
    this.cap = capBytes;
    // The frame index likewise: room for a window of 64-byte frames (reports are ~75 bytes).
    const index = presize ? presizedIndex(capBytes) : 1024;
    if (presize && pooled && pooled.buf.length === capBytes && pooled.starts.length === index) {
      this.buf = pooled.buf;
      this.starts = pooled.starts;
    } else {
      // The whole window at once when it is of a usual size: a large typed array's pages are only
      // committed when first written, so an idle session costs address space, not memory, and a busy
      // one never re-lays its window (growing by doubling copied and faulted in twice the window).
      this.buf = new Uint8Array(presize ? capBytes : Math.min(capBytes, 64 * 1024));
      this.starts = new Float64Array(index);
    }
    this.mask = index - 1;
  }

  /** The window's size in bytes, and how many frames its index can hold (the most it holds at once). */
  get capacityBytes(): number {
    return this.cap;
  }

  get indexSize(): number {
    return this.starts.length;
  }

  /** Commits every page of the window and its index now (the bytes are unchanged). */
  touch(): void {
    touchPages(this.buf);
    touchPages(this.starts);
  }

  /** Append one encoded frame (the report with seq = lastSeq + 1). */
  append(frame: Uint8Array, from: number, to: number): void {
    const n = to - from;
    while (this.tail + n - this.head > this.cap && this.firstSeq <= this.lastSeq) this.dropOldest();
    if (this.tail + n - this.head > this.buf.length) this.growBytes(this.tail + n - this.head);
    const seq = ++this.lastSeq;
    if (seq - this.firstSeq + 1 > this.starts.length) this.growIndex();
    this.starts[seq & this.mask] = this.tail;
    const buf = this.buf;
    const len = buf.length;
    const at = this.tail % len;
    if (n <= 256 && at + n <= len) {
      // A report (< 128 bytes) not crossing the ring's end: a byte loop, no view allocated.
      for (let i = 0; i < n; i++) buf[at + i] = frame[from + i]!;
    } else {
      const first = Math.min(n, len - at);
      buf.set(frame.subarray(from, from + first), at);
      if (first < n) buf.set(frame.subarray(from + first, to), 0);
    }
    this.tail += n;
  }

  /** The frames of seq `from`..lastSeq, concatenated (a copy). `from` must be at least firstSeq. */
  range(from: number): Uint8Array {
    if (from > this.lastSeq) return new Uint8Array(0);
    if (from < this.firstSeq) throw new BourseError('INVARIANT', `resend from ${from}, the log holds ${this.firstSeq}..${this.lastSeq}`);
    const start = this.starts[from & this.mask]!;
    return this.bytes(start, this.tail - start);
  }

  /** The held frames (firstSeq..lastSeq) as one copy, and each frame's start within it (the gateway's snapshot). */
  held(): { bytes: Uint8Array; starts: Float64Array } {
    const n = this.lastSeq - this.firstSeq + 1;
    const starts = new Float64Array(n);
    for (let i = 0; i < n; i++) starts[i] = this.starts[(this.firstSeq + i) & this.mask]! - this.head;
    return { bytes: this.bytes(this.head, this.tail - this.head), starts };
  }

  /** A log holding what held() gave (same seqs, same bytes, same window from here on). */
  static restore(session: number, capBytes: number, firstSeq: number, lastSeq: number, bytes: Uint8Array, starts: Float64Array): SessionLog {
    const l = new SessionLog(session, capBytes);
    if (bytes.length > l.buf.length) l.growBytes(bytes.length);
    l.buf.set(bytes, 0);
    l.tail = bytes.length;
    l.firstSeq = firstSeq;
    l.lastSeq = lastSeq;
    while (starts.length > l.starts.length) l.growIndex();
    for (let i = 0; i < starts.length; i++) l.starts[(firstSeq + i) & l.mask] = starts[i]!;
    return l;
  }

  /** Absolute offsets of the held bytes: [heldStart, heldEnd). */
  get heldStart(): number {
    return this.head;
  }

  get heldEnd(): number {
    return this.tail;
  }

  /** Absolute offset of frame `seq` (firstSeq..lastSeq). */
  startOf(seq: number): number {
    return this.starts[seq & this.mask]!;
  }

  /** Copies `n` held bytes from absolute offset `start` into `dest` at `at` (no allocation). */
  copyTo(start: number, n: number, dest: Uint8Array, at: number): void {
    const len = this.buf.length;
    const from = start % len;
    const first = Math.min(n, len - from);
    dest.set(this.buf.subarray(from, from + first), at);
    if (first < n) dest.set(this.buf.subarray(0, n - first), at + first);
  }

  private dropOldest(): void {
    if (this.firstSeq >= this.dropGuard && this.beforeDrop) this.beforeDrop();
    this.firstSeq++;
    this.head = this.firstSeq <= this.lastSeq ? this.starts[this.firstSeq & this.mask]! : this.tail;
  }

  private growBytes(need: number): void {
    let size = this.buf.length * 2;
    while (size < need) size *= 2;
    size = Math.min(size, Math.max(this.cap, need));
    const next = new Uint8Array(size);
    // Re-lay the held bytes at their absolute offsets modulo the new size, straight from the old
    // ring (no intermediate copy): runs cut where either ring wraps (three at most).
    const old = this.buf;
    const oldLen = old.length;
    let src = this.head % oldLen;
    let dst = this.head % size;
    for (let left = this.tail - this.head; left > 0;) {
      const run = Math.min(left, oldLen - src, size - dst);
      next.set(old.subarray(src, src + run), dst);
      src = (src + run) % oldLen;
      dst = (dst + run) % size;
      left -= run;
    }
    this.buf = next;
  }

  /** `n` bytes from absolute offset `start` (a copy; at most two runs of the ring). */
  private bytes(start: number, n: number): Uint8Array {
    const out = new Uint8Array(n);
    const len = this.buf.length;
    const at = start % len;
    const first = Math.min(n, len - at);
    out.set(this.buf.subarray(at, at + first));
    if (first < n) out.set(this.buf.subarray(0, n - first), first);
    return out;
  }

  private growIndex(): void {
    const size = this.starts.length * 2;
    const next = new Float64Array(size);
    for (let s = this.firstSeq; s <= this.lastSeq; s++) next[s & (size - 1)] = this.starts[s & this.mask]!;
    this.starts = next;
    this.mask = size - 1;
  }
}

export interface ReportSink {
  /** A new report frame of `session` (already in its log): deliver it if the session is live. */
  (session: number, frame: Uint8Array, from: number, to: number): void;
}

export class ReportBook {
  readonly keys = new KeyTable();
  readonly instruments = new Map<number, InstrumentInfo>();
  readonly symbolIds = new Map<string, number>();
  readonly orders = new Map<number, TrackedOrder>();
  readonly sessions = new Map<number, SessionLog>();
  /** Sequence number of the last input whose events were folded. */
  lastInputSeq = 0;
  /** Bumped whenever symbolIds changes (the gateway's byte lookup rebuilds then). */
  symbolsVersion = 0;
  /** Called for every API_KEY event folded (rate changes, revocations). */
  onKey: ((keyId: number) => void) | undefined;
  /** Called for every ACCEPTED of a session (cancel-on-disconnect watches in-flight orders). */
  onAccepted: ((o: TrackedOrder, timeUs: number) => void) | undefined;
  /** Called after the answer to a session's NewOrder (ACCEPTED or REJECTED) went to the sink (receipt -> ack latency). */
  onAnswer: ((session: number, clientOrderId: number, inputSeq: number, timeUs: number) => void) | undefined;
  private readonly resendBytes: number;
  private readonly sink: ReportSink;
  /** Windows committed ahead of their sessions (prefaultWindows), taken by log() for a new session. */
  private readonly windowPool: WindowBuffers[] = [];
  private readonly fw = new FrameWriter();
  private readonly r: ExecutionReport & { kind: 'executionReport'; seq: number } = {
    kind: 'executionReport', seq: 0, execType: 0, orderId: 0, clientOrderId: 0, account: 0, symbol: '', side: 0, price: 0, qty: 0,
    leavesQty: 0, cumQty: 0, tradeId: 0, lastPrice: 0, lastQty: 0, code: 0, cancelReason: 0, aggressor: false, exchangeSeq: 0, timeUs: 0,
  };

  constructor(o: { resendBytes: number; sink: ReportSink }) {
    this.resendBytes = o.resendBytes;
    this.sink = o.sink;
  }

  log(session: number): SessionLog {
    let l = this.sessions.get(session);
    if (!l) {
      l = new SessionLog(session, this.resendBytes, undefined, this.windowPool.pop());
      this.sessions.set(session, l);
    }
    return l;
  }

  /**
   * Commits the memory of `n` resend windows now, before the gateway serves (gateway option
   * prefaultWindows): the windows of the sessions that exist (restored or replayed) are touched in
   * place, and the rest are allocated, touched and kept for the next sessions to get a log. A
   * window's pages were otherwise committed by first-write page faults as its reports fill it, on
   * the gateway thread, the first ~9 s of a 64-session load at 215k/s (~0.6 µs of kernel time an
   * order: docs/benchmarks.md). Bound: n x (resendBytes + its index, resendBytes / 4 rounded to a
   * power of two); only windows allocated whole (resendBytes up to 64 MiB) are pooled. Nothing
   * observable changes: the bytes held, the numbers and the snapshot are those of a log made later.
   */
  prefaultWindows(n: number): number {
    if (n <= 0 || this.resendBytes > PRESIZE_MAX) return 0;
    let done = 0;
    for (const l of this.sessions.values()) {
      if (done >= n) return done;
      l.touch();
      done++;
    }
    const index = presizedIndex(this.resendBytes);
    for (; done < n; done++) {
      const w = { buf: new Uint8Array(this.resendBytes), starts: new Float64Array(index) };
      touchPages(w.buf);
      touchPages(w.starts);
      this.windowPool.push(w);
    }
    return done;
  }

  symbolName(id: number): string {
    return this.instruments.get(id)?.symbol ?? '';
  }

  /** Fold events first..first+count-1 of a ring run (f64/i32 views, records of 80 bytes). */
  applyRun(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    for (let k = first; k < first + count; k++) this.apply(f64, i32, k);
  }

  apply(f64: Float64Array, i32: Int32Array, k: number): void {
    const s = k * EVENT_SLOTS;
    const head = i32[k * EVENT_WORDS]!;
    const type = headType(head);
    const input = smi(f64[s + 2]!);
    const time = f64[s + 3]!;
    this.lastInputSeq = input;
    switch (type) {
      case Ev.Accepted: {
        const session = smi(f64[s + AcceptedEv.session]!);
        if (session === 0) return;
        const qty = smi(f64[s + AcceptedEv.qty]!);
        const o: TrackedOrder = {
          orderId: smi(f64[s + AcceptedEv.orderId]!), session, account: smi(f64[s + AcceptedEv.account]!), symbol: i32[k * EVENT_WORDS + 1]! >>> 0,
          side: headSide(head), clientOrderId: smi(f64[s + AcceptedEv.clientOrderId]!), price: smi(f64[s + AcceptedEv.price]!), qty, leaves: qty, cum: 0,
        };
        this.orders.set(o.orderId, o);
        this.report(o, ExecType.Accepted, input, time);
        this.onAccepted?.(o, time);
        this.onAnswer?.(session, o.clientOrderId, input, time);
        return;
      }
      case Ev.Rejected: {
        const slot = f64[s + RejectedEv.command]!;
        const session = rejectedSession(slot);
        if (session === 0) return;
        const command = rejectedCommand(slot);
        const code = headCode(head);
        if (command === Cmd.NewOrder) {
          const r = this.fill(ExecType.Rejected, input, time);
          r.orderId = f64[s + RejectedEv.orderId]!;
          r.clientOrderId = f64[s + RejectedEv.clientOrderId]!;
          r.account = f64[s + RejectedEv.account]!;
          r.symbol = this.symbolName(i32[k * EVENT_WORDS + 1]! >>> 0);
          r.side = headSide(head);
          r.price = f64[s + RejectedEv.price]!;
          r.qty = f64[s + RejectedEv.qty]!;
          r.code = code;
          this.emit(session, r);
          this.onAnswer?.(session, r.clientOrderId, input, time);
        } else {
          this.fw.reset();
          const seq = this.log(session).lastSeq + 1;
          this.fw.outbound({ kind: 'cancelReject', seq, orderId: f64[s + RejectedEv.orderId]!, code, replace: command === Cmd.Modify, exchangeSeq: input, timeUs: time });
          this.push(session);
        }
        return;
      }
      case Ev.Trade: {
        const maker = this.orders.get(f64[s + TradeEv.maker]!);
        const taker = this.orders.get(f64[s + TradeEv.taker]!);
        if (!maker && !taker) return;
        const price = f64[s + TradeEv.price]!;
        const qty = f64[s + TradeEv.qty]!;
        const tradeId = f64[s + TradeEv.tradeId]!;
        if (maker) {
          maker.cum = smi(maker.cum + qty);
          maker.leaves = smi(f64[s + TradeEv.makerLeaves]!);
          this.fillReport(maker, price, qty, tradeId, false, input, time);
        }
        if (taker) {
          taker.cum = smi(taker.cum + qty);
          taker.leaves = smi(taker.leaves - qty);
          this.fillReport(taker, price, qty, tradeId, true, input, time);
        }
        return;
      }
      case Ev.Cancelled: {
        const o = this.orders.get(f64[s + CancelledEv.orderId]!);
        if (!o) return;
        o.leaves = 0;
        const r = this.orderReport(o, ExecType.Cancelled, input, time);
        r.cancelReason = headCode(head);
        this.emit(o.session, r);
        this.orders.delete(o.orderId);
        return;
      }
      case Ev.Modified: {
        const o = this.orders.get(f64[s + ModifiedEv.orderId]!);
        if (!o) return;
        o.price = f64[s + ModifiedEv.price]!;
        o.leaves = f64[s + ModifiedEv.qty]!;
        o.qty = o.cum + o.leaves;
        this.report(o, ExecType.Replaced, input, time);
        return;
      }
      case Ev.Instrument: {
        const sym = i32[k * EVENT_WORDS + 1]! >>> 0;
        let name = '';
        for (const c of evNameBytes(f64, k)) if (c !== 0) name += String.fromCharCode(c);
        const code = headCode(head);
        this.instruments.set(sym, { symbol: name, symbolId: sym, priceDecimals: priceDecimalsOf(code), qtyDecimals: qtyDecimalsOf(code), tick: f64[s + InstrumentEv.tick]!, lot: f64[s + InstrumentEv.lot]!, refPrice: f64[s + InstrumentEv.refPrice]! });
        this.symbolIds.set(name, sym);
        this.symbolsVersion++;
        return;
      }
      case Ev.ApiKey: {
        const keyId = i32[k * EVENT_WORDS + 1]! >>> 0;
        const publicKey = new Uint8Array(f64.buffer, f64.byteOffset + (s + ApiKeyEv.publicKey) * 8, 32).slice();
        this.keys.set({ keyId, firm: f64[s + ApiKeyEv.firm]!, rate: f64[s + ApiKeyEv.rate]!, publicKey, revoked: (headSide(head) & 1) !== 0 });
        this.onKey?.(keyId);
        return;
      }
      default:
        return;
    }
  }

  private fillReport(o: TrackedOrder, price: number, qty: number, tradeId: number, aggressor: boolean, input: number, time: number): void {
    const r = this.orderReport(o, o.leaves === 0 ? ExecType.Fill : ExecType.PartialFill, input, time);
    r.tradeId = tradeId;
    r.lastPrice = price;
    r.lastQty = qty;
    r.aggressor = aggressor;
    this.emit(o.session, r);
    if (o.leaves === 0) this.orders.delete(o.orderId);
  }

  private report(o: TrackedOrder, execType: number, input: number, time: number): void {
    this.emit(o.session, this.orderReport(o, execType, input, time));
  }

  private fill(execType: number, input: number, time: number): typeof this.r {
    const r = this.r;
    r.execType = execType;
    r.orderId = 0; r.clientOrderId = 0; r.account = 0; r.symbol = ''; r.side = 0; r.price = 0; r.qty = 0;
    r.leavesQty = 0; r.cumQty = 0; r.tradeId = 0; r.lastPrice = 0; r.lastQty = 0; r.code = 0; r.cancelReason = 0; r.aggressor = false;
    r.exchangeSeq = input;
    if (r.timeUs !== time) r.timeUs = time; // the reports of one input share its stamp: one number stored per input, not per report
    return r;
  }

  private orderReport(o: TrackedOrder, execType: number, input: number, time: number): typeof this.r {
    const r = this.fill(execType, input, time);
    r.orderId = o.orderId;
    r.clientOrderId = o.clientOrderId;
    r.account = o.account;
    r.symbol = this.symbolName(o.symbol);
    r.side = o.side;
    r.price = o.price;
    r.qty = o.qty;
    r.leavesQty = o.leaves;
    r.cumQty = o.cum;
    return r;
  }

  private emit(session: number, r: typeof this.r): void {
    const log = this.log(session);
    r.seq = log.lastSeq + 1;
    this.fw.reset();
    this.fw.executionReport(r.seq, r);
    const w = this.fw.w;
    log.append(w.buf, 0, w.pos);
    this.sink(session, w.buf, 0, w.pos);
  }

  /** The frame in `fw` goes into the session's log, then to the sink. */
  private push(session: number): void {
    const w = this.fw.w;
    this.log(session).append(w.buf, 0, w.pos);
    this.sink(session, w.buf, 0, w.pos);
  }
}
