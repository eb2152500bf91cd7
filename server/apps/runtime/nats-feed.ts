/**
 * The multicast feed carried over NATS core subjects, for relay nodes outside the colocation
 * network (docs/relay-nodes.md). The same protobuf `Packet` bytes as the datagrams, one NATS
 * message per datagram, on a subject per channel and stream:
 *
 *   PREFIX.config              request/reply: the feed's discovery document (JSON)
 *   PREFIX.<channel>.inc       incremental packets (feed A; the bridge dedups nothing: it
 *                              forwards feed A only — NATS itself is the redundancy)
 *   PREFIX.<channel>.snap      the snapshot loop
 *   PREFIX.<channel>.instr     the instrument loop
 *   PREFIX.<channel>.rtx       request/reply: a RetransmitRequest frame (4-byte length + protobuf,
 *                              as on the TCP server) in, the RetransmitResponse body out
 *   PREFIX.<channel>.snapshot  request/reply: (empty) in; out, every book of the channel at one
 *                              stated feed seq, as snapshot-stream packets (4-byte length each),
 *                              or an empty reply while the bridge's own books are not live
 *
 * NatsFeedTransport is a FeedTransport: the feed-client library runs over it unchanged (A/B
 * arbitration sees only A, gaps are recovered by retransmission over request/reply, then by the
 * snapshot subject), so a NATS-fed relay recovers by the feed's own rules. FeedBridge is the
 * other end: it joins the multicast groups, publishes every datagram and forwards retransmission
 * requests to the exchange's TCP server.
 */
import net from 'node:net';
import { connect, type NatsConnection, type Subscription } from 'nats';
import { BourseError } from '../../kernel/errors.ts';
import { FrameReader } from '../../protocol/retransmit.ts';
import {
  UdpTransport, decodePacket, decodeResponse, parseFeedConfig,
  type FeedTransport, type DatagramHandler, type FeedChannelConfig, type FeedClientConfig, type RetransmitRequest, type RetransmitResponse, type FeedSource,
} from '../../feed-client/index.ts';
import { encodeRequest, FeedClient, Stream } from '../../feed-client/index.ts';
import { Packetizer } from '../../multicast/packetizer.ts';

export const DEFAULT_PREFIX = 'bourse.md';
/** Packet size of a snapshot reply (a NATS message, not a datagram: no MTU to fit). */
const SNAPSHOT_PACKET_BYTES = 16_384;

const SUFFIX: Record<FeedSource, string | undefined> = { A: 'inc', B: undefined, snapshot: 'snap', instruments: 'instr' };

export function checkPrefix(p: string): string {
  if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(p)) throw new BourseError('RELAY_BAD_OPTION', `NATS subject prefix must be dot-separated tokens of letters, digits, _ and -, not ${JSON.stringify(p).slice(0, 80)}`);
  return p;
}

/** Connect to a NATS cluster (comma-separated URLs) that reconnects forever. */
export async function natsConnect(urls: string, name: string): Promise<NatsConnection> {
  const servers = urls.split(',').map((s) => s.trim()).filter(Boolean);
  if (servers.length === 0) throw new BourseError('RELAY_BAD_OPTION', '--nats needs at least one nats://host:port URL');
  try {
    return await connect({ servers, name, maxReconnectAttempts: -1, reconnectTimeWait: 250, waitOnFirstConnect: false, timeout: 5000 });
  } catch (e) {
    throw new BourseError('RELAY_NATS', `${servers.join(',')}: ${(e as Error).message}`);
  }
}

/** Ask the bridge for the discovery document. */
export async function requestFeedConfig(nc: NatsConnection, prefix: string, timeoutMs = 5000): Promise<FeedClientConfig> {
  let data: Uint8Array;
  for (let tries = 0; ; tries++) {
    try {
      data = (await nc.request(`${prefix}.config`, new Uint8Array(0), { timeout: timeoutMs })).data;
      break;
    } catch (e) {
      // No bridge yet (503 no responders) or a timeout: try a few times, then give up.
      if (tries >= 10) throw new BourseError('RELAY_NO_FEED_CONFIG', `${prefix}.config: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  return parseFeedConfig(JSON.parse(new TextDecoder().decode(data)));
}

export class NatsFeedTransport implements FeedTransport {
  private readonly nc: NatsConnection;
  private readonly prefix: string;
  private readonly subs: Subscription[] = [];
  private readonly timeoutMs: number;
  private closed = false;
  private onDatagram: DatagramHandler | null = null;
  /** Snapshot requests sent, answered with books, answered empty (bridge not live) or failed; books received. */
  readonly snapshotStats = { requests: 0, answered: 0, empty: 0, failed: 0, books: 0, lastSeq: 0 };

  constructor(nc: NatsConnection, prefix = DEFAULT_PREFIX, retransmitTimeoutMs = 1000) {
    this.nc = nc;
    this.prefix = prefix;
    this.timeoutMs = retransmitTimeoutMs;
  }

  async open(channels: readonly FeedChannelConfig[], onDatagram: DatagramHandler): Promise<void> {
    this.onDatagram = onDatagram;
    for (const c of channels) {
      for (const src of ['A', 'snapshot', 'instruments'] as const) {
        const id = c.id;
        this.subs.push(this.nc.subscribe(`${this.prefix}.${id}.${SUFFIX[src]}`, {
          callback: (err, msg) => {
            if (!err) onDatagram(id, src, msg.data);
          },
        }));
      }
    }
    await this.nc.flush();
  }

  async retransmit(req: RetransmitRequest): Promise<RetransmitResponse> {
    if (this.closed) throw new BourseError('FEED_CLOSED');
    try {
      const m = await this.nc.request(`${this.prefix}.${req.channelId}.rtx`, encodeRequest(req), { timeout: this.timeoutMs });
      return decodeResponse(m.data);
    } catch (e) {
      throw new BourseError('FEED_RETRANSMIT_FAILED', `over NATS: ${(e as Error).message}`);
    }
  }

  /**
   * Ask the bridge for every book of `channelId` (PREFIX.<channel>.snapshot) and hand the reply's
   * snapshot-stream packets to the feed client, as if the snapshot loop had sent them: its own
   * rules apply them (a book at last_seq, then the updates held after it). Resolves with the
   * books received (0: the bridge is not live yet, or no answer).
   */
  async requestSnapshot(channelId: number): Promise<number> {
    if (this.closed || !this.onDatagram) return 0;
    this.snapshotStats.requests++;
    let data: Uint8Array;
    try {
      data = (await this.nc.request(`${this.prefix}.${channelId}.snapshot`, new Uint8Array(0), { timeout: this.timeoutMs })).data;
    } catch {
      this.snapshotStats.failed++;
      return 0;
    }
    if (data.length === 0) {
      this.snapshotStats.empty++;
      return 0;
    }
    const packets = splitFrames(data);
    if (!packets) {
      this.snapshotStats.failed++;
      return 0;
    }
    let books = 0;
    for (const p of packets) {
      books += countBooks(p);
      this.onDatagram(channelId, 'snapshot', p);
    }
    this.snapshotStats.answered++;
    this.snapshotStats.books += books;
    return books;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.subs) s.unsubscribe();
  }
}

/** Length-prefixed (4 bytes, big-endian) packets; null when the lengths do not add up. */
function splitFrames(data: Uint8Array): Uint8Array[] | null {
  const out: Uint8Array[] = [];
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let pos = 0;
  while (pos < data.length) {
    if (pos + 4 > data.length) return null;
    const n = v.getUint32(pos);
    if (n === 0 || pos + 4 + n > data.length) return null;
    out.push(data.subarray(pos + 4, pos + 4 + n));
    pos += 4 + n;
  }
  return out;
}

/** SnapshotEnd messages in a packet (a cheap count for the stats; the feed client decodes and checks it). */
function countBooks(p: Uint8Array): number {
  try {
    return decodePacket(p).messages.filter((m) => m.kind === 'snapshotEnd').length;
  } catch {
    return 0;
  }
}

/**
 * The bridge's answer to a snapshot request: every book its own feed client holds for the
 * channel, all at the channel's current feed seq (the client applied every message up to it and
 * nothing after: one event-loop turn), as the snapshot loop encodes them. The first book is sent
 * again at the end, so the requester has seen "one whole cycle" (a symbol twice: docs/feed.md)
 * and knows no other symbol exists. Empty while the client is not live or any book is stale.
 */
export function snapshotReply(client: FeedClient, channelId: number, maxDatagram: number, sink: { id: number }): Uint8Array {
  const st = client.state().find((c) => c.channel === channelId);
  if (!st || st.state !== 'live' || st.staleSymbols.length > 0 || st.session === '') return new Uint8Array(0);
  const books = client.symbolIds().map((id) => client.book(id, Infinity)!).filter((b) => b.channel === channelId);
  if (books.length === 0 || books.some((b) => b.stale)) return new Uint8Array(0);
  const frames: Uint8Array[] = [];
  let bytes = 0;
  const pk = new Packetizer({
    channelId, sessionId: Number(BigInt(st.session)), maxDatagram, clock: () => Math.floor((performance.timeOrigin + performance.now()) * 1000), stream: Stream.Snapshot,
    sink: (b) => {
      const f = new Uint8Array(4 + b.length);
      new DataView(f.buffer).setUint32(0, b.length);
      f.set(b, 4);
      frames.push(f);
      bytes += f.length;
    },
  });
  for (const b of [...books, books[0]!]) {
    const id = ++sink.id;
    pk.addSnapshotBegin(b.symbolId, st.seq, b.bids.length, b.asks.length, b.checksum, b.status || 1, id);
    for (const l of b.bids) pk.addSnapshotLevel(b.symbolId, 1, l.price, l.qty, l.count);
    for (const l of b.asks) pk.addSnapshotLevel(b.symbolId, 2, l.price, l.qty, l.count);
    pk.addSnapshotEnd(b.symbolId, st.seq, b.bids.length + b.asks.length, b.checksum, id);
  }
  pk.flush();
  const out = new Uint8Array(bytes);
  let pos = 0;
  for (const f of frames) {
    out.set(f, pos);
    pos += f.length;
  }
  return out;
}

/**
 * The bridge's own feed client reads the datagrams the bridge already receives (no second set of
 * sockets); its retransmission requests go to the exchange's TCP server like the relays'.
 */
class TeeTransport implements FeedTransport {
  onDatagram: DatagramHandler | null = null;
  private readonly rtx: () => RawRetransmit | null;

  constructor(rtx: () => RawRetransmit | null) {
    this.rtx = rtx;
  }

  async open(_channels: readonly FeedChannelConfig[], onDatagram: DatagramHandler): Promise<void> {
    this.onDatagram = onDatagram;
  }

  async retransmit(req: RetransmitRequest): Promise<RetransmitResponse> {
    const r = this.rtx();
    if (!r) throw new BourseError('FEED_RETRANSMIT_FAILED', 'no retransmission server');
    try {
      return decodeResponse(await r.request(encodeRequest(req)));
    } catch (e) {
      throw new BourseError('FEED_RETRANSMIT_FAILED', `bridge: ${(e as Error).message}`);
    }
  }

  async close(): Promise<void> {
    this.onDatagram = null;
  }
}

export interface BridgeStats {
  published: number;
  bytes: number;
  retransmitRequests: number;
  retransmitFailures: number;
  configRequests: number;
  snapshotRequests: number;
  /** Snapshot requests answered empty: the bridge's own books were not live yet. */
  snapshotNotReady: number;
}

/**
 * The multicast feed, published on NATS. Reads feeds A (incremental), the snapshot and instrument
 * loops of every channel; answers the discovery and retransmission requests.
 */
export class FeedBridge {
  readonly stats: BridgeStats = { published: 0, bytes: 0, retransmitRequests: 0, retransmitFailures: 0, configRequests: 0, snapshotRequests: 0, snapshotNotReady: 0 };
  private readonly nc: NatsConnection;
  private readonly udp: UdpTransport;
  private readonly subs: Subscription[] = [];
  private rtx: RawRetransmit | null = null;
  /** The bridge's own view of the feed: the books it answers snapshot requests with. */
  client: FeedClient | null = null;

  private constructor(nc: NatsConnection, udp: UdpTransport) {
    this.nc = nc;
    this.udp = udp;
  }

  private retransmitter(): RawRetransmit | null {
    return this.rtx;
  }

  static async start(o: { nc: NatsConnection; config: FeedClientConfig; configJson: object; prefix?: string; interface?: string }): Promise<FeedBridge> {
    const prefix = o.prefix ?? DEFAULT_PREFIX;
    const cfg = o.config;
    const iface = o.interface ?? (cfg.interface.startsWith('127.') ? '127.0.0.1' : undefined);
    const udp = new UdpTransport({ ...(iface ? { interface: iface } : {}), retransmission: null });
    const b = new FeedBridge(o.nc, udp);
    const doc = new TextEncoder().encode(JSON.stringify(o.configJson));
    b.subs.push(o.nc.subscribe(`${prefix}.config`, {
      callback: (err, msg) => {
        if (err) return;
        b.stats.configRequests++;
        msg.respond(doc);
      },
    }));
    const where = cfg.retransmission;
    for (const c of cfg.channels) {
      b.subs.push(o.nc.subscribe(`${prefix}.${c.id}.rtx`, {
        callback: (err, msg) => {
          if (err || !where) return;
          b.stats.retransmitRequests++;
          if (!b.rtx || b.rtx.dead) b.rtx = new RawRetransmit(where.host, where.port);
          b.rtx.request(msg.data).then((body) => msg.respond(body), () => {
            b.stats.retransmitFailures++; // no answer: the relay's request times out and it uses the snapshot loop
          });
        },
      }));
    }
    const tee = new TeeTransport(() => {
      if (!where) return null;
      if (!b.rtx || b.rtx.dead) b.rtx = new RawRetransmit(where.host, where.port);
      return b.retransmitter();
    });
    b.client = await FeedClient.open({ config: cfg, transport: tee });
    const snapIds = { id: 2 ** 40 }; // apart from the loop's snapshot ids
    for (const c of cfg.channels) {
      b.subs.push(o.nc.subscribe(`${prefix}.${c.id}.snapshot`, {
        callback: (err, msg) => {
          if (err) return;
          b.stats.snapshotRequests++;
          const reply = snapshotReply(b.client!, c.id, SNAPSHOT_PACKET_BYTES, snapIds);
          if (reply.length === 0 || reply.length > (o.nc.info?.max_payload ?? 1 << 20)) {
            b.stats.snapshotNotReady++;
            msg.respond(new Uint8Array(0));
          } else msg.respond(reply);
        },
      }));
    }
    // Subjects made once per channel and stream (no string built per datagram).
    const subject = new Map<number, Partial<Record<FeedSource, string>>>();
    for (const c of cfg.channels) {
      const per: Partial<Record<FeedSource, string>> = {};
      for (const [src, suffix] of Object.entries(SUFFIX) as [FeedSource, string | undefined][]) if (suffix) per[src] = `${prefix}.${c.id}.${suffix}`;
      subject.set(c.id, per);
    }
    await udp.open(cfg.channels, (ch, src, bytes) => {
      const s = subject.get(ch)?.[src];
      if (s) { // feed B: the same bytes as A, not published
        b.stats.published++;
        b.stats.bytes += bytes.length;
        o.nc.publish(s, bytes);
      }
      // Then the bridge's own books (decoded after the publish: not on the relays' path).
      tee.onDatagram?.(ch, src, bytes);
    });
    await o.nc.flush();
    return b;
  }

  async close(): Promise<void> {
    for (const s of this.subs) s.unsubscribe();
    this.rtx?.destroy();
    await this.udp.close();
    await this.client?.close();
  }
}

/** One kept TCP connection to the retransmission server; replies come in request order. */
class RawRetransmit {
  dead = false;
  private readonly sock: net.Socket;
  private readonly frames = new FrameReader();
  private readonly queue: { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }[] = [];

  constructor(host: string, port: number) {
    this.sock = net.connect({ host, port, noDelay: true });
    this.sock.on('data', (chunk) => {
      try {
        this.frames.push(chunk);
        for (let f = this.frames.next(); f; f = this.frames.next()) this.queue.shift()?.resolve(f.slice());
      } catch (e) {
        this.fail((e as Error).message);
        this.sock.destroy();
      }
    });
    this.sock.on('error', (e) => this.fail(e.message));
    this.sock.on('close', () => this.fail('connection closed'));
  }

  request(frame: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      this.sock.write(frame);
    });
  }

  private fail(detail: string): void {
    this.dead = true;
    for (const w of this.queue.splice(0)) w.reject(new Error(detail));
  }

  destroy(): void {
    this.fail('closed');
    this.sock.destroy();
  }
}
