/**
 * The broker's order-entry session: one TCP connection to the gateway speaking
 * proto/order_entry.proto. Connect (Hello -> signed Login -> LoginAccepted, then the resend of
 * every report after `lastSeenSeq`), send orders, and receive every message in order through
 * listeners. The client checks that sequenced reports are contiguous and remembers the last one,
 * so a reconnect names it and loses nothing: `OrderClient.connect({ ..., lastSeenSeq: old.lastSeq })`.
 *
 * Transport (node:net) behind a narrow surface; the byte-level codec is server/protocol.
 */
import { connect as netConnect, type Socket } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { BourseError } from '../kernel/errors.ts';
import { FrameSplitter, FrameWriter, decodeOutbound, PROTOCOL_VERSION, type Inbound, type InstrumentInfo, type NewOrder, type Outbound } from '../protocol/order-entry.ts';
import { signLogin } from './keyfile.ts';

export interface OrderClientOptions {
  host: string;
  port: number;
  keyId: number;
  privateKey: KeyObject;
  /** The last report seq this broker processed (0: none): the gateway resends everything after it. */
  lastSeenSeq?: number;
  cancelOnDisconnect?: boolean;
  /** No resend: start from the live stream (lastSeq starts at the session's current last seq). */
  noResend?: boolean;
  /** Give up connecting / logging in after this long (default 10 s). */
  timeoutMs?: number;
  /** Largest frame accepted from the gateway (default 16 MiB: LoginAccepted lists instruments). */
  maxFrame?: number;
}

export type OrderMessage = Outbound;
export type MessageListener = (m: Outbound) => void;
export type NewOrderFields = Omit<NewOrder, 'kind' | 'clientOrderId' | 'ordType' | 'tif'> & { clientOrderId?: number; ordType?: number; tif?: number };

export class OrderClient {
  readonly firm: number;
  readonly instruments: ReadonlyMap<string, InstrumentInfo>;
  /** Seq of the last sequenced report received. */
  lastSeq: number;
  /** The session's last seq when the login was accepted (the resend ends there). */
  readonly loginLastSeq: number;
  private readonly socket: Socket;
  private readonly fw = new FrameWriter();
  private readonly listeners: MessageListener[] = [];
  private closed = false;
  private nextClientOrderId = 1;
  private closeListeners: ((e?: Error) => void)[] = [];
  /** Raw frame handler (onFrames): frames bypass decoding and listeners. */
  raw: ((buf: Uint8Array, start: number, end: number) => void) | undefined;
  /** Messages that arrived before any listener (the resend right after login). */
  private early: Outbound[] = [];

  private constructor(socket: Socket, accepted: Extract<Outbound, { kind: 'loginAccepted' }>, lastSeen: number) {
    this.socket = socket;
    this.firm = accepted.firm;
    this.instruments = new Map(accepted.instruments.map((i) => [i.symbol, i]));
    this.lastSeq = lastSeen;
    this.loginLastSeq = accepted.lastSeq;
  }

  /** Connects and logs in; rejects with ORDER_CLIENT_LOGIN_REJECTED (the gateway's code in `gatewayCode`) or ORDER_CLIENT_CONNECT. */
  static connect(o: OrderClientOptions): Promise<OrderClient> {
    if (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535) throw new BourseError('ORDER_CLIENT_BAD_OPTION', `port ${o.port}`);
    if (!Number.isInteger(o.keyId) || o.keyId < 1) throw new BourseError('ORDER_CLIENT_BAD_OPTION', `key id ${o.keyId}`);
    const lastSeen = o.lastSeenSeq ?? 0;
    return new Promise((resolve, reject) => {
      const socket = netConnect({ host: o.host, port: o.port, noDelay: true });
      const splitter = new FrameSplitter(o.maxFrame ?? 16 << 20);
      let client: OrderClient | undefined;
      let settled = false;
      const fail = (e: BourseError) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        reject(e);
      };
      const timer = setTimeout(() => fail(new BourseError('ORDER_CLIENT_CONNECT', `${o.host}:${o.port}: no login answer within ${o.timeoutMs ?? 10_000} ms`)), o.timeoutMs ?? 10_000);
      socket.on('error', (e: NodeJS.ErrnoException) => {
        if (!settled) fail(new BourseError('ORDER_CLIENT_CONNECT', `${o.host}:${o.port}: ${e.code ?? e.message}`));
      });
      socket.on('close', () => {
        if (!settled) fail(new BourseError('ORDER_CLIENT_CONNECT', `${o.host}:${o.port}: the gateway closed the connection`));
        else client?.onClosed();
      });
      const onFrame = (buf: Uint8Array, start: number, end: number) => {
        if (client?.raw) return client.raw(buf, start, end);
        let m: Outbound;
        try {
          m = decodeOutbound(buf, start, end);
        } catch (e) {
          if (!settled) fail(e as BourseError);
          else client?.fail(e as BourseError);
          return;
        }
        if (client) return client.onMessage(m);
        if (m.kind === 'hello') {
          const w = new FrameWriter();
          w.inbound({ kind: 'login', keyId: o.keyId, nonce: m.nonce, signature: signLogin(o.privateKey, m.nonce, o.keyId), lastSeenSeq: lastSeen, cancelOnDisconnect: o.cancelOnDisconnect ?? false, version: PROTOCOL_VERSION, noResend: o.noResend ?? false });
          socket.write(w.take());
        } else if (m.kind === 'loginAccepted') {
          settled = true;
          clearTimeout(timer);
          client = new OrderClient(socket, m, o.noResend ? m.lastSeq : lastSeen);
          resolve(client);
        } else if (m.kind === 'loginRejected' || m.kind === 'sessionReject') {
          const e = new BourseError('ORDER_CLIENT_LOGIN_REJECTED', `${m.reason} (code ${m.code})`);
          (e as BourseError & { gatewayCode: number }).gatewayCode = m.code;
          fail(e);
        }
      };
      socket.on('data', (chunk: Buffer) => {
        if (splitter.push(chunk, onFrame) < 0) {
          if (!settled) fail(new BourseError('ORDER_CLIENT_BAD_FRAME', `frame of ${splitter.oversized} bytes`));
          else client?.fail(new BourseError('ORDER_CLIENT_BAD_FRAME', `frame of ${splitter.oversized} bytes`));
        }
      });
    });
  }

  /** Every message from now on, in order (the login's resend included if no listener was there yet). */
  onMessage(listener: MessageListener): void;
  onMessage(m: Outbound): void;
  onMessage(x: MessageListener | Outbound): void {
    if (typeof x === 'function') {
      this.listeners.push(x);
      const early = this.early;
      this.early = [];
      for (const m of early) x(m);
      return;
    }
    const m = x;
    if (m.seq !== 0) {
      if (m.seq !== this.lastSeq + 1) {
        this.fail(new BourseError('ORDER_CLIENT_SEQ_GAP', `report ${m.seq} after ${this.lastSeq}`));
        return;
      }
      this.lastSeq = m.seq;
    }
    if (this.listeners.length === 0) {
      this.early.push(m);
      return;
    }
    for (const l of this.listeners) l(m);
  }

  /**
   * Every frame from now on goes to `handler` undecoded (valid only during the call), instead of
   * the listeners: for load generators that read a few fields (peekOutbound). No seq check.
   */
  onFrames(handler: (buf: Uint8Array, start: number, end: number) => void): void {
    this.raw = handler;
  }

  /** Called once when the connection ends (with the error that ended it, if any). */
  onClose(listener: (e?: Error) => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  /** Resolves with the first message (from now on) that `pred` accepts. */
  waitFor<T extends Outbound = Outbound>(pred: (m: Outbound) => boolean, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      let done = false;
      const t = setTimeout(() => {
        done = true;
        reject(new BourseError('ORDER_CLIENT_CONNECT', `no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      this.onMessage((m) => {
        if (done || !pred(m)) return;
        done = true;
        clearTimeout(t);
        resolve(m as T);
      });
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Send a new order; returns its client order id (assigned when not given). */
  newOrder(f: NewOrderFields): number {
    const clientOrderId = f.clientOrderId ?? this.nextClientOrderId++;
    this.send({ kind: 'newOrder', clientOrderId, symbol: f.symbol, side: f.side, ordType: f.ordType ?? 1, tif: f.tif ?? 1, price: f.price, qty: f.qty, account: f.account });
    return clientOrderId;
  }

  cancel(orderId: number, symbol: string, account: number): void {
    this.send({ kind: 'cancel', orderId, symbol, account });
  }

  replace(orderId: number, symbol: string, account: number, price: number, qty: number): void {
    this.send({ kind: 'replace', orderId, symbol, account, price, qty });
  }

  massCancel(symbol = '', account = 0): void {
    this.send({ kind: 'massCancel', symbol, account });
  }

  heartbeat(token = 0): void {
    this.send({ kind: 'heartbeat', token });
  }

  send(m: Inbound): void {
    if (this.closed) throw new BourseError('ORDER_CLIENT_CLOSED');
    this.fw.reset();
    this.fw.inbound(m);
    this.socket.write(this.fw.take());
  }

  /** Raw bytes, for tests of the gateway's defences. */
  sendRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  /**
   * Bytes written but not yet handed to the kernel. 0 right after sendRaw means the socket wrote
   * them all during the call and holds no reference to `bytes` (a caller may reuse its buffer).
   */
  get writableLength(): number {
    return this.socket.writableLength;
  }

  /** Corks the socket: sends queued until uncork() go out in one write (a load generator's batch). */
  cork(): void {
    this.socket.cork();
  }

  uncork(): void {
    this.socket.uncork();
  }

  /** Logout, then wait for the gateway to close the connection. */
  async logout(): Promise<void> {
    if (this.closed) return;
    const done = new Promise<void>((r) => this.onClose(() => r()));
    this.send({ kind: 'logout' });
    await done;
  }

  /** Drop the connection at once (no Logout: what a crash or a cut cable looks like). */
  close(): void {
    this.socket.destroy();
  }

  private fail(e: BourseError): void {
    this.socket.destroy(e);
  }

  private onClosed(): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of this.closeListeners) l();
    this.closeListeners = [];
  }
}

/** "190.00" -> 19000 price units for an instrument with 2 price decimals (exact; refuses extra digits). */
export function toUnits(text: string, decimals: number): number | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return undefined;
  const frac = m[2] ?? '';
  if (frac.length > decimals) return undefined;
  const v = Number(m[1]! + frac.padEnd(decimals, '0'));
  return Number.isSafeInteger(v) ? v : undefined;
}

export function fromUnits(v: number, decimals: number): string {
  if (decimals === 0) return String(v);
  const s = String(v).padStart(decimals + 1, '0');
  return `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}
