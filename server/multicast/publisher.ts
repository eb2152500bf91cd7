/**
 * The multicast publisher: MD records in (`onRecords`), Packets out on feed A and feed B of each
 * channel (same bytes, separate groups), plus each channel's instrument loop. Per channel:
 *
 *   records --route by symbol--> Packetizer --packet--> PacketWindow (copy kept for retransmission)
 *                                                   \--> send on A, send on B (that same copy)
 *
 * Packets go out when full, and partly filled ones after at most `flushUs` (end of the event-loop
 * turn below 1 ms). An idle channel sends an empty heartbeat packet about every `heartbeatMs`.
 * A new session id on every start; each stream of each channel opens with ChannelReset (seq 1)
 * and the incremental stream ends with EndOfSession on close(). Runs in any thread.
 */
import { BourseError } from '../kernel/errors.ts';
import { Md, mdType, mdSymbol, mdCode } from '../mdp/records.ts';
import type { ChannelConfig, FeedConfig } from './config.ts';
import { Packetizer, instrumentFromRecord, type InstrumentInfo } from './packetizer.ts';
import { Stream } from '../protocol/packet.ts';
import { PacketWindow } from './window.ts';
import { openSender, type Sender } from './sender.ts';

/** An instrument known before start (e.g. `mdp.instrumentList()`); currency defaults to the config's. */
export type InstrumentSeed = Omit<InstrumentInfo, 'currency'> & { currency?: string };

export interface PublisherOptions {
  config: FeedConfig;
  /**
   * The Mdp's lastMdSeq when publishing starts. 0 = the books are empty, so ChannelReset says
   * books_empty and a client holding every message from seq 1 needs no snapshot.
   */
  mdSeqAtStart: number;
  instruments?: readonly InstrumentSeed[];
  /** Wall clock, µs since the epoch (fraction = sub-µs). */
  clock?: () => number;
  /** Override the session id (tests); default: a new one from the clock. */
  sessionId?: number;
}

export interface PublisherStats {
  sessionId: number;
  channels: number;
  records: number;
  unrouted: number;
  messages: number;
  packets: number;
  bytes: number;
  heartbeats: number;
  instrumentPackets: number;
  sendErrors: number;
  windowMessages: number;
}

export const wallClockUs = (): number => (performance.timeOrigin + performance.now()) * 1000;

let lastSession = 0;
/** A session id: the start time in µs, strictly increasing within a process. */
export function newSessionId(nowUs: number): number {
  lastSession = Math.max(Math.floor(nowUs), lastSession + 1);
  return lastSession;
}

interface Channel {
  readonly cfg: ChannelConfig;
  readonly pk: Packetizer;
  readonly window: PacketWindow;
  readonly a: Sender;
  readonly b: Sender;
  readonly instr: Sender;
  readonly instrPk: Packetizer;
  readonly instruments: Map<number, InstrumentInfo>;
  sentAtLastCheck: number;
  idleSinceMs: number;
  /** emitTimeUs of the first record in the open packet (0: none, or not measured). */
  firstEmitUs: number;
}

export class Publisher {
  readonly sessionId: number;
  readonly config: FeedConfig;
  private readonly clock: () => number;
  private readonly channels: Channel[] = [];
  private readonly byId = new Map<number, Channel>();
  /** symbol -> channel index + 1; 0 = not seen yet; -1 = carried by no channel. */
  private route = new Int32Array(256);
  /**
   * Metrics hooks (the driver sets both, or neither): the wall time (µs) at which the records of
   * the current onRecords call were emitted, and a callback with µs from the first record of a
   * data datagram being emitted to that datagram being sent on A and B.
   */
  emitTimeUs = 0;
  onDatagram: ((latencyUs: number) => void) | undefined;
  private records = 0;
  private unrouted = 0;
  private heartbeats = 0;
  private flushPending = false;
  private closed = false;
  private timers: ReturnType<typeof setInterval>[] = [];
  private readonly flushAll = (): void => {
    this.flushPending = false;
    this.flush();
  };

  private constructor(o: PublisherOptions, sessionId: number) {
    this.config = o.config;
    this.clock = o.clock ?? wallClockUs;
    this.sessionId = sessionId;
  }

  static async start(o: PublisherOptions): Promise<Publisher> {
    const clock = o.clock ?? wallClockUs;
    const p = new Publisher(o, o.sessionId ?? newSessionId(clock()));
    const cfg = o.config;
    const sopts = { interface: cfg.interface, ttl: cfg.ttl, loopback: cfg.loopback };
    try {
      for (const c of cfg.channels) {
        const opened = await Promise.allSettled([openSender(c.feedA, sopts), openSender(c.feedB, sopts), openSender(c.instruments, sopts)]);
        const failed = opened.find((r) => r.status === 'rejected');
        if (failed) {
          await Promise.all(opened.map((r) => (r.status === 'fulfilled' ? r.value.close() : undefined)));
          throw failed.reason;
        }
        const [a, b, instr] = opened.map((r) => (r as PromiseFulfilledResult<Sender>).value) as [Sender, Sender, Sender];
        const window = new PacketWindow(cfg.retransmission.windowBytes, cfg.retransmission.windowMessages);
        const pk = new Packetizer({
          channelId: c.id, sessionId: p.sessionId, maxDatagram: cfg.maxDatagram, clock, currency: cfg.currency,
          sink: (bytes, firstSeq, count) => {
            if (count === 0) {
              const copy = bytes.slice(); // heartbeat: not kept, the packetizer reuses its buffer
              a.send(copy);
              b.send(copy);
              return;
            }
            const kept = window.append(bytes, firstSeq, count);
            a.send(kept);
            b.send(kept);
            if (ch.firstEmitUs > 0) {
              p.onDatagram?.(clock() - ch.firstEmitUs);
              ch.firstEmitUs = 0;
            }
          },
        });
        const instrPk = new Packetizer({
          channelId: c.id, sessionId: p.sessionId, maxDatagram: cfg.maxDatagram, clock, stream: Stream.Instruments,
          sink: (bytes) => instr.send(bytes.slice()),
        });
        const ch: Channel = { cfg: c, pk, window, a, b, instr, instrPk, instruments: new Map(), sentAtLastCheck: 0, idleSinceMs: performance.now(), firstEmitUs: 0 };
        p.channels.push(ch);
        p.byId.set(c.id, ch);
      }
    } catch (e) {
      await p.closeSockets();
      throw e;
    }
    for (const s of o.instruments ?? []) p.define({ ...s, currency: s.currency ?? cfg.currency });
    const now = clock();
    for (const ch of p.channels) {
      ch.pk.addChannelReset(o.mdSeqAtStart === 0, now);
      ch.pk.flush();
      ch.instrPk.addChannelReset(o.mdSeqAtStart === 0, now);
      p.instrumentLoop(ch);
    }
    const hbCheck = Math.max(5, Math.floor(cfg.heartbeatMs / 4));
    p.timers.push(setInterval(() => p.heartbeatCheck(), hbCheck));
    p.timers.push(setInterval(() => { for (const ch of p.channels) p.instrumentLoop(ch); }, cfg.instrumentLoopMs));
    for (const t of p.timers) t.unref?.();
    return p;
  }

  // ------------------------------------------------------------------ hot path

  /** Publish MD records (server/mdp/records.ts layout). */
  onRecords(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    if (this.closed) throw new BourseError('PUBLISHER_CLOSED', 'onRecords after close()');
    const route = this.route;
    const chans = this.channels;
    for (let i = first, end = first + count; i < end; i++) {
      const sym = mdSymbol(i32, i);
      const type = mdType(i32, i);
      let r = sym < route.length ? route[sym]! : 0;
      if (type >= Md.Status || r === 0) r = this.coldRecord(f64, i32, i, type, sym, r);
      if (r <= 0) {
        this.unrouted++;
        continue;
      }
      const ch = chans[r - 1]!;
      ch.pk.addRecord(f64, i32, i);
      if (ch.firstEmitUs === 0) ch.firstEmitUs = this.emitTimeUs;
    }
    this.records += count;
    if (!this.flushPending) this.scheduleFlush();
  }

  /** Send every partly filled packet now. */
  flush(): void {
    for (const ch of this.channels) ch.pk.flush();
  }

  // ------------------------------------------------------------------ queries

  get channelIds(): number[] {
    return this.channels.map((c) => c.cfg.id);
  }

  /** Last incremental sequence number assigned on a channel (what a snapshot taken now reflects). */
  lastSeq(channelId: number): number {
    return this.byId.get(channelId)?.pk.lastSeq ?? 0;
  }

  /** Channel id carrying `symbol`, or undefined. */
  channelOf(symbol: number): number | undefined {
    const r = symbol < this.route.length ? this.route[symbol]! : 0;
    return r > 0 ? this.channels[r - 1]!.cfg.id : undefined;
  }

  /** Symbols of a channel known so far, ascending. */
  symbolsOf(channelId: number): number[] {
    const ch = this.byId.get(channelId);
    return ch ? [...ch.instruments.keys()].sort((x, y) => x - y) : [];
  }

  instrument(symbol: number): InstrumentInfo | undefined {
    const id = this.channelOf(symbol);
    return id === undefined ? undefined : this.byId.get(id)!.instruments.get(symbol);
  }

  window(channelId: number): PacketWindow | undefined {
    return this.byId.get(channelId)?.window;
  }

  stats(): PublisherStats {
    const s: PublisherStats = {
      sessionId: this.sessionId, channels: this.channels.length, records: this.records, unrouted: this.unrouted,
      messages: 0, packets: 0, bytes: 0, heartbeats: this.heartbeats, instrumentPackets: 0, sendErrors: 0, windowMessages: 0,
    };
    for (const ch of this.channels) {
      const p = ch.pk.stats();
      s.messages += p.messages;
      s.packets += p.packets;
      s.bytes += p.bytes;
      s.instrumentPackets += ch.instrPk.stats().packets;
      s.sendErrors += ch.a.errors + ch.b.errors + ch.instr.errors;
      s.windowMessages += ch.window.messages;
    }
    return s;
  }

  /** EndOfSession on every channel, then close the sockets. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    const now = this.clock();
    for (const ch of this.channels) {
      ch.pk.addEndOfSession(now);
      ch.pk.flush();
    }
    // Let queued sends reach the kernel before the sockets go.
    await new Promise((r) => setImmediate(r));
    await this.closeSockets();
  }

  // ------------------------------------------------------------------ cold paths

  /** Routing for a first-seen symbol, and the instrument loop's state from INSTRUMENT / STATUS. */
  private coldRecord(f64: Float64Array, i32: Int32Array, i: number, type: number, sym: number, r: number): number {
    if (type === Md.Instrument) return this.define(instrumentFromRecord(f64, i32, i, this.config.currency));
    if (r > 0 && type === Md.Status) {
      const info = this.channels[r - 1]!.instruments.get(sym);
      if (info) info.status = mdCode(i32, i);
    }
    return r;
  }

  /** Learn an instrument: its channel by name (explicit first, then "*"). Returns the route. */
  private define(info: InstrumentInfo): number {
    let k = this.channels.findIndex((c) => c.cfg.symbols.includes(info.name));
    if (k < 0) k = this.channels.findIndex((c) => c.cfg.symbols.includes('*'));
    if (info.symbol >= this.route.length) {
      let n = this.route.length;
      while (n <= info.symbol) n *= 2;
      const next = new Int32Array(n);
      next.set(this.route);
      this.route = next;
    }
    this.route[info.symbol] = k < 0 ? -1 : k + 1;
    if (k >= 0) {
      // A symbol moves channel only if redefined under another name (the engine forbids that today).
      for (const ch of this.channels) ch.instruments.delete(info.symbol);
      this.channels[k]!.instruments.set(info.symbol, info);
    }
    return k < 0 ? -1 : k + 1;
  }

  private scheduleFlush(): void {
    this.flushPending = true;
    const us = this.config.flushUs;
    if (us < 1000) setImmediate(this.flushAll);
    else setTimeout(this.flushAll, Math.floor(us / 1000));
  }

  private heartbeatCheck(): void {
    const now = performance.now();
    for (const ch of this.channels) {
      const sent = ch.pk.stats().packets;
      if (sent !== ch.sentAtLastCheck) {
        ch.sentAtLastCheck = sent;
        ch.idleSinceMs = now;
      } else if (now - ch.idleSinceMs >= this.config.heartbeatMs && ch.pk.pending === 0) {
        ch.pk.heartbeat();
        this.heartbeats++;
        ch.sentAtLastCheck = ch.pk.stats().packets;
        ch.idleSinceMs = now;
      }
    }
  }

  /** One round of the instrument loop: every definition of the channel (a Heartbeat if none). */
  private instrumentLoop(ch: Channel): void {
    if (ch.instruments.size === 0) ch.instrPk.addHeartbeatMessage(ch.pk.lastSeq);
    for (const sym of [...ch.instruments.keys()].sort((x, y) => x - y)) ch.instrPk.addInstrument(ch.instruments.get(sym)!);
    ch.instrPk.flush();
  }

  private async closeSockets(): Promise<void> {
    await Promise.all(this.channels.flatMap((ch) => [ch.a.close(), ch.b.close(), ch.instr.close()]));
  }
}
