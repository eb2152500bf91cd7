/**
 * The client's I/O, behind one narrow interface: join the groups of some channels and hand
 * each datagram up; send retransmission requests and hand the replies up. Everything above it
 * (channel.ts, client.ts) is protocol; everything here is sockets. Tests use the real thing on
 * loopback or between network namespaces — there is no fake.
 */
import dgram from 'node:dgram';
import net from 'node:net';
import { BourseError } from '../kernel/errors.ts';
import type { FeedChannelConfig, FeedEndpoint } from './config.ts';
import { FrameReader, encodeRequest, type RetransmitRequest } from '../protocol/retransmit.ts';
import { decodeResponse, type RetransmitResponse } from './decoder.ts';

export type FeedSource = 'A' | 'B' | 'snapshot' | 'instruments';

export type DatagramHandler = (channel: number, source: FeedSource, bytes: Uint8Array) => void;

export interface FeedTransport {
  /** Join the groups of `channels`; every datagram received goes to `onDatagram`. */
  open(channels: readonly FeedChannelConfig[], onDatagram: DatagramHandler): Promise<void>;
  /** Send one request; resolves with its reply, rejects (FEED_RETRANSMIT_FAILED) on I/O errors. */
  retransmit(req: RetransmitRequest): Promise<RetransmitResponse>;
  close(): Promise<void>;
}

export interface UdpTransportOptions {
  /** Local address whose interface joins the groups (default: let the multicast route choose). */
  readonly interface?: string;
  readonly retransmission?: { host: string; port: number } | null;
  /** Socket receive buffer asked for (the kernel caps it at net.core.rmem_max). */
  readonly recvBufferBytes?: number;
  /** 'ab' (default): join feeds A and B; 'a': feed A only, B's group is not joined (FeedClient `lines`). */
  readonly lines?: FeedLines;
}

/** Which incremental lines a client joins: both (arbitration), or A alone (gaps go to retransmission). */
export type FeedLines = 'ab' | 'a';

const SOURCES: readonly FeedSource[] = ['A', 'B', 'snapshot', 'instruments'];

export class UdpTransport implements FeedTransport {
  private readonly o: UdpTransportOptions;
  private readonly sockets: dgram.Socket[] = [];
  private rtx: RetransmitConnection | null = null;
  private closed = false;

  constructor(opts: UdpTransportOptions = {}) {
    this.o = opts;
  }

  async open(channels: readonly FeedChannelConfig[], onDatagram: DatagramHandler): Promise<void> {
    for (const c of channels) {
      const eps: Record<FeedSource, FeedEndpoint> = { A: c.feedA, B: c.feedB, snapshot: c.snapshot, instruments: c.instruments };
      for (const src of SOURCES) {
        if (src === 'B' && this.o.lines === 'a') continue;
        const sock = await this.join(eps[src]);
        const id = c.id;
        sock.on('message', (msg) => onDatagram(id, src, msg));
        this.sockets.push(sock);
      }
    }
  }

  private async join(ep: FeedEndpoint): Promise<dgram.Socket> {
    const sock = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: this.o.recvBufferBytes ?? 8 << 20 });
    try {
      await new Promise<void>((resolve, reject) => {
        sock.once('error', reject);
        // Bound to the group address: this socket sees only this group's datagrams on the port.
        sock.bind({ port: ep.port, address: ep.group, exclusive: false }, () => {
          sock.off('error', reject);
          resolve();
        });
      });
      sock.addMembership(ep.group, this.o.interface);
    } catch (e) {
      sock.close();
      throw new BourseError('FEED_TRANSPORT', `join ${ep.group}:${ep.port}${this.o.interface ? ` on ${this.o.interface}` : ''}: ${(e as Error).message}`);
    }
    sock.on('error', () => {}); // a receive error on one group must not take the process down
    return sock;
  }

  retransmit(req: RetransmitRequest): Promise<RetransmitResponse> {
    if (this.closed) return Promise.reject(new BourseError('FEED_CLOSED'));
    const where = this.o.retransmission;
    if (!where) return Promise.reject(new BourseError('FEED_RETRANSMIT_FAILED', 'no retransmission server configured'));
    if (!this.rtx || this.rtx.dead) this.rtx = new RetransmitConnection(where.host, where.port);
    return this.rtx.request(req);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.rtx?.destroy();
    await Promise.all(this.sockets.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    this.sockets.length = 0;
  }
}

/**
 * One TCP connection to the retransmission server, opened on first use and kept; replies come
 * in request order (proto/feed.proto), matched by request_id. Any I/O error or a malformed
 * frame fails every open request and the connection is replaced on the next one.
 */
class RetransmitConnection {
  dead = false;
  private readonly sock: net.Socket;
  private readonly frames = new FrameReader();
  private readonly waiting = new Map<number, { resolve: (r: RetransmitResponse) => void; reject: (e: Error) => void }>();

  constructor(host: string, port: number) {
    this.sock = net.connect({ host, port, noDelay: true });
    this.sock.on('data', (chunk) => this.onData(chunk));
    this.sock.on('error', (e) => this.fail(`${host}:${port}: ${e.message}`));
    this.sock.on('close', () => this.fail(`${host}:${port}: connection closed`));
  }

  request(req: RetransmitRequest): Promise<RetransmitResponse> {
    return new Promise((resolve, reject) => {
      this.waiting.set(req.requestId, { resolve, reject });
      this.sock.write(encodeRequest(req));
    });
  }

  private onData(chunk: Uint8Array): void {
    try {
      this.frames.push(chunk);
      for (let f = this.frames.next(); f; f = this.frames.next()) {
        const r = decodeResponse(f);
        const w = this.waiting.get(r.requestId);
        if (!w) {
          // request_id 0 and a refusal: the server refused the connection itself (a connection
          // limit); it closes next. Every open request fails with its reason.
          if (r.requestId === 0 && r.status > 1) this.fail(`connection refused: ${r.reason} (error ${r.errorCode})`);
          continue; // else a reply to a request already given up
        }
        this.waiting.delete(r.requestId);
        w.resolve(r);
      }
    } catch (e) {
      this.fail((e as Error).message);
      this.sock.destroy();
    }
  }

  private fail(detail: string): void {
    this.dead = true;
    for (const w of this.waiting.values()) w.reject(new BourseError('FEED_RETRANSMIT_FAILED', detail));
    this.waiting.clear();
  }

  destroy(): void {
    this.fail('client closed');
    this.sock.destroy();
  }
}
