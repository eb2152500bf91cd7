/**
 * The FIX 4.4 acceptor: the same sessions as the native protocol (a session is an API key), the
 * same path into the core (the gateway's commands ring, FIFO with every other socket) and the same
 * reports (derived from the engine's events by ReportBook), spoken as FIX tag=value.
 *
 *   initiator ══TCP══▶ FixAcceptor: Logon (Ed25519 over a client nonce), seq numbers, resend
 *                        │  NewOrderSingle / OrderCancelRequest / OrderCancelReplaceRequest
 *                        ▼  ─▶ Gateway.submit* (shape, firm token bucket) ─▶ commands ring
 *              ◀══TCP══ native report frames of the session ─▶ ExecutionReport / OrderCancelReject
 *
 * Identity: SenderCompID (49) = the API key id in decimal, TargetCompID (56) = "BOURSE". The Logon
 * carries RawData (96) = base64(nonce 24 bytes || Ed25519 signature 64 bytes), RawDataLength (95)
 * its length, where nonce = big-endian ms time (8 bytes) || 16 random bytes chosen by the client,
 * and the signature is over "bourse.fix.v1/logon" || nonce || key id (u32 LE). FIX has no
 * server-first message, so the client makes the nonce; the acceptor takes it once: its time must
 * be within NONCE_WINDOW_MS of the gateway's clock, it must not have been seen in that window, and
 * the Logon's MsgSeqNum must not be below the session's expected one (persisted, so a Logon
 * recorded before a restart cannot be replayed after it). No secret travels.
 *
 * The session store (FIX sequence numbers both ways, the sent application messages for resend, and
 * the last native report converted) is one append-only file per key under `store/`, read back at
 * start: FIX sequence numbers and resends survive an exchange restart. Reports the engine produced
 * while no FIX connection was up are converted and sent (new FIX numbers) at the next Logon.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, renameSync, writeSync, fdatasync, fdatasyncSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'node:net';
import { verify } from 'node:crypto';
import { BourseError, errorName, type ErrorCode } from '../kernel/errors.ts';
import { decodeOutbound, ExecType, type Outbound, type InstrumentInfo } from '../protocol/order-entry.ts';
import { publicKeyObject } from './keys.ts';
import type { ReportBook } from './reports.ts';

const SOH = '\x01';
export const FIX_LOGON_CONTEXT = 'bourse.fix.v1/logon';
export const FIX_NONCE_BYTES = 24;
export const NONCE_WINDOW_MS = 60_000;
export const FIX_TARGET = 'BOURSE';
/** Sent application messages kept per session for ResendRequest (older ones are gap-filled). */
export const FIX_RESEND_KEEP = 100_000;
const MAX_FIX_MESSAGE = 8192;
/** A session's store log is rewritten (compacted) after this many appended bytes. */
const FIX_COMPACT_BYTES = 64 << 20;

/** The payload a FIX Logon signs. */
export function fixLogonPayload(nonce: Uint8Array, keyId: number): Uint8Array {
  const ctx = Buffer.from(FIX_LOGON_CONTEXT);
  const out = new Uint8Array(ctx.length + nonce.length + 4);
  out.set(ctx, 0);
  out.set(nonce, ctx.length);
  new DataView(out.buffer).setUint32(ctx.length + nonce.length, keyId, true);
  return out;
}

/** What the acceptor needs of the gateway: its report book and its way into the core. */
export interface FixHost {
  readonly book: ReportBook;
  /** Is this key logged in on the native protocol? */
  nativeLive(keyId: number): boolean;
  /** Shape + token bucket + command; returns undefined when queued, else the refusal. */
  submitNew(keyId: number, firm: number, m: { clientOrderId: number; symbol: string; side: number; ordType: number; tif: number; price: number; qty: number; account: number }): { code: ErrorCode; reason: string } | undefined;
  submitCancel(keyId: number, firm: number, orderId: number, symbol: string, account: number): { code: ErrorCode; reason: string } | undefined;
  submitReplace(keyId: number, firm: number, orderId: number, symbol: string, account: number, price: number, qty: number): { code: ErrorCode; reason: string } | undefined;
  flush(): void;
}

/**
 * One session's persistent FIX state. Exported for HA nodes (docs/replication.md "FIX on HA
 * nodes"): a follower applies the leader's store lines (applyLine) to its own copy.
 */
export class FixStore {
  readonly path: string;
  readonly keyId: number;
  /** Every line appended (HA: replicated before the message it covers goes out; FixAcceptor.setStoreSink). */
  onAppend: ((keyId: number, line: string) => void) | undefined;
  nextOut = 1;
  nextIn = 1;
  /** Native report seq of the last report converted. */
  reportSeq = 0;
  readonly sent = new Map<number, string>();
  /**
   * Alphanumeric ClOrdIDs (11) and the numeric client order ids standing for them on the native
   * path (from 2^31 up, wrapping): `C <num> <ClOrdID>` lines, the newest FIX_RESEND_KEEP kept.
   * A decimal ClOrdID 1..2^32-1 is its own number, as before.
   */
  private readonly clIds = new Map<string, number>();
  private readonly clNames = new Map<number, string>();
  private nextCl = CL_FIRST;
  private fd = -1;
  private appended = 0;
  /** Appended since the last fdatasync (sync() makes it durable; the acceptor calls it every second and at logout). */
  private unsynced = false;
  private syncing = false;

  constructor(dir: string, keyId: number) {
    this.keyId = keyId;
    this.path = join(dir, `${keyId}.fixlog`);
    if (existsSync(this.path)) this.load();
    this.compact();
  }

  private load(): void {
    for (const line of readFileSync(this.path, 'latin1').split('\n')) this.parseLine(line);
    this.sent.delete(0);
  }

  private parseLine(line: string): void {
    if (line.length < 3) return;
    const sp = line.indexOf(' ', 2);
    const kind = line[0];
    if (kind === 'S') {
      // S <seq> <reportSeq> <message>
      const sp2 = line.indexOf(' ', sp + 1);
      const seq = Number(line.slice(2, sp));
      const rs = Number(line.slice(sp + 1, sp2));
      if (seq > 0) this.sent.set(seq, line.slice(sp2 + 1));
      this.nextOut = Math.max(this.nextOut, seq + 1);
      if (rs > 0) this.reportSeq = Math.max(this.reportSeq, rs);
      this.trim();
    } else if (kind === 'C') {
      this.mapCl(line.slice(sp + 1), Number(line.slice(2, sp)));
    } else if (kind === 'O') this.nextOut = Math.max(this.nextOut, Number(line.slice(2)));
    else if (kind === 'I') this.nextIn = Number(line.slice(2));
  }

  /** One line of another node's copy of this store (HA follower), applied and appended here. */
  applyLine(line: string): void {
    this.parseLine(line.endsWith('\n') ? line.slice(0, -1) : line);
    this.append(line.endsWith('\n') ? line : `${line}\n`, false);
  }

  /** At most FIX_RESEND_KEEP messages are held (the oldest leave first; a resend gap-fills them). */
  private trim(): void {
    for (const k of this.sent.keys()) {
      if (this.sent.size <= FIX_RESEND_KEEP) break;
      this.sent.delete(k);
    }
  }

  /** Rewrites the log as the held messages and the counters (aside, then renamed over it): bounded. */
  private compact(): void {
    this.pending = ''; // its lines' effects are in the state rewritten here
    if (this.fd >= 0) closeSync(this.fd);
    const lines: string[] = [];
    for (const [seq, m] of this.sent) lines.push(`S ${seq} 0 ${m}`);
    for (const [num, cl] of this.clNames) lines.push(`C ${num} ${cl}`);
    lines.push(`O ${this.nextOut}`, `I ${this.nextIn}`, `S 0 ${this.reportSeq} -`);
    writeFileSync(this.path + '.tmp', lines.join('\n') + '\n', 'latin1');
    renameSync(this.path + '.tmp', this.path);
    this.fd = openSync(this.path, 'a');
    this.appended = 0;
  }

  /** Writes to the file, and the longest one, µs (diagnostics: FixAcceptor.stats). */
  writes = 0;
  writeMaxUs = 0;
  /**
   * Lines appended but not yet written (batched: the acceptor's stores, written once per event-loop
   * turn by flush(), which the acceptor calls before the turn's socket writes). Unbatched (an HA
   * follower's copy) each line is written at once.
   */
  private pending = '';
  batched = false;
  private flushQueued = false;

  private append(line: string, replicate = true): void {
    if (this.fd < 0) return; // closed with the gateway
    if (replicate) this.onAppend?.(this.keyId, line);
    this.pending += line;
    this.appended += line.length; // latin1: one byte per character
    if (!this.batched) this.flush();
    else if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => this.flush()); // the acceptor flushes sooner, before its socket writes
    }
    if (this.appended > FIX_COMPACT_BYTES) this.compact();
  }

  /** Writes the pending lines (one write). */
  flush(): void {
    this.flushQueued = false;
    if (this.pending.length === 0 || this.fd < 0) return;
    const text = this.pending;
    this.pending = '';
    const t0 = performance.now();
    writeSync(this.fd, text, null, 'latin1');
    const us = (performance.now() - t0) * 1000;
    this.writes++;
    if (us > this.writeMaxUs) this.writeMaxUs = us;
    this.unsynced = true;
  }

  private mapCl(cl: string, num: number): void {
    const old = this.clNames.get(num);
    if (old !== undefined) this.clIds.delete(old);
    this.clIds.delete(cl);
    this.clNames.delete(num);
    this.clIds.set(cl, num);
    this.clNames.set(num, cl);
    this.nextCl = num >= CL_LAST ? CL_FIRST : Math.max(this.nextCl, num + 1);
    for (const [n, c] of this.clNames) {
      if (this.clNames.size <= FIX_RESEND_KEEP) break;
      this.clNames.delete(n);
      this.clIds.delete(c);
    }
  }

  /** The native client order id of ClOrdID `cl` (a new one is assigned and stored), or 0 if it cannot be one. */
  clientOrderId(cl: string): number {
    const n = clientOrderIdOf(cl);
    if (n > 0) return n;
    if (!CL_RE.test(cl)) return 0;
    const known = this.clIds.get(cl);
    if (known !== undefined) return known;
    const num = this.nextCl;
    this.mapCl(cl, num);
    this.append(`C ${num} ${cl}\n`);
    return num;
  }

  /** The ClOrdID of a native client order id (OrigClOrdID lookups take the same way back). */
  clOrdIdOf(num: number): string {
    return this.clNames.get(num) ?? String(num);
  }

  /** The native client order id an OrigClOrdID (41) names, or 0. */
  knownClientOrderId(cl: string): number {
    return clientOrderIdOf(cl) || (this.clIds.get(cl) ?? 0);
  }

  /** fdatasync what was appended, off this thread (libuv); at most one in flight. */
  sync(): void {
    this.flush();
    if (!this.unsynced || this.syncing || this.fd < 0) return;
    this.unsynced = false;
    this.syncing = true;
    const fd = this.fd;
    fdatasync(fd, () => (this.syncing = false)); // an error here is retried by the next append's sync
  }

  /** Written before the message goes out (not fsynced: see docs/order-entry.md#fix-44). */
  recordSent(seq: number, reportSeq: number, msg: string | undefined): void {
    if (msg !== undefined) {
      this.sent.set(seq, msg);
      this.trim();
      if (reportSeq > 0) this.reportSeq = reportSeq;
      this.append(`S ${seq} ${reportSeq} ${msg}\n`);
    } else this.append(`O ${seq + 1}\n`);
  }

  recordIn(): void {
    this.append(`I ${this.nextIn}\n`);
  }

  close(): void {
    this.flush();
    if (this.fd >= 0) {
      if (this.unsynced || this.syncing) fdatasyncSync(this.fd);
      closeSync(this.fd);
    }
    this.fd = -1;
  }
}

class FixConn {
  readonly socket: Socket;
  buf = '';
  keyId = 0;
  firm = 0;
  store: FixStore | undefined;
  live = false;
  closed = false;
  heartBtMs = 30_000;
  lastIn = Date.now();
  lastOut = Date.now();
  timer: NodeJS.Timeout | undefined;
  /** Messages of this connection held until the store lines before them are replicated (HA). */
  held = 0;
  /** close() came while messages were held: the connection ends after the last of them. */
  closeAfterHeld = false;
  /** Messages of this turn not yet written to the socket (FixAcceptor.flushOut: one write per turn). */
  out = '';
  constructor(socket: Socket) {
    this.socket = socket;
  }
}

export interface FixCounters {
  fixConnections: number;
  fixLogons: number;
  fixLogonRejects: number;
  fixMessagesIn: number;
  fixMessagesOut: number;
}

export class FixAcceptor {
  readonly counters: FixCounters = { fixConnections: 0, fixLogons: 0, fixLogonRejects: 0, fixMessagesIn: 0, fixMessagesOut: 0 };
  private readonly host: FixHost;
  private readonly dir: string;
  private readonly conns = new Set<FixConn>();
  private readonly live = new Map<number, FixConn>();
  private readonly stores = new Map<number, FixStore>();
  private readonly syncTimer: NodeJS.Timeout;
  /** Nonces seen per key within the window: nonce (hex) -> its time. */
  private readonly seen = new Map<number, Map<string, number>>();
  private readonly loginTimeoutMs: number;
  /** HA: where each store line goes (undefined: no replication, messages go out at once). */
  private storeSink: ((keyId: number, line: string) => void) | undefined;
  /** Store lines handed to the sink so far, and how many of them the replica acknowledged. */
  private linesOut = 0;
  private linesAcked = 0;
  /** Connections with output this turn (FixConn.out), and whether a flush is queued. */
  private readonly dirty: FixConn[] = [];
  private flushQueued = false;
  /** Messages waiting for their store lines' acknowledgement, in order: [connection, message, lines needed]. */
  private readonly heldMsgs: { c: FixConn; msg: string; needs: number }[] = [];

  constructor(host: FixHost, storeDir: string, loginTimeoutMs: number) {
    this.host = host;
    this.dir = storeDir;
    this.loginTimeoutMs = loginTimeoutMs;
    mkdirSync(storeDir, { recursive: true });
    // The stores' appends are fdatasynced once a second (asynchronously) and when a session ends.
    this.syncTimer = setInterval(() => {
      for (const s of this.stores.values()) s.sync();
    }, 1000);
    this.syncTimer.unref();
  }

  /** Open FIX connections (the gateway caps them at maxConnections, as the native ones). */
  get connections(): number {
    return this.conns.size;
  }

  isLive(keyId: number): boolean {
    return this.live.has(keyId);
  }

  /**
   * The counters and, for finding stalls, the live sessions' state: FIX numbers expected in and
   * next out, bytes queued in the sockets (writableLength) and unparsed input, paused sockets,
   * messages held for the replica, and the store's appends (count, the longest in µs).
   */
  stats(): Record<string, number> {
    let nextIn = 0, nextOut = 0, writable = 0, inBuf = 0, paused = 0, writes = 0, writeMaxUs = 0;
    for (const c of this.live.values()) {
      nextIn = Math.max(nextIn, c.store!.nextIn);
      nextOut = Math.max(nextOut, c.store!.nextOut);
      writable += c.socket.writableLength;
      inBuf += c.buf.length;
      if (c.socket.isPaused()) paused++;
    }
    for (const s of this.stores.values()) {
      writes += s.writes;
      writeMaxUs = Math.max(writeMaxUs, s.writeMaxUs);
    }
    return { ...this.counters, fixLive: this.live.size, fixNextIn: nextIn, fixNextOut: nextOut, fixWritableBytes: writable, fixInputBuffered: inBuf, fixPausedSockets: paused, fixHeld: this.heldMsgs.length, fixStoreWrites: writes, fixStoreWriteMaxUs: Math.round(writeMaxUs) };
  }

  /**
   * HA (docs/replication.md "FIX on HA nodes"): every store line goes to `sink` (which replicates
   * them, in order), and no message leaves for an initiator before every line appended before it
   * was acknowledged (storeAcked). A node that takes over then holds every number, message and
   * converted report any initiator has seen. Set before the first Logon.
   */
  setStoreSink(sink: (keyId: number, line: string) => void): void {
    this.storeSink = (k, l) => {
      this.linesOut++;
      sink(k, l);
    };
    for (const st of this.stores.values()) st.onAppend = this.storeSink;
  }

  /** The replica holds the first `lines` store lines: the messages waiting for them go out. */
  storeAcked(lines: number): void {
    if (lines > this.linesAcked) this.linesAcked = lines;
    const q = this.heldMsgs;
    let k = 0;
    while (k < q.length && q[k]!.needs <= this.linesAcked) {
      const h = q[k++]!;
      h.c.held--;
      this.writeNow(h.c, h.msg);
      if (h.c.held === 0 && h.c.closeAfterHeld) this.close(h.c);
    }
    if (k > 0) q.splice(0, k);
  }

  private store(keyId: number): FixStore {
    let s = this.stores.get(keyId);
    if (!s) {
      s = new FixStore(this.dir, keyId);
      s.batched = true;
      s.onAppend = this.storeSink;
      this.stores.set(keyId, s);
    }
    return s;
  }

  accept(socket: Socket): void {
    this.counters.fixConnections++;
    const c = new FixConn(socket);
    this.conns.add(c);
    socket.setEncoding('latin1');
    c.timer = setTimeout(() => {
      if (!c.live) this.close(c);
    }, this.loginTimeoutMs);
    socket.on('data', (chunk: string) => this.onData(c, chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => this.onClose(c));
  }

  pause(): void {
    for (const c of this.conns) c.socket.pause();
  }

  resume(): void {
    for (const c of this.conns) c.socket.resume();
  }

  close(c: FixConn): void {
    if (c.closed) return;
    if (c.held > 0) {
      c.closeAfterHeld = true; // its Logout (or last reports) still wait for the replica
      return;
    }
    this.flushOut(); // its last messages (a Logout) before the end
    c.closed = true;
    c.socket.end();
    c.socket.destroySoon();
  }

  closeAll(): void {
    clearInterval(this.syncTimer);
    this.flushOut();
    for (const c of this.conns) c.socket.destroy();
    for (const s of this.stores.values()) s.close();
  }

  private onClose(c: FixConn): void {
    c.closed = true;
    clearTimeout(c.timer);
    clearInterval(c.timer);
    this.conns.delete(c);
    if (c.live && this.live.get(c.keyId) === c) this.live.delete(c.keyId);
    c.store?.sync(); // the session's numbers and messages durable once it ends (Logout, close, cut)
  }

  /** A report frame of `session` (already in its native log): to its FIX connection when one is up. */
  deliver(session: number, buf: Uint8Array, from: number, to: number): void {
    const c = this.live.get(session);
    if (!c || c.closed) return;
    const log = this.host.book.log(session);
    this.convert(c, decodeOutbound(buf, from + 4, to, 'FIX_BAD_MESSAGE'), log.lastSeq);
  }

  // ------------------------------------------------------------------ inbound

  private onData(c: FixConn, chunk: string): void {
    if (c.closed) return;
    c.buf += chunk;
    for (;;) {
      const m = nextMessage(c.buf);
      if (m === undefined) {
        if (c.buf.length > MAX_FIX_MESSAGE) this.fatal(c, 'FIX_BAD_MESSAGE', `more than ${MAX_FIX_MESSAGE} bytes without a complete message`);
        break;
      }
      if (m === null) {
        this.fatal(c, 'FIX_BAD_MESSAGE', 'not a FIX.4.4 message (BeginString, BodyLength or CheckSum)');
        return;
      }
      c.buf = c.buf.slice(m.length);
      this.counters.fixMessagesIn++;
      c.lastIn = Date.now();
      this.onMessage(c, parseFields(m.text));
      if (c.closed) return;
    }
    this.host.flush();
    this.flushOut();
  }

  private onMessage(c: FixConn, f: Map<number, string>): void {
    const type = f.get(35) ?? '';
    const seq = Number(f.get(34));
    if (!c.live) {
      if (type !== 'A') return this.fatal(c, 'FIX_LOGON_REJECTED', `first message must be Logon, not ${type}`);
      return this.logon(c, f, seq);
    }
    const st = c.store!;
    if (type === '4' && f.get(123) !== 'Y') {
      // SequenceReset-Reset: the next expected number is NewSeqNo, whatever this one carries.
      const n = Number(f.get(36));
      if (Number.isSafeInteger(n) && n > st.nextIn) st.nextIn = n;
      st.recordIn();
      return;
    }
    if (!Number.isSafeInteger(seq) || seq < 1) return this.fatal(c, 'FIX_BAD_MESSAGE', 'MsgSeqNum (34) missing');
    if (seq < st.nextIn) {
      if (f.get(43) === 'Y') return; // a possible duplicate we have processed
      // A SequenceReset-GapFill for numbers a Logon already moved past (sent without PossDupFlag):
      // nothing to skip any more.
      if (type === '4' && f.get(123) === 'Y') return;
      return this.logout(c, `MsgSeqNum too low, expecting ${st.nextIn} but received ${seq}`);
    }
    if (seq > st.nextIn && type !== '2') this.sendAdmin(c, '2', `7=${st.nextIn}${SOH}16=0${SOH}`);
    st.nextIn = seq + 1;
    if (type === '4') {
      const n = Number(f.get(36));
      if (Number.isSafeInteger(n) && n > st.nextIn) st.nextIn = n;
    }
    st.recordIn();
    switch (type) {
      case '0':
      case '3':
      case '4':
        return;
      case '1':
        return this.sendAdmin(c, '0', `112=${f.get(112) ?? ''}${SOH}`);
      case '2':
        return this.resend(c, Number(f.get(7)), Number(f.get(16)));
      case '5':
        this.sendAdmin(c, '5', '');
        return this.close(c);
      case 'D':
        return this.newOrder(c, f);
      case 'F':
        return this.cancel(c, f);
      case 'G':
        return this.replace(c, f);
      default:
        this.sendAdmin(c, '3', `45=${seq}${SOH}372=${type}${SOH}373=11${SOH}58=unsupported MsgType ${type}${SOH}`);
    }
  }

  private logon(c: FixConn, f: Map<number, string>, seq: number): void {
    const reject = (code: ErrorCode, reason: string) => {
      this.counters.fixLogonRejects++;
      const e = new BourseError(code, reason);
      // An unauthenticated peer gets a Logout (seq 1, not stored) and the connection closes.
      const sender = f.get(49) ?? '';
      c.socket.write(frame('5', FIX_TARGET, sender, 1, `58=${e.message.replaceAll(SOH, ' ')}${SOH}`));
      this.close(c);
    };
    const sender = f.get(49) ?? '';
    const keyId = /^[1-9][0-9]{0,9}$/.test(sender) ? Number(sender) : 0;
    if (f.get(56) !== FIX_TARGET) return reject('FIX_LOGON_REJECTED', `TargetCompID (56) must be ${FIX_TARGET}`);
    const key = keyId > 0 && keyId <= 0xffffffff ? this.host.book.keys.get(keyId) : undefined;
    if (!key || key.revoked) return reject('FIX_LOGON_REJECTED', `SenderCompID (49) "${sender}" is no registered API key`);
    if (f.get(141) === 'Y') return reject('FIX_LOGON_REJECTED', 'ResetSeqNumFlag (141) is not accepted: sequence numbers live as long as the key');
    const raw = Buffer.from(f.get(96) ?? '', 'base64');
    if (raw.length !== FIX_NONCE_BYTES + 64) return reject('FIX_LOGON_REJECTED', `RawData (96) must be base64 of nonce (${FIX_NONCE_BYTES} bytes) || Ed25519 signature (64 bytes)`);
    const nonce = new Uint8Array(raw.subarray(0, FIX_NONCE_BYTES));
    const sig = new Uint8Array(raw.subarray(FIX_NONCE_BYTES));
    let ok = false;
    try {
      ok = verify(null, fixLogonPayload(nonce, keyId), publicKeyObject(key.publicKey), sig);
    } catch {
      ok = false;
    }
    if (!ok) return reject('GW_BAD_SIGNATURE', `key ${keyId}`);
    const now = Date.now();
    const t = Number(Buffer.from(nonce).readBigUInt64BE(0));
    if (Math.abs(now - t) > NONCE_WINDOW_MS) return reject('GW_NONCE_REPLAYED', `the nonce's time is ${now - t} ms from the gateway's clock (at most ${NONCE_WINDOW_MS})`);
    let seen = this.seen.get(keyId);
    if (!seen) this.seen.set(keyId, (seen = new Map()));
    for (const [n, at] of seen) if (now - at > NONCE_WINDOW_MS * 2) seen.delete(n);
    const hex = Buffer.from(nonce).toString('hex');
    if (seen.has(hex)) return reject('GW_NONCE_REPLAYED', 'this Logon\'s nonce was used already');
    seen.set(hex, t);
    if (this.live.has(keyId) || this.host.nativeLive(keyId)) return reject('GW_SESSION_IN_USE', `key ${keyId}`);
    const st = this.store(keyId);
    if (!Number.isSafeInteger(seq) || seq < st.nextIn) return reject('FIX_LOGON_REJECTED', `MsgSeqNum too low, expecting ${st.nextIn} but received ${seq}`);
    const hb = Number(f.get(108) ?? 30);
    clearTimeout(c.timer);
    c.keyId = keyId;
    c.firm = key.firm;
    c.store = st;
    c.live = true;
    c.heartBtMs = Number.isSafeInteger(hb) && hb > 0 && hb <= 3600 ? hb * 1000 : 30_000;
    this.live.set(keyId, c);
    this.counters.fixLogons++;
    const gap = seq > st.nextIn;
    const from = st.nextIn;
    st.nextIn = seq + 1;
    st.recordIn();
    this.sendAdmin(c, 'A', `98=0${SOH}108=${c.heartBtMs / 1000}${SOH}`);
    // HA (a replicated store): incoming numbers missing at Logon are messages a dead leader read but
    // never had replicated; the orders among them are in the log only if they were answered, so
    // they are not asked for again (a resend would enter them twice); the initiator sees the rest
    // unanswered, as on the native protocol. (jspurefix's initiator also ends its session on it.)
    if (gap && !this.storeSink) this.sendAdmin(c, '2', `7=${from}${SOH}16=0${SOH}`);
    // Reports of this session that no FIX message carries yet (made while it was away).
    const log = this.host.book.log(keyId);
    if (log.lastSeq > st.reportSeq) {
      const start = Math.max(st.reportSeq + 1, log.firstSeq);
      const bytes = log.range(start);
      let p = 0;
      let rs = start;
      const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      while (p < bytes.length) {
        const len = dv.getUint32(p, true);
        this.convert(c, decodeOutbound(bytes, p + 4, p + 4 + len, 'FIX_BAD_MESSAGE'), rs++);
        p += 4 + len;
      }
    }
    c.timer = setInterval(() => this.tick(c), Math.max(100, Math.min(1000, c.heartBtMs / 2)));
  }

  private tick(c: FixConn): void {
    if (c.closed) return;
    const now = Date.now();
    if (now - c.lastIn > c.heartBtMs * 2.5) return this.close(c);
    if (now - c.lastOut >= c.heartBtMs) this.sendAdmin(c, '0', '');
  }

  private fatal(c: FixConn, code: ErrorCode, reason: string): void {
    if (!c.live) {
      this.counters.fixLogonRejects++;
      this.close(c);
      return;
    }
    this.logout(c, new BourseError(code, reason).message);
  }

  private logout(c: FixConn, text: string): void {
    this.sendAdmin(c, '5', `58=${text.replaceAll(SOH, ' ')}${SOH}`);
    this.close(c);
  }

  // ------------------------------------------------------------------ orders

  private instrument(symbol: string): InstrumentInfo | undefined {
    const id = this.host.book.symbolIds.get(symbol);
    return id === undefined ? undefined : this.host.book.instruments.get(id);
  }

  private newOrder(c: FixConn, f: Map<number, string>): void {
    const clOrdId = f.get(11) ?? '';
    const symbol = f.get(55) ?? '';
    const inst = this.instrument(symbol);
    const ordType = f.get(40) === '1' ? 2 : f.get(40) === '2' ? 1 : 0;
    // TimeInForce (59): 0 Day, 1 GTC, 2 OPG (at the opening), 3 IOC, 6 GTD (with ExpireTime 126), 7 At the Close.
    const tif = FIX_TIF[f.get(59) ?? '1'] ?? 0;
    const expire = tif === 4 ? fixTimestampUs(f.get(126) ?? '') : 0;
    const bad = (why: string) => this.gatewayReject(c, f, 'GW_BAD_ORDER', why);
    const cl = c.store!.clientOrderId(clOrdId);
    if (cl === 0) return bad('ClOrdID (11) must be 1 to 64 printable characters without spaces');
    if (ordType === 0) return bad('OrdType (40) must be 1 (market) or 2 (limit)');
    if (tif === 0) return bad('TimeInForce (59) must be 0 (day), 1 (GTC), 2 (at the opening), 3 (IOC), 6 (GTD) or 7 (at the close)');
    if (expire === undefined) return bad('ExpireTime (126) must be a UTC timestamp YYYYMMDD-HH:MM:SS[.sss[sss]] with TimeInForce 6');
    const account = Number(f.get(1));
    const price = inst ? toUnits(f.get(44) ?? '0', inst.priceDecimals) : 0;
    const qty = inst ? toUnits(f.get(38) ?? '', inst.qtyDecimals) : 1;
    if (inst && (price === undefined || qty === undefined)) return bad(`Price (44) or OrderQty (38) has more decimals than ${symbol} allows`);
    const side = f.get(54) === '1' ? 1 : f.get(54) === '2' ? 2 : 0;
    const r = this.host.submitNew(c.keyId, c.firm, { clientOrderId: cl, symbol, side, ordType, tif, price: price ?? 0, qty: qty ?? 0, account: Number.isSafeInteger(account) ? account : 0, ...(expire ? { expireTimeUs: expire } : {}) });
    if (r) this.gatewayReject(c, f, r.code, r.reason);
  }

  /** The tracked order a cancel/replace names: OrderID (37), else OrigClOrdID (41) of this session. */
  private target(c: FixConn, f: Map<number, string>) {
    const orders = this.host.book.orders;
    const oid = Number(f.get(37));
    if (Number.isSafeInteger(oid) && oid > 0) {
      const o = orders.get(oid);
      return o && o.session === c.keyId ? o : undefined;
    }
    const orig = c.store!.knownClientOrderId(f.get(41) ?? '');
    if (orig === 0) return undefined;
    for (const o of orders.values()) if (o.session === c.keyId && o.clientOrderId === orig) return o;
    return undefined;
  }

  private cancel(c: FixConn, f: Map<number, string>): void {
    const o = this.target(c, f);
    if (!o) return this.cancelReject(c, f, '1', 1, 'FIX_UNKNOWN_ORDER', `no live order of this session for OrigClOrdID ${f.get(41) ?? ''} / OrderID ${f.get(37) ?? ''}`);
    const r = this.host.submitCancel(c.keyId, c.firm, o.orderId, this.host.book.symbolName(o.symbol), o.account);
    if (r) this.cancelReject(c, f, '1', 99, r.code, r.reason);
  }

  private replace(c: FixConn, f: Map<number, string>): void {
    const o = this.target(c, f);
    if (!o) return this.cancelReject(c, f, '2', 1, 'FIX_UNKNOWN_ORDER', `no live order of this session for OrigClOrdID ${f.get(41) ?? ''} / OrderID ${f.get(37) ?? ''}`);
    const inst = this.host.book.instruments.get(o.symbol);
    const price = inst ? toUnits(f.get(44) ?? '', inst.priceDecimals) : undefined;
    const qty = inst ? toUnits(f.get(38) ?? '', inst.qtyDecimals) : undefined;
    if (price === undefined || qty === undefined || qty === 0) return this.cancelReject(c, f, '2', 99, 'GW_BAD_ORDER', 'a replace needs Price (44) and OrderQty (38)');
    const r = this.host.submitReplace(c.keyId, c.firm, o.orderId, inst!.symbol, o.account, price, qty);
    if (r) this.cancelReject(c, f, '2', 99, r.code, r.reason);
  }

  /** A NewOrderSingle the gateway refused (never sequenced): ExecutionReport Rejected, FIX-sequenced. */
  private gatewayReject(c: FixConn, f: Map<number, string>, code: ErrorCode, reason: string): void {
    const e = new BourseError(code, reason);
    const body = `37=NONE${SOH}11=${f.get(11) ?? ''}${SOH}17=GW-${c.store!.nextOut}${SOH}150=8${SOH}39=8${SOH}55=${f.get(55) ?? ''}${SOH}54=${f.get(54) ?? '1'}${SOH}151=0${SOH}14=0${SOH}6=0${SOH}103=99${SOH}58=${e.num} ${e.code}: ${clean(e.message)}${SOH}`;
    this.sendApp(c, '8', body, 0);
  }

  private cancelReject(c: FixConn, f: Map<number, string>, to: '1' | '2', reason: number, code: ErrorCode, text: string): void {
    const e = new BourseError(code, text);
    const body = `37=${f.get(37) ?? 'NONE'}${SOH}11=${f.get(11) ?? ''}${SOH}41=${f.get(41) ?? ''}${SOH}39=8${SOH}434=${to}${SOH}102=${reason}${SOH}58=${e.num} ${e.code}: ${clean(e.message)}${SOH}`;
    this.sendApp(c, '9', body, 0);
  }

  // ------------------------------------------------------------------ outbound

  /** One native report (seq `reportSeq` of the session) as a FIX application message. */
  private convert(c: FixConn, m: Outbound, reportSeq: number): void {
    const book = this.host.book;
    if (m.kind === 'executionReport') {
      const inst = this.instrument(m.symbol);
      const pd = inst?.priceDecimals ?? 0;
      const qd = inst?.qtyDecimals ?? 0;
      const et = m.execType;
      const fill = et === ExecType.PartialFill || et === ExecType.Fill;
      const execType = et === ExecType.Accepted ? '0' : et === ExecType.Rejected ? '8' : fill ? 'F' : et === ExecType.Cancelled ? '4' : '5';
      const status = et === ExecType.Rejected ? '8' : et === ExecType.Cancelled ? '4' : m.leavesQty === 0 && m.cumQty > 0 ? '2' : m.cumQty > 0 ? '1' : '0';
      let body = `37=${m.orderId}${SOH}11=${c.store!.clOrdIdOf(m.clientOrderId)}${SOH}17=${m.exchangeSeq}.${m.orderId}${SOH}150=${execType}${SOH}39=${status}${SOH}` +
        `1=${m.account}${SOH}55=${m.symbol}${SOH}54=${m.side}${SOH}38=${fromUnits(m.qty, qd)}${SOH}` +
        (m.price !== 0 ? `44=${fromUnits(m.price, pd)}${SOH}` : '') +
        `151=${fromUnits(m.leavesQty, qd)}${SOH}14=${fromUnits(m.cumQty, qd)}${SOH}6=${fill ? fromUnits(m.lastPrice, pd) : '0'}${SOH}` +
        `60=${utc(m.timeUs / 1000)}${SOH}`;
      if (fill) body += `31=${fromUnits(m.lastPrice, pd)}${SOH}32=${fromUnits(m.lastQty, qd)}${SOH}527=${m.tradeId}${SOH}`;
      if (et === ExecType.Rejected) {
        const e = errorName(m.code);
        body += `103=99${SOH}58=${m.code}${e ? ' ' + e : ''}${SOH}`;
      }
      if (et === ExecType.Cancelled) body += `58=cancel reason ${m.cancelReason}${SOH}`;
      this.sendApp(c, '8', body, reportSeq);
    } else if (m.kind === 'cancelReject') {
      const o = book.orders.get(m.orderId);
      const cl = o ? c.store!.clOrdIdOf(o.clientOrderId) : 'NONE';
      const e = errorName(m.code);
      const body = `37=${m.orderId}${SOH}11=${cl}${SOH}41=${cl}${SOH}39=${o ? (o.cum > 0 ? '1' : '0') : '8'}${SOH}434=${m.replace ? '2' : '1'}${SOH}102=${e === 'UNKNOWN_ORDER' ? 1 : 99}${SOH}58=${m.code}${e ? ' ' + e : ''}${SOH}`;
      this.sendApp(c, '9', body, reportSeq);
    }
  }

  private sendApp(c: FixConn, type: string, body: string, reportSeq: number): void {
    const st = c.store!;
    const seq = st.nextOut++;
    const sendingTime = utc(Date.now());
    const msg = frameAt(type, FIX_TARGET, String(c.keyId), seq, sendingTime, body);
    st.recordSent(seq, reportSeq, msg);
    this.write(c, msg);
  }

  private sendAdmin(c: FixConn, type: string, body: string): void {
    const st = c.store!;
    const seq = st.nextOut++;
    st.recordSent(seq, 0, undefined);
    this.write(c, frame(type, FIX_TARGET, String(c.keyId), seq, body));
  }

  private write(c: FixConn, msg: string): void {
    if (c.closed) return;
    if (this.storeSink && (this.linesOut > this.linesAcked || this.heldMsgs.length > 0)) {
      c.held++;
      this.heldMsgs.push({ c, msg, needs: this.linesOut });
      return;
    }
    this.writeNow(c, msg);
  }

  private writeNow(c: FixConn, msg: string): void {
    if (c.closed) return;
    this.counters.fixMessagesOut++;
    c.lastOut = Date.now();
    if (c.out.length === 0) this.dirty.push(c);
    c.out += msg;
    if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(this.flushOut);
    }
  }

  /**
   * The turn's output: first every store's pending lines (one write each: a message never leaves
   * before its store line is written), then each connection's messages in one socket write.
   * Called at the end of each read and each batch of reports, and once per turn by setImmediate.
   */
  readonly flushOut = (): void => {
    this.flushQueued = false;
    const d = this.dirty;
    if (d.length === 0) return;
    for (const c of d) c.store?.flush();
    for (const c of d) {
      const out = c.out;
      c.out = '';
      if (!c.closed && out.length > 0) c.socket.write(out, 'latin1');
    }
    d.length = 0;
  };

  /** ResendRequest: the stored application messages (PossDupFlag), admin gaps as SequenceReset-GapFill. */
  private resend(c: FixConn, begin: number, end: number): void {
    const st = c.store!;
    const last = st.nextOut - 1;
    const to = !Number.isSafeInteger(end) || end === 0 || end > last ? last : end;
    if (!Number.isSafeInteger(begin) || begin < 1 || begin > to) return;
    let gapFrom = 0;
    const flushGap = (upto: number) => {
      if (gapFrom === 0) return;
      this.write(c, frame('4', FIX_TARGET, String(c.keyId), gapFrom, `123=Y${SOH}36=${upto}${SOH}`, true));
      gapFrom = 0;
    };
    for (let s = begin; s <= to; s++) {
      const m = st.sent.get(s);
      if (m === undefined) {
        if (gapFrom === 0) gapFrom = s;
        continue;
      }
      flushGap(s);
      this.write(c, possDup(m));
    }
    flushGap(to + 1);
  }
}

// ------------------------------------------------------------------------------------ codec

/** The first complete message of `buf`: its text and length; undefined if incomplete, null if broken. */
function nextMessage(buf: string): { text: string; length: number } | undefined | null {
  if (buf.length < 20) return buf.length === 0 || '8=FIX.4.4\x019='.startsWith(buf.slice(0, 12)) ? undefined : null;
  if (!buf.startsWith('8=FIX.4.4\x019=')) return null;
  const lenEnd = buf.indexOf(SOH, 12);
  if (lenEnd < 0) return buf.length > 24 ? null : undefined;
  const bodyLen = Number(buf.slice(12, lenEnd));
  if (!Number.isSafeInteger(bodyLen) || bodyLen < 1 || bodyLen > MAX_FIX_MESSAGE) return null;
  const end = lenEnd + 1 + bodyLen;
  if (buf.length < end + 7) return undefined;
  if (buf.slice(end, end + 3) !== '10=' || buf[end + 6] !== SOH) return null;
  if (Number(buf.slice(end + 3, end + 6)) !== checksum(buf, 0, end)) return null;
  return { text: buf.slice(0, end + 7), length: end + 7 };
}

function parseFields(text: string): Map<number, string> {
  const f = new Map<number, string>();
  let p = 0;
  while (p < text.length) {
    const eq = text.indexOf('=', p);
    let e = text.indexOf(SOH, eq);
    if (eq < 0 || e < 0) break;
    const tag = Number(text.slice(p, eq));
    if (tag === 96 && f.has(95)) e = eq + 1 + Number(f.get(95)); // RawData: its length is RawDataLength's
    if (!f.has(tag)) f.set(tag, text.slice(eq + 1, e));
    p = e + 1;
  }
  return f;
}

function checksum(s: string, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += s.charCodeAt(i);
  return sum & 255;
}

function utc(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
}

function frameAt(type: string, sender: string, target: string, seq: number, time: string, body: string, possDupHdr = ''): string {
  const b = `35=${type}${SOH}49=${sender}${SOH}56=${target}${SOH}34=${seq}${SOH}${possDupHdr}52=${time}${SOH}${body}`;
  const head = `8=FIX.4.4${SOH}9=${b.length}${SOH}`;
  const all = head + b;
  return `${all}10=${String(checksum(all, 0, all.length)).padStart(3, '0')}${SOH}`;
}

function frame(type: string, sender: string, target: string, seq: number, body: string, possDup = false): string {
  return frameAt(type, sender, target, seq, utc(Date.now()), body, possDup ? `43=Y${SOH}` : '');
}

/** A stored message resent: PossDupFlag=Y, OrigSendingTime = its SendingTime, a fresh SendingTime. */
function possDup(m: string): string {
  const f = parseFields(m);
  const type = f.get(35)!;
  const orig = f.get(52)!;
  const bodyStart = m.indexOf(`${SOH}52=`) + 1;
  const afterTime = m.indexOf(SOH, bodyStart) + 1;
  const body = m.slice(afterTime, m.lastIndexOf('10='));
  return frameAt(type, f.get(49)!, f.get(56)!, Number(f.get(34)), utc(Date.now()), `122=${orig}${SOH}${body}`, `43=Y${SOH}`);
}

/** Alphanumeric ClOrdIDs map to native ids CL_FIRST..CL_LAST (decimal ones below are their own). */
const CL_FIRST = 0x80000000;
const CL_LAST = 0xffffffff;
const CL_RE = /^[\x21-\x7e]{1,64}$/;

function clientOrderIdOf(s: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(s)) return 0;
  const n = Number(s);
  return n <= 0xffffffff ? n : 0;
}

function clean(s: string): string {
  return s.replaceAll(SOH, ' ');
}

/** "190.25" -> 1902500 with 4 decimals; undefined if malformed or more decimals than allowed. */
export function toUnits(text: string, decimals: number): number | undefined {
  const m = /^(\d{1,15})(?:\.(\d*))?$/.exec(text);
  if (!m) return undefined;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > decimals) return undefined;
  const v = Number(m[1]) * 10 ** decimals + Number((frac + '0'.repeat(decimals)).slice(0, decimals) || '0');
  return Number.isSafeInteger(v) ? v : undefined;
}

export function fromUnits(v: number, decimals: number): string {
  if (decimals === 0) return String(v);
  const s = String(Math.abs(v)).padStart(decimals + 1, '0');
  return `${v < 0 ? '-' : ''}${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

/** FIX TimeInForce (59) -> the engine's (kernel TimeInForce): Day, GTC, OPG, IOC, GTD, At the Close. */
const FIX_TIF: Record<string, number> = { '0': 3, '1': 1, '2': 5, '3': 2, '6': 4, '7': 6 };

/** A FIX UTCTimestamp (YYYYMMDD-HH:MM:SS with optional .sss or .ssssss) in µs since epoch; undefined if malformed. */
export function fixTimestampUs(v: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}|\d{6}))?$/.exec(v);
  if (!m) return undefined;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  if (!Number.isFinite(ms)) return undefined;
  const frac = m[7] ?? '';
  return ms * 1000 + (frac.length === 3 ? +frac * 1000 : frac.length === 6 ? +frac : 0);
}
