/**
 * The gateway's snapshot (docs/order-entry.md, "Restart from a snapshot"): the ReportBook's state
 * after input seq S, so a restart folds only the events of inputs after S instead of the whole
 * journal. Written as `gw-<S>.bin` beside the engine and MDP snapshots (same file header and CRC,
 * sequencer/snapshots.ts), at exactly the seq of an engine snapshot: the core puts a marker record
 * in the gateway's events ring right after it wrote the engine snapshot, so the gateway reaches the
 * marker with every event of inputs <= S folded and none after (no race, no clock).
 *
 * Payload (little-endian; f64 unless said):
 *   'GWST' u32 | version u32 | lastInputSeq
 *   keys:        u32 n, then n × (keyId, firm, rate, revoked, publicKey 32 bytes)
 *   instruments: u32 n, then n × (symbolId, priceDecimals, qtyDecimals, tick, lot, refPrice, name)
 *   symbolIds:   u32 n, then n × (id, name)
 *   orders:      u32 n, then n × 10 f64 (TrackedOrder fields, in the map's insertion order)
 *   sessions:    u32 n, then n × 5 f64 (session, firstSeq, lastSeq, held bytes, frame count)
 *   then each session's frame starts (f64, within its held bytes), all sessions in order
 *   then the sessions' held report frames, concatenated in the same order (the bulk: up to the
 *   resend window per session)
 *   The three bulk parts are typed arrays handed to the writer as they are (no per-value encoding,
 *   no consolidating copy): the gateway thread's pause at a snapshot is one copy of its state.
 *   strings: u32 byte count + UTF-8, padded to 8.
 * Map orders are kept (the insertion order decides the order of mass and disconnect cancels), so a
 * book restored from the snapshot and then fed the tail equals one fed the whole journal, byte for
 * byte. Cold path: the snapshot is taken every --snapshot-every inputs and read once at start.
 */
import { ByteWriter } from '../kernel/bytes.ts';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { BourseError } from '../kernel/errors.ts';
import { ReportBook, SessionLog, type TrackedOrder } from './reports.ts';
import { listSnapshots, readSnapshot, GATEWAY_SNAPSHOT } from '../sequencer/snapshots.ts';

const MAGIC = 0x54535747; // 'GWST'
const VERSION = 1;
const te = new TextEncoder();
const td = new TextDecoder();
/** Ring-only records the core writes into the gateway's events ring (never journaled, never to the MDP). */
export const GwMark = {
  /** The events of every input <= the record's input seq are in: write the snapshot at that seq. */
  Snapshot: 63,
  /** First record of a start that restores: load the snapshot at the record's input seq before folding. */
  Restore: 62,
} as const;

/** ByteWriter plus this format's conventions: f64s 8-byte aligned, byte strings length-prefixed and padded. */
class Writer extends ByteWriter {
  override f64(v: number): void {
    this.pad(8);
    super.f64(v);
  }
  override bytes(b: Uint8Array): void {
    this.u32(b.length);
    super.bytes(b);
    this.pad(8);
  }
  str(s: string): void {
    this.bytes(te.encode(s));
  }
}

class Reader {
  private readonly dv: DataView;
  private readonly buf: Uint8Array;
  private readonly source: string;
  pos = 0;
  constructor(buf: Uint8Array, source: string) {
    this.buf = buf;
    this.source = source;
    this.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  bad(why: string): never {
    throw new BourseError('GW_STATE_CORRUPT', `${this.source}: ${why} (at byte ${this.pos})`);
  }
  need(n: number): void {
    if (this.pos + n > this.buf.length) this.bad(`ends ${this.pos + n - this.buf.length} bytes early`);
  }
  u32(): number {
    this.need(4);
    const v = this.dv.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  f64(): number {
    this.pad();
    this.need(8);
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  int(what: string, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.f64();
    if (!Number.isSafeInteger(v) || v < 0 || v > max) this.bad(`${what} ${v} is not an integer from 0 to ${max}`);
    return v;
  }
  bytes(): Uint8Array {
    const n = this.u32();
    this.need(n);
    const b = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    this.pad();
    return b;
  }
  str(): string {
    return td.decode(this.bytes());
  }
  pad(): void {
    this.pos += (8 - (this.pos & 7)) & 7;
  }
}

/** Frames a log's drop copies ahead of the one dropped (GatewaySnapshotJob.beforeDrop): ~60 KiB of reports, one set. */
const DROP_AHEAD = 1024;

const EMPTY_F64 = new Float64Array(0);
const EMPTY_U8 = new Uint8Array(0);

const ORDER_FIELDS = ['orderId', 'session', 'account', 'symbol', 'side', 'clientOrderId', 'price', 'qty', 'leaves', 'cum'] as const;

/**
 * The book's state as chunks to write one after the other (cold: allocates freely; one copy of
 * each session's window, so the live log can go on at once while the chunks are written).
 */
export function saveGatewayState(book: ReportBook): Uint8Array[] {
  const job = new GatewaySnapshotJob(book);
  job.finish();
  return job.chunks;
}

/**
 * The buffers a snapshot copies the resend windows into, kept from one snapshot to the next
 * (the gateway's; one snapshot is taken and written at a time). A fresh copy of 64 full 4 MiB
 * windows took ~0.9-1 s of the gateway thread, 95% of it the 65,000 first-write page faults of the
 * new buffers (~14 µs each in this VM), against 17 ms into buffers already committed: the
 * snapshot's dip in the sustained rate (docs/benchmarks.md, "The cold start"). Per session: a
 * buffer of its window's size and one of its frame index's, allocated when a snapshot first needs
 * them. Bound: the windows' own size, sessions x (resendBytes + resendBytes / 4).
 */
export class SnapshotBuffers {
  /** Entry i serves the i-th session log of a snapshot (the book's sessions, in their order). */
  private readonly slots: { bytes: Uint8Array; starts: Float64Array }[] = [];
  private busy = false;

  /** A snapshot begins using the buffers (the previous one must be written: INVARIANT otherwise). */
  acquire(): void {
    if (this.busy) throw new BourseError('INVARIANT', 'a gateway snapshot began while the previous one still used its buffers');
    this.busy = true;
  }

  /** The snapshot's file is written (or abandoned): the next may reuse the buffers. */
  release(): void {
    this.busy = false;
  }

  /** Bytes held. */
  get heldBytes(): number {
    let n = 0;
    for (const e of this.slots) if (e) n += e.bytes.byteLength + e.starts.byteLength; // a slot of an empty log stays a hole
    return n;
  }

  /**
   * Commits `n` slots of a window's size now, before the gateway serves (with the gateway option
   * prefaultWindows): else the first snapshots fault in what they copy (the first fills half of
   * each buffer, the second the rest). Bound: n x (capBytes + indexSize x 8).
   */
  prefault(n: number, capBytes: number, indexSize: number): void {
    for (let i = 0; i < n; i++) {
      const e = this.slots[i] ?? { bytes: new Uint8Array(capBytes), starts: new Float64Array(indexSize) };
      this.slots[i] = e;
      e.bytes.fill(0);
      e.starts.fill(0);
    }
  }

  /** Views of `bytes` bytes and `count` frame starts for the copy of `log`, the `slot`-th log (contents undefined: the copy writes them all). */
  take(slot: number, log: SessionLog, bytes: number, count: number): { bytes: Uint8Array; starts: Float64Array } {
    if (bytes === 0 && count === 0) return { bytes: EMPTY_U8, starts: EMPTY_F64 }; // an empty log holds nothing here
    let e = this.slots[slot];
    if (!e || e.bytes.length < bytes || e.starts.length < count) {
      e = {
        bytes: e && e.bytes.length >= bytes ? e.bytes : new Uint8Array(Math.max(bytes, log.capacityBytes)),
        starts: e && e.starts.length >= count ? e.starts : new Float64Array(Math.max(count, log.indexSize)),
      };
      this.slots[slot] = e;
    }
    return { bytes: e.bytes.subarray(0, bytes), starts: e.starts.subarray(0, count) };
  }
}

/** One session log's part of a snapshot being taken: its held frames as at the capture. */
interface LogCopy {
  log: SessionLog;
  /** Its index among the snapshot's logs (its SnapshotBuffers slot). */
  slot: number;
  firstSeq: number;
  head: number;
  tail: number;
  count: number;
  /** Allocated when this log's copy begins (spreads the allocation of ~4 MiB per session over the slices). */
  starts: Float64Array;
  bytes: Uint8Array;
  /** Frame starts and bytes copied so far (in order, oldest first). */
  startsDone: number;
  bytesDone: number;
  active: boolean;
}

/**
 * The gateway's snapshot taken incrementally (docs/order-entry.md): the constructor captures the
 * small parts (keys, instruments, tracked orders, each log's numbers) at once; the resend windows,
 * the bulk, are copied out of the live logs in slices by `step`, between the gateway's loop turns,
 * then the CRC is computed in slices too, so no single turn pauses for the whole state. The logs
 * go on meanwhile: appends only add frames after the captured ones, and a log that is about to
 * drop its oldest frame (its window full) first has the copy brought past that frame (the
 * log's beforeDrop hook), so the captured bytes are never overwritten before they are copied.
 * The payload is byte for byte what a synchronous capture at the same point would give.
 */
export class GatewaySnapshotJob {
  /** The payload's chunks, in order (complete once `done`). */
  chunks: Uint8Array[] = [];
  /** Payload bytes, and its CRC-32 once done (what writeSnapshotAsync would compute). */
  readonly length: number;
  crc = 0;
  done = false;
  private readonly copies: LogCopy[] = [];
  private next = 0;
  private crcChunk = 0;
  private crcPos = 0;

  /** `buffers`: where the windows' copies go (kept between snapshots: SnapshotBuffers), or fresh arrays. */
  constructor(book: ReportBook, buffers?: SnapshotBuffers) {
    this.buffers = buffers;
    const w = new Writer();
    w.u32(MAGIC);
    w.u32(VERSION);
    w.f64(book.lastInputSeq);
    const keys = book.keys.all();
    w.u32(keys.length);
    for (const k of keys) {
      w.f64(k.keyId);
      w.f64(k.firm);
      w.f64(k.rate);
      w.f64(k.revoked ? 1 : 0);
      w.bytes(k.publicKey);
    }
    w.u32(book.instruments.size);
    for (const i of book.instruments.values()) {
      w.f64(i.symbolId);
      w.f64(i.priceDecimals);
      w.f64(i.qtyDecimals);
      w.f64(i.tick);
      w.f64(i.lot);
      w.f64(i.refPrice);
      w.str(i.symbol);
    }
    w.u32(book.symbolIds.size);
    for (const [name, id] of book.symbolIds) {
      w.f64(id);
      w.str(name);
    }
    w.u32(book.orders.size);
    w.pad(8);
    const orders = new Float64Array(book.orders.size * ORDER_FIELDS.length);
    let k = 0;
    for (const o of book.orders.values()) {
      orders[k++] = o.orderId; orders[k++] = o.session; orders[k++] = o.account; orders[k++] = o.symbol; orders[k++] = o.side;
      orders[k++] = o.clientOrderId; orders[k++] = o.price; orders[k++] = o.qty; orders[k++] = o.leaves; orders[k++] = o.cum;
    }
    const sessions = new Float64Array(book.sessions.size * 5);
    k = 0;
    for (const l of book.sessions.values()) {
      const count = l.lastSeq - l.firstSeq + 1;
      const c: LogCopy = {
        log: l, slot: this.copies.length, firstSeq: l.firstSeq, head: l.heldStart, tail: l.heldEnd, count, starts: EMPTY_F64,
        bytes: EMPTY_U8, startsDone: 0, bytesDone: 0, active: true,
      };
      sessions[k++] = l.session; sessions[k++] = l.firstSeq; sessions[k++] = l.lastSeq; sessions[k++] = c.tail - c.head; sessions[k++] = count;
      this.copies.push(c);
      l.beforeDrop = () => this.beforeDrop(c);
      l.dropGuard = l.firstSeq;
    }
    const count = new Uint8Array(8);
    new DataView(count.buffer).setUint32(0, book.sessions.size, true);
    this.head = [w.view(), new Uint8Array(orders.buffer), count, new Uint8Array(sessions.buffer)];
    this.length = this.head.reduce((n, ch) => n + ch.length, 0) + this.copies.reduce((n, c) => n + c.count * 8 + (c.tail - c.head), 0);
  }

  private readonly head: Uint8Array[];
  private readonly buffers: SnapshotBuffers | undefined;

  /** About `budget` bytes of work (copy, then CRC); true once everything is done. */
  step(budget: number): boolean {
    while (budget > 0 && this.next < this.copies.length) {
      const c = this.copies[this.next]!;
      budget -= this.advance(c, budget);
      if (!c.active) this.next++;
    }
    if (this.next < this.copies.length) return false;
    if (this.chunks.length === 0) this.chunks = [...this.head, ...this.copies.map((c) => new Uint8Array(c.starts.buffer, c.starts.byteOffset, c.starts.byteLength)), ...this.copies.map((c) => c.bytes)];
    const chunks = this.chunks;
    while (budget > 0 && this.crcChunk < chunks.length) {
      const ch = chunks[this.crcChunk]!;
      const n = Math.min(budget, ch.length - this.crcPos);
      // zlib's native CRC-32 (the same IEEE value as kernel/crc32.ts, ~10x faster on 100s of MB).
      this.crc = zlibCrc32(ch.subarray(this.crcPos, this.crcPos + n), this.crc);
      this.crcPos += n;
      budget -= Math.max(n, 1);
      if (this.crcPos === ch.length) {
        this.crcChunk++;
        this.crcPos = 0;
      }
    }
    this.done = this.crcChunk === chunks.length;
    return this.done;
  }

  /** Everything at once (tests, saveGatewayState). */
  finish(): void {
    while (!this.step(Infinity));
  }

  /** Stops copying (the gateway closes): the logs' hooks are removed; the job is unusable. */
  cancel(): void {
    for (const c of this.copies) this.release(c);
  }

  /** About `budget` bytes of `c` copied (all its frame starts first, then its bytes in order); returns the work done. */
  private advance(c: LogCopy, budget: number): number {
    let work = 0;
    if (c.startsDone < c.count) {
      work += (c.count - c.startsDone) * 8;
      this.copyStarts(c, c.count);
    }
    const before = c.bytesDone;
    this.copyBytes(c, Math.min((c.tail - c.head), c.bytesDone + Math.max(0, budget - work)));
    work += c.bytesDone - before;
    if (c.startsDone === c.count && c.bytesDone === (c.tail - c.head)) this.release(c);
    return Math.max(work, 1);
  }

  private begin(c: LogCopy): void {
    if (c.starts !== EMPTY_F64 || c.bytes !== EMPTY_U8) return;
    if (this.buffers) {
      const b = this.buffers.take(c.slot, c.log, c.tail - c.head, c.count);
      c.starts = b.starts;
      c.bytes = b.bytes;
      return;
    }
    c.starts = new Float64Array(c.count);
    c.bytes = new Uint8Array(c.tail - c.head);
  }

  private copyStarts(c: LogCopy, upTo: number): void {
    this.begin(c);
    for (let i = c.startsDone; i < upTo; i++) c.starts[i] = c.log.startOf(c.firstSeq + i) - c.head;
    if (upTo > c.startsDone) c.startsDone = upTo;
  }

  private copyBytes(c: LogCopy, upTo: number): void {
    this.begin(c);
    if (upTo <= c.bytesDone) return;
    c.log.copyTo(c.head + c.bytesDone, upTo - c.bytesDone, c.bytes, c.bytesDone);
    c.bytesDone = upTo;
  }

  /**
   * The log is about to drop its oldest held frame, not copied yet: copy the captured part through
   * that frame and DROP_AHEAD frames more (still held, so still intact), and set the log's guard
   * past them. With full windows every append drops: copying one frame per drop cost a call, a
   * subarray and a set per append, ~3x the append itself, for the whole copy (~0.2 µs an append).
   */
  private beforeDrop(c: LogCopy): void {
    const d = c.log.firstSeq - c.firstSeq; // the frame about to go, as an index of this copy
    const total = c.count;
    if (d >= total) return this.release(c); // every captured frame is copied already or was: nothing of it is held any more
    const end = Math.min(total, d + 1 + DROP_AHEAD); // frames [.., end) copied below
    this.copyStarts(c, Math.min(total, end + 1));
    this.copyBytes(c, end < total ? c.starts[end]! : (c.tail - c.head));
    if (c.startsDone === total && c.bytesDone === (c.tail - c.head)) return this.release(c);
    c.log.dropGuard = c.firstSeq + end;
  }

  private release(c: LogCopy): void {
    if (!c.active) return;
    c.active = false;
    if (c.log.beforeDrop) c.log.beforeDrop = undefined;
    c.log.dropGuard = Infinity;
  }
}

/** The chunks as one payload (tests, and the core's check of a snapshot it read back). */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Loads a snapshot into `book` (which must be fresh: nothing folded yet). GW_STATE_CORRUPT names
 * what does not check; the book is then left as it was only if the caller discards it (check
 * with a scratch book first, as the core does).
 */
export function loadGatewayState(book: ReportBook, bytes: Uint8Array, source: string, resendBytes: number): void {
  const r = new Reader(bytes, source);
  if (r.u32() !== MAGIC) r.bad('not a gateway snapshot (magic)');
  const version = r.u32();
  if (version !== VERSION) r.bad(`version ${version}, this gateway reads ${VERSION}`);
  if (book.lastInputSeq !== 0 || book.sessions.size !== 0) r.bad('loaded into a book that already folded events');
  const lastInputSeq = r.int('last input seq');
  for (let n = r.u32(); n > 0; n--) {
    const keyId = r.int('key id', 0xffffffff);
    const firm = r.int('firm');
    const rate = r.int('rate');
    const revoked = r.int('revoked', 1) === 1;
    const publicKey = r.bytes();
    if (publicKey.length !== 32) r.bad(`key ${keyId}: public key of ${publicKey.length} bytes`);
    book.keys.set({ keyId, firm, rate, revoked, publicKey });
  }
  for (let n = r.u32(); n > 0; n--) {
    const symbolId = r.int('symbol id', 0xffffffff);
    const priceDecimals = r.int('price decimals', 18);
    const qtyDecimals = r.int('qty decimals', 18);
    const tick = r.f64();
    const lot = r.f64();
    const refPrice = r.f64();
    const symbol = r.str();
    book.instruments.set(symbolId, { symbol, symbolId, priceDecimals, qtyDecimals, tick, lot, refPrice });
  }
  for (let n = r.u32(); n > 0; n--) {
    const id = r.int('symbol id', 0xffffffff);
    book.symbolIds.set(r.str(), id);
  }
  for (let n = r.u32(); n > 0; n--) {
    const o = {} as TrackedOrder;
    for (const f of ORDER_FIELDS) o[f] = r.f64();
    if (!Number.isSafeInteger(o.orderId) || o.orderId <= 0) r.bad(`order id ${o.orderId}`);
    book.orders.set(o.orderId, o);
  }
  r.pad();
  const sessions: { session: number; firstSeq: number; lastSeq: number; length: number; count: number; starts?: Float64Array }[] = [];
  let blobBytes = 0;
  for (let n = r.u32(); n > 0; n--) sessions.push({ session: 0, firstSeq: 0, lastSeq: 0, length: 0, count: 0 });
  r.pad();
  for (const x of sessions) {
    x.session = r.int('session', 0xffffffff);
    x.firstSeq = r.int('first seq');
    x.lastSeq = r.int('last seq');
    if (x.firstSeq < 1 || x.firstSeq > x.lastSeq + 1) r.bad(`session ${x.session}: held ${x.firstSeq}..${x.lastSeq}`);
    x.length = r.int('held bytes');
    x.count = r.int('frame count');
    if (x.count !== x.lastSeq - x.firstSeq + 1) r.bad(`session ${x.session}: ${x.count} frame starts for ${x.firstSeq}..${x.lastSeq}`);
    blobBytes += x.length;
  }
  for (const x of sessions) {
    const starts = new Float64Array(x.count);
    let prev = -1;
    for (let i = 0; i < x.count; i++) {
      const s = r.f64();
      if (!(s > prev) || s >= x.length) r.bad(`session ${x.session}: frame start ${s}`);
      starts[i] = prev = s;
    }
    x.starts = starts;
  }
  if (bytes.length - r.pos !== blobBytes) r.bad(`${bytes.length - r.pos} bytes of report frames, the sessions hold ${blobBytes}`);
  let at = r.pos;
  for (const s of sessions) {
    const held = bytes.subarray(at, at + s.length);
    at += s.length;
    book.sessions.set(s.session, SessionLog.restore(s.session, resendBytes, s.firstSeq, s.lastSeq, held, s.starts!));
  }
  book.lastInputSeq = lastInputSeq;
}

/**
 * The newest gateway snapshot in `dir` at or below the journal's `end` that reads and loads into a
 * scratch book (seq 0: none; the gateway then folds the whole journal); the others with why.
 */
export function usableGatewaySnapshot(dir: string, end: number, resendBytes: number): { seq: number; skipped: string[] } {
  const skipped: string[] = [];
  for (const s of listSnapshots(dir, GATEWAY_SNAPSHOT)) {
    if (s.seq > end) {
      skipped.push(`${s.path}: refused: seq ${s.seq} is beyond the journal's end at seq ${end}`);
      continue;
    }
    try {
      const r = readSnapshot(s.path);
      if (r.seq !== s.seq) throw new BourseError('SNAPSHOT_CORRUPT', `${s.path}: header says seq ${r.seq}, file name says ${s.seq}`);
      loadGatewayState(new ReportBook({ resendBytes, sink: () => undefined }), r.bytes, s.path, resendBytes);
      return { seq: s.seq, skipped };
    } catch (e) {
      if (!(e instanceof BourseError)) throw e;
      skipped.push(e.message);
    }
  }
  return { seq: 0, skipped };
}
