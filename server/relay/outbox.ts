/**
 * The relay's write side, per client: which clients are lagging (above the high-water mark until
 * back under the low one), and one frame per client per flush of what it gets (its own messages,
 * conflated catch-ups, then the shared updates), framed once per distinct frame and written as-is.
 */
import type { RelayOptions } from './options.ts';
import type { OutMsg } from './messages.ts';
import type { Ctx } from './channels.ts';
import type { Conn } from './conn.ts';
import { encodeFrames, sendViaWs } from './encode.ts';
import type { OutboxStats } from './stats.ts';

/** The frames of one flush: by first message id x 2 + (protobuf ? 1 : 0), each with the messages it holds. */
export type FrameCache = Map<number, { msgs: OutMsg[]; buf: Buffer }[]>;

/** a equals the first n messages of b. */
function sameMsgs(a: OutMsg[], b: OutMsg[], n: number): boolean {
  if (a.length !== n) return false;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class Outbox {
  /** Clients above the high-water mark, until they drain below the low one. */
  readonly lagging = new Set<Conn>();
  private readonly ctx: Ctx;
  private readonly o: RelayOptions;
  private readonly s: OutboxStats;
  private readonly onSlow: (c: Conn) => void;

  constructor(ctx: Ctx, options: RelayOptions, stats: OutboxStats, onSlow: (c: Conn) => void) {
    this.ctx = ctx;
    this.o = options;
    this.s = stats;
    this.onSlow = onSlow;
  }

  /** Set by the relay at each flush: when the oldest record folded into this flush's messages reached it (0: none). */
  sinceUs = 0;

  touch(c: Conn, touched: Conn[], t: number): void {
    if (c.touched) return;
    c.touched = true;
    c.sinceUs = this.sinceUs;
    touched.push(c);
    const buffered = c.buffered;
    if (c.lagging ? buffered > this.o.lowWaterBytes : buffered > this.o.highWaterBytes) {
      if (!c.lagging) {
        c.lagging = true;
        c.lagSince = t;
        this.lagging.add(c);
      }
    } else if (c.lagging) {
      c.lagging = false;
      this.lagging.delete(c);
    }
  }

  send(c: Conn, cache: FrameCache, t: number): void {
    c.touched = false;
    if (c.closing) return;
    if (c.lagging) {
      c.nShared = 0;
      if (t - c.lagSince > this.o.slowConsumerMs) this.onSlow(c);
      return;
    }
    let own = c.own;
    if (c.conflated.size > 0) {
      for (const sub of c.conflated) {
        const before = sub.gapSeq;
        const m = sub.drain(this.ctx, this.o.tradeSnapshot);
        if (before > 0 && m && !m.snapshot) this.s.tradeGaps++;
        if (m) {
          own.push(m);
          this.s.catchUps++;
          if (m.snapshot) this.s.snapshots++;
        }
      }
      c.conflated.clear();
    }
    const shared = c.shared;
    const n = c.nShared;
    if (own.length === 0 && n === 0) return;
    c.nShared = 0;
    if (own.length === 0) {
      // Shared-only frames are the same for every client with the same subscriptions: one per
      // distinct list of messages, found by its first message and encoding, then compared
      // message by message (no key built per client).
      const key = shared[0]!.id * 2 + (c.proto ? 1 : 0);
      let bucket = cache.get(key);
      if (bucket === undefined) cache.set(key, (bucket = []));
      let buf: Buffer | undefined;
      for (const e of bucket) {
        if (sameMsgs(e.msgs, shared, n)) {
          buf = e.buf;
          break;
        }
      }
      if (buf === undefined) {
        // A copy: the client's array is refilled next round, the cache compares against this one.
        const msgs = shared.slice(0, n);
        bucket.push({ msgs, buf: (buf = encodeFrames(c.proto, msgs)) });
      }
      return this.write(c, buf, shared, n);
    }
    c.own = [];
    own = own.concat(shared.slice(0, n));
    this.write(c, encodeFrames(c.proto, own), own, own.length);
  }

  /** Writes buf, which holds the first n of msgs. */
  private write(c: Conn, buf: Buffer, msgs: OutMsg[], n: number): void {
    if (c.ws.readyState !== 1) return;
    const s = this.s;
    s.frames++;
    s.bytes += buf.length;
    s.messages += n;
    for (let i = 0; i < n; i++) s.updates += msgs[i]!.updates;
    if (this.o.preframed) c.socket.write(buf);
    else sendViaWs(c.ws, buf);
  }
}
