/**
 * The retransmission server (TCP): answers "session S, channel C, messages N..N+count-1" with the
 * original packets from the channel's in-memory window, or refuses with a reason code (unknown
 * session or channel, range too large, too old, not yet published, rate limited, malformed).
 * Frames and parsing are the shared wire contract (protocol/retransmit.ts, pure, fuzzed); the
 * decision and the rate limiter are retransmit-policy.ts. Never crashes on garbage: a
 * bad frame gets a MALFORMED answer; a length prefix too large to resynchronise, a client that
 * stops reading or one idle too long is disconnected.
 *
 * Connections are limited per client address (maxConnectionsPerAddress) and in all
 * (maxConnections). A connection beyond either gets one RATE_LIMITED refusal frame saying why
 * (error_code RETRANSMIT_TOO_MANY_CONNECTIONS or RETRANSMIT_SERVER_FULL, request_id 0) and is
 * closed, rather than a bare TCP reset. Beyond twice maxConnections, Node closes new
 * connections at accept (the descriptors stay bounded under a flood).
 */
import net from 'node:net';
import { BourseError } from '../kernel/errors.ts';
import type { RetransmissionConfig } from './config.ts';
import type { PacketWindow } from './window.ts';
import { ProtoWriter } from '../protocol/writer.ts';
import type { ErrorCode } from '../kernel/errors.ts';
import { FrameReader, RetransmitStatus, encodeResponse, parseRetransmitRequest, MAX_REQUEST_FRAME, type ResponseHeader } from '../protocol/retransmit.ts';
import { RateLimiter, decide, type WindowState } from './retransmit-policy.ts';

/** Frames up to this size are answered MALFORMED and the stream goes on; beyond, the connection closes. */
const RESYNC_LIMIT = 1024;
/** A client with this much unread reply data is cut off. */
const MAX_UNREAD = 16 * 1024 * 1024;
const IDLE_MS = 60_000;
/** A refused connection gets this long to read its refusal before it is destroyed. */
const REFUSED_LINGER_MS = 2_000;

export interface RetransmitServerOptions {
  config: RetransmissionConfig;
  sessionId: number;
  /** The channel's window, or undefined for an unknown channel. */
  window: (channelId: number) => PacketWindow | undefined;
  /** Milliseconds, for the rate limiter (default performance.now). */
  nowMs?: () => number;
}

export interface RetransmitStats {
  connections: number;
  openConnections: number;
  requests: number;
  served: number;
  refused: number;
  malformed: number;
  rateLimited: number;
  messagesResent: number;
  packetsResent: number;
  bytesSent: number;
  disconnected: number;
  /** Connections refused at connect (per-address or global limit). */
  connectionsRefused: number;
}

export class RetransmitServer {
  private readonly o: RetransmitServerOptions;
  private readonly server: net.Server;
  private readonly limiter: RateLimiter;
  private readonly writer = new ProtoWriter(4096);
  private readonly sockets = new Set<net.Socket>();
  /** Refused connections, until their refusal is read (or REFUSED_LINGER_MS). */
  private readonly refusing = new Set<net.Socket>();
  private readonly perAddress = new Map<string, number>();
  private readonly st: RetransmitStats = {
    connections: 0, openConnections: 0, requests: 0, served: 0, refused: 0, malformed: 0, rateLimited: 0,
    messagesResent: 0, packetsResent: 0, bytesSent: 0, disconnected: 0, connectionsRefused: 0,
  };
  private readonly state: WindowState;

  private constructor(o: RetransmitServerOptions) {
    this.o = o;
    this.limiter = new RateLimiter(o.config.requestsPerSecond, o.config.burst);
    this.state = {
      sessionId: o.sessionId,
      window: (id) => {
        const w = o.window(id);
        return w ? { firstSeq: w.firstSeq, lastSeq: w.lastSeq } : undefined;
      },
      maxMessagesPerRequest: o.config.maxMessagesPerRequest,
    };
    this.server = net.createServer((s) => this.onConnection(s));
    this.server.maxConnections = 2 * o.config.maxConnections;
  }

  static async start(o: RetransmitServerOptions): Promise<RetransmitServer> {
    const rs = new RetransmitServer(o);
    await new Promise<void>((resolve, reject) => {
      rs.server.once('error', (e) => reject(new BourseError('PUBLISHER_SOCKET', `retransmission ${o.config.host}:${o.config.port}: ${e.message}`)));
      rs.server.listen(o.config.port, o.config.host, () => resolve());
    });
    rs.server.on('error', () => {});
    return rs;
  }

  /** The TCP port actually listened on (config port 0 = any). */
  get port(): number {
    const a = this.server.address();
    return typeof a === 'object' && a ? a.port : 0;
  }

  stats(): RetransmitStats {
    return { ...this.st, openConnections: this.sockets.size };
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    for (const s of this.refusing) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private onConnection(sock: net.Socket): void {
    this.st.connections++;
    const key = sock.remoteAddress ?? '?';
    const cfg = this.o.config;
    const fromHere = this.perAddress.get(key) ?? 0;
    if (fromHere >= cfg.maxConnectionsPerAddress) {
      this.refuseConnection(sock, 'RETRANSMIT_TOO_MANY_CONNECTIONS', `${key} already holds ${fromHere} connections (at most ${cfg.maxConnectionsPerAddress} per address): reuse one`);
      return;
    }
    if (this.sockets.size >= cfg.maxConnections) {
      this.refuseConnection(sock, 'RETRANSMIT_SERVER_FULL', `the server holds its maximum of ${cfg.maxConnections} connections: retry later or recover from the snapshot loop`);
      return;
    }
    this.perAddress.set(key, fromHere + 1);
    this.sockets.add(sock);
    sock.setNoDelay(true);
    sock.setTimeout(IDLE_MS, () => this.drop(sock));
    const reader = new FrameReader(RESYNC_LIMIT, 'RETRANSMIT_MALFORMED');
    let closing = false;
    sock.on('data', (chunk: Buffer) => {
      if (closing || sock.destroyed) return;
      reader.push(chunk);
      for (;;) {
        let frame: Uint8Array | undefined;
        try {
          frame = reader.next();
        } catch {
          // A length above RESYNC_LIMIT: the stream cannot be resynchronised.
          this.answer(sock, this.refusal(0, RetransmitStatus.Malformed, `frame length above ${RESYNC_LIMIT} bytes: cannot resynchronise, closing`));
          this.st.malformed++;
          sock.end();
          closing = true;
          break;
        }
        if (frame === undefined) break;
        this.onFrame(sock, key, frame);
      }
    });
    sock.on('error', () => sock.destroy());
    sock.on('close', () => {
      this.sockets.delete(sock);
      const n = (this.perAddress.get(key) ?? 1) - 1;
      if (n > 0) this.perAddress.set(key, n);
      else this.perAddress.delete(key);
    });
  }

  /** One refusal frame (request_id 0, RATE_LIMITED with the precise error code), then close. */
  private refuseConnection(sock: net.Socket, code: ErrorCode, reason: string): void {
    this.st.connectionsRefused++;
    this.refusing.add(sock);
    const h = { ...this.refusal(0, RetransmitStatus.RateLimited, reason), errorCode: code };
    const frame = encodeResponse(this.writer, h);
    this.st.refused++;
    this.st.bytesSent += frame.length;
    sock.on('error', () => sock.destroy());
    sock.on('close', () => this.refusing.delete(sock));
    sock.end(Buffer.from(frame));
    setTimeout(() => sock.destroy(), REFUSED_LINGER_MS).unref();
  }

  private onFrame(sock: net.Socket, key: string, frame: Uint8Array): void {
    this.st.requests++;
    const parsed = frame.length > MAX_REQUEST_FRAME ? { ok: false as const, requestId: 0, detail: `request frame of ${frame.length} bytes (at most ${MAX_REQUEST_FRAME})` } : parseRetransmitRequest(frame);
    // Every frame, even a malformed one, costs a token.
    if (!this.limiter.take(key, (this.o.nowMs ?? (() => performance.now()))())) {
      this.st.rateLimited++;
      const id = parsed.ok ? parsed.request.requestId : parsed.requestId;
      this.answer(sock, this.refusal(id, RetransmitStatus.RateLimited, `more than ${this.o.config.requestsPerSecond} requests/s (burst ${this.o.config.burst}) from ${key}`));
      return;
    }
    if (!parsed.ok) {
      this.st.malformed++;
      this.answer(sock, this.refusal(parsed.requestId, RetransmitStatus.Malformed, parsed.detail));
      return;
    }
    const req = parsed.request;
    const d = decide(req, this.state, parsed.exact);
    // Session id and first_seq are echoed exactly as sent (64-bit).
    const h: ResponseHeader = {
      requestId: req.requestId, status: d.status, reason: d.detail, sessionId: parsed.exact.sessionId, channelId: req.channelId,
      firstSeq: parsed.exact.firstSeq, count: req.count, windowFirstSeq: d.windowFirstSeq, lastSeq: d.lastSeq,
    };
    if (d.status !== RetransmitStatus.Ok) {
      this.answer(sock, h);
      return;
    }
    const w = this.o.window(req.channelId)!;
    const range = w.find(req.firstSeq, req.count)!;
    const packets: Uint8Array[] = [];
    for (let i = range[0]; i <= range[1]; i++) packets.push(w.packet(i));
    this.st.served++;
    this.st.messagesResent += req.count;
    this.st.packetsResent += packets.length;
    this.answer(sock, h, packets);
  }

  private refusal(requestId: number, status: RetransmitStatus, reason: string): ResponseHeader {
    return { requestId, status, reason, sessionId: this.o.sessionId, channelId: 0, firstSeq: 0, count: 0, windowFirstSeq: 0, lastSeq: 0 };
  }

  private answer(sock: net.Socket, h: ResponseHeader, packets: readonly Uint8Array[] = []): void {
    if (h.status !== RetransmitStatus.Ok) this.st.refused++;
    const frame = encodeResponse(this.writer, h, packets);
    this.st.bytesSent += frame.length;
    sock.write(Buffer.from(frame)); // a copy: the writer is reused
    if (sock.writableLength > MAX_UNREAD) this.drop(sock);
  }

  private drop(sock: net.Socket): void {
    this.st.disconnected++;
    sock.destroy();
  }
}
