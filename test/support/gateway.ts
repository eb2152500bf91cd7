/**
 * A real exchange with its order-entry gateway, for black-box tests: the core, MDP and gateway
 * threads of `bourse start` (simulator off unless asked), brokers' keys made on the spot, and
 * raw TCP sessions for the tests of the gateway's defences.
 */
import { connect, type Socket } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Exchange, type RecordsListener } from '../../server/apps/runtime/exchange.ts';
import { exchangeOptions } from '../../server/apps/runtime/options.ts';
import { gatewayOptions, type GatewayOptions } from '../../server/gateway/gateway.ts';
import { parseKeysFile } from '../../server/gateway/keys.ts';
import { generateBrokerKey, exchangeKeyEntry, OrderClient, FrameSplitter, FrameWriter, decodeOutbound, type BrokerKey, type Outbound, type OrderClientOptions } from '../../server/order-client/index.ts';

export function brokerKeys(n: number, firm = (i: number) => i + 1): BrokerKey[] {
  return Array.from({ length: n }, (_, i) => generateBrokerKey(i + 1, firm(i)));
}

/** The exchange's keys file for these keys; `rates[id]` overrides the firm rate of key id. */
export function keysFor(keys: BrokerKey[], rate = 0, rates: Record<number, number> = {}) {
  return parseKeysFile(JSON.stringify({ keys: keys.map((k) => exchangeKeyEntry(k, rates[k.id] ?? rate)) }), 'test keys');
}

export function tempData(): string {
  return mkdtempSync(join(tmpdir(), 'bourse-gw-'));
}

export async function startGatewayExchange(o: { data?: string; keys: BrokerKey[]; rate?: number; keyRate?: number; rates?: Record<number, number>; gateway?: Partial<GatewayOptions>; listeners?: RecordsListener[]; memoryOnly?: boolean; snapshotEvery?: number }): Promise<Exchange> {
  const options = exchangeOptions({
    data: o.data ?? tempData(),
    rate: o.rate ?? 0,
    fsync: false,
    memoryOnly: o.memoryOnly ?? false,
    ...(o.snapshotEvery === undefined ? {} : { snapshotEvery: o.snapshotEvery }),
    feed: undefined,
    gateway: gatewayOptions({ port: 0, keys: keysFor(o.keys, o.keyRate ?? 0, o.rates), ...o.gateway }),
  });
  return Exchange.start(options, o.listeners ?? []);
}

export function session(x: Exchange, key: BrokerKey, extra: Partial<OrderClientOptions> = {}): Promise<OrderClient> {
  return OrderClient.connect({ host: '127.0.0.1', port: x.gatewayPort!, keyId: key.id, privateKey: key.privateKey, ...extra });
}

/** A raw TCP session: send frames or bytes, read decoded Outbound messages in order. */
export class RawSession {
  readonly socket: Socket;
  readonly messages: Outbound[] = [];
  /** Each message's frame body as received (same index as messages). */
  readonly frames: Uint8Array[] = [];
  closed = false;
  private waiters: (() => void)[] = [];
  private readonly splitter = new FrameSplitter(16 << 20);

  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (c: Buffer) => {
      this.splitter.push(c, (b, s, e) => {
        this.frames.push(b.slice(s, e));
        this.messages.push(decodeOutbound(b, s, e));
      });
      this.wake();
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  static open(port: number): Promise<RawSession> {
    return new Promise((resolve, reject) => {
      const s = connect({ host: '127.0.0.1', port }, () => resolve(new RawSession(s)));
      s.once('error', reject);
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `pred` holds over the messages so far (or the socket closed and it still does not: rejects). */
  async until(pred: (ms: Outbound[]) => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const t0 = Date.now();
    while (!pred(this.messages)) {
      if (this.closed) throw new Error(`connection closed before ${what}; got ${JSON.stringify(this.messages.map((m) => m.kind))}`);
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  async hello(): Promise<Uint8Array> {
    await this.until((ms) => ms.some((m) => m.kind === 'hello'), 'hello');
    return (this.messages.find((m) => m.kind === 'hello') as Extract<Outbound, { kind: 'hello' }>).nonce;
  }

  send(m: Parameters<FrameWriter['inbound']>[0]): void {
    const w = new FrameWriter();
    w.inbound(m);
    this.socket.write(w.take());
  }

  sendBytes(b: Uint8Array): void {
    this.socket.write(b);
  }

  async waitClosed(timeoutMs = 10_000): Promise<void> {
    const t0 = Date.now();
    while (!this.closed) {
      if (Date.now() - t0 > timeoutMs) throw new Error('connection not closed');
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 100);
      });
    }
  }

  close(): void {
    this.socket.destroy();
  }
}
