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
import { BourseError } from '../kernel/errors.ts';
import { ReportBook, SessionLog, type TrackedOrder } from './reports.ts';

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

const ORDER_FIELDS = ['orderId', 'session', 'account', 'symbol', 'side', 'clientOrderId', 'price', 'qty', 'leaves', 'cum'] as const;

/**
 * The book's state as chunks to write one after the other (cold: allocates freely; one copy of
 * each session's window, so the live log can go on at once while the chunks are written).
 */
export function saveGatewayState(book: ReportBook): Uint8Array[] {
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
  const starts: Uint8Array[] = [];
  const blobs: Uint8Array[] = [];
  k = 0;
  for (const l of book.sessions.values()) {
    const h = l.held();
    sessions[k++] = l.session; sessions[k++] = l.firstSeq; sessions[k++] = l.lastSeq; sessions[k++] = h.bytes.length; sessions[k++] = h.starts.length;
    starts.push(new Uint8Array(h.starts.buffer, h.starts.byteOffset, h.starts.byteLength));
    blobs.push(h.bytes);
  }
  const count = new Uint8Array(8);
  new DataView(count.buffer).setUint32(0, book.sessions.size, true);
  return [w.view(), new Uint8Array(orders.buffer), count, new Uint8Array(sessions.buffer), ...starts, ...blobs];
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
