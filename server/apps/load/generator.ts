/**
 * The order-entry load generator (`bourse load`): N real TCP sessions of the broker library in
 * this process, offering `rate` orders/s in total, spread round-robin over the sessions, for
 * `seconds`. It measures at the client's socket:
 *   - order -> ack (ACCEPTED or REJECTED report of that client order id) latency,
 *   - order -> first fill report of an aggressive (IOC) order,
 *   - the spread of ack latency between sessions sending at the same time: per 100 ms window,
 *     the difference between the slowest and the fastest session's mean ack latency; p99 over
 *     the windows (colocation fairness: every session takes the same path),
 *   - lost reports: orders never answered, and gaps in a session's report sequence numbers.
 * Each session keeps at most `window` orders unanswered: a due order beyond it is not sent
 * (not_sent), so the offered schedule is kept, the sustained rate is what comes back, and a
 * lost report is an order that was sent and never answered.
 * The mix keeps the books bounded: even orders rest (GTC buys 1-5 ticks under the reference),
 * odd orders are IOC sells 10 ticks under it, which trade with the best bid at once.
 * Latency is from the moment the order's bytes were handed to the socket (a batch per tick).
 * Encoding is per session, not per order object (NewOrderFrames): each session's NewOrder frames
 * are pre-encoded once per instrument and price level (symbol, side, type, TIF, price, qty,
 * account) and an order is its client order id's varint followed by a copy of that template, into
 * one reused buffer written once per session per tick.
 */
import { BourseError } from '../../kernel/errors.ts';
import { Histogram } from '../../kernel/histogram.ts';
import { OrderClient, FrameWriter, peekOutbound, Peek, Body, type BrokerKey, type InstrumentInfo } from '../../order-client/index.ts';

export interface LoadOptions {
  host: string;
  port: number;
  keys: readonly BrokerKey[];
  sessions: number;
  rate: number;
  seconds: number;
  /** Instruments traded (default: the first 8 the gateway lists). */
  symbols?: number;
  /** Seconds to wait without progress for the last answers after sending stops (default 10). */
  drainSeconds?: number;
  /**
   * Unanswered orders a session may have in flight (default 256). A due order beyond it is not
   * sent (counted in not_sent): the offered rate stays the schedule, the sustained rate is what
   * the exchange answers, and every order sent can be waited for, so a lost one is really lost.
   */
  window?: number;
  /**
   * Milliseconds between send ticks (default 1): each tick writes each session's due orders in
   * one write. Longer ticks mean fewer, larger writes (and reads at the gateway): this process's
   * syscalls per order fall, at the price of burstier arrivals (latency is measured from the write).
   */
  tickMs?: number;
  /**
   * Seconds at the start whose orders are left out of the `*_steady` ack figures (default 0): the
   * start-up of a fresh exchange and of this process (JIT, logins) apart from the steady state.
   * The whole-run figures keep every order.
   */
  warmupSeconds?: number;
  /**
   * Before its schedule's clock starts (after the logins), warm this process (default true): its
   * per-session arrays committed (first-write page faults) and its encode and decode paths run on
   * scratch buffers, nothing sent, so the first second's orders do not wait for this process's
   * own cold code (docs/benchmarks.md, "The cold start"). false: the A/B.
   */
  warm?: boolean;
}

export interface LoadResult {
  sessions: number;
  offered_per_s: number;
  sent: number;
  sent_per_s: number;
  /** Due orders not sent because their session had `window` orders unanswered (back-pressure). */
  not_sent: number;
  answered: number;
  orders_per_s: number;
  accepted: number;
  rejected: number;
  gateway_rejected: number;
  fills: number;
  ack_p50_us: number;
  ack_p99_us: number;
  ack_p999_us: number;
  /** Ack latency of the orders sent after `warmupSeconds` (all of them when 0). */
  ack_p50_us_steady: number;
  ack_p99_us_steady: number;
  ack_p999_us_steady: number;
  warmup_seconds: number;
  fill_p99_us: number;
  session_spread_p99_us: number;
  lost_reports: number;
  seq_gaps: number;
  /** CPU time of this process (all its threads) from the first order to the last answer waited for, µs. */
  cpu_us: number;
  /** Of which in the kernel (socket reads and writes), µs. */
  cpu_sys_us: number;
  /** Ticks whose write a socket kept queued (so the send buffer was not reused after it). */
  buffers_kept: number;
}

const SLOTS = 1 << 16;

/** The order mix, by the order's index `k` in its session: what `NewOrderFrames` encodes. */
export function loadOrder(insts: readonly InstrumentInfo[], sessionIndex: number, k: number, account: number, clientOrderId: number) {
  const inst = insts[(k + sessionIndex) % insts.length]!;
  const aggressive = (k & 1) === 1;
  return {
    kind: 'newOrder' as const, clientOrderId, symbol: inst.symbol, side: aggressive ? 2 : 1, ordType: 1, tif: aggressive ? 2 : 1,
    price: aggressive ? inst.refPrice - 10 * inst.tick : inst.refPrice - (1 + (k >> 1) % 5) * inst.tick, qty: inst.lot, account,
  };
}

/**
 * One session's NewOrder frames, pre-encoded: per instrument, six bodies (the IOC sell and the
 * five resting buy levels of `loadOrder`) without their client order id, encoded once by the
 * library's FrameWriter. `write` lays down order k's frame at `pos` in `out`: the 4-byte frame
 * length, Inbound field 2's tag and length, field 1 (client order id, varint), then the template
 * (fields 2-8): the same bytes FrameWriter.inbound(loadOrder(...)) writes, with no order object,
 * no string and no nested copy per order. Returns the position after the frame.
 */
export class NewOrderFrames {
  /** Longest frame `write` can lay down (the buffer a tick needs is count x this). */
  readonly maxFrame: number;
  private readonly templates: Uint8Array[] = [];
  private readonly n: number;
  private readonly sessionIndex: number;

  constructor(insts: readonly InstrumentInfo[], sessionIndex: number, account: number) {
    this.n = insts.length;
    this.sessionIndex = sessionIndex;
    const fw = new FrameWriter();
    let longest = 0;
    for (let i = 0; i < insts.length; i++) {
      for (let v = 0; v < 6; v++) {
        // v 0: the IOC sell (odd k); v 1-5: the GTC buy (1 + (k >> 1) % 5) ticks under the reference.
        fw.reset();
        fw.inbound(this.order(insts, i, v, account));
        const f = fw.take();
        // f: 4-byte length, 0x12, body length (one byte: a NewOrder is < 128 bytes), the body without field 1 (id 0 is not written).
        if (f[5]! >= 0x80) throw new BourseError('CLI_BAD_VALUE', `instrument ${insts[i]!.symbol}: a NewOrder longer than 127 bytes`);
        const t = f.slice(6);
        this.templates.push(t);
        longest = Math.max(longest, t.length);
      }
    }
    this.maxFrame = 4 + 2 + 1 + 5 + longest;
  }

  private order(insts: readonly InstrumentInfo[], i: number, v: number, account: number) {
    const inst = insts[i]!;
    return v === 0
      ? { kind: 'newOrder' as const, clientOrderId: 0, symbol: inst.symbol, side: 2, ordType: 1, tif: 2, price: inst.refPrice - 10 * inst.tick, qty: inst.lot, account }
      : { kind: 'newOrder' as const, clientOrderId: 0, symbol: inst.symbol, side: 1, ordType: 1, tif: 1, price: inst.refPrice - v * inst.tick, qty: inst.lot, account };
  }

  /** Order k's frame (client order id `cid`, 1..2^32-1) at out[pos..]; the position after it. */
  write(out: Uint8Array, pos: number, k: number, cid: number): number {
    const i = (k + this.sessionIndex) % this.n;
    const v = (k & 1) === 1 ? 0 : 1 + (k >> 1) % 5;
    const t = this.templates[i * 6 + v]!;
    const cidLen = cid < 0x80 ? 1 : cid < 0x4000 ? 2 : cid < 0x200000 ? 3 : cid < 0x10000000 ? 4 : 5;
    const body = 1 + cidLen + t.length;
    const frame = 2 + body;
    out[pos] = frame & 0xff;
    out[pos + 1] = 0;
    out[pos + 2] = 0;
    out[pos + 3] = 0;
    out[pos + 4] = 0x12;
    out[pos + 5] = body;
    out[pos + 6] = 0x08;
    let p = pos + 7;
    let c = cid;
    while (c >= 0x80) {
      out[p++] = (c & 0x7f) | 0x80;
      c = Math.floor(c / 128);
    }
    out[p++] = c;
    out.set(t, p);
    return p + t.length;
  }
}
const WINDOW_MS = 100;

/**
 * The load process's own warm-up, before t0 (LoadOptions.warm): every session's arrays written once
 * (their pages committed), each session's frames encoded into `out` (never sent), report frames
 * peeked and latencies recorded into scratch histograms, enough calls for V8 to optimise them.
 */
function warmUp(sessions: readonly LoadSession[], frames: readonly NewOrderFrames[], out: Buffer, insts: readonly InstrumentInfo[]): void {
  for (const s of sessions) {
    s.sendTime.fill(0);
    s.ioc.fill(0);
    s.filled.fill(0);
    s.winSum.fill(0);
    s.winCount.fill(0);
  }
  out.fill(0);
  for (let round = 0; round < 8; round++) {
    for (const f of frames) {
      let pos = 0;
      for (let k = 0; k < 256 && pos + f.maxFrame <= out.length; k++) pos = f.write(out, pos, k, 1 + round * 100_000 + k * 37);
    }
  }
  const fw = new FrameWriter();
  const peek = new Float64Array(8);
  const h = new Histogram();
  const inst = insts[0]!;
  for (let i = 0; i < 20_000; i++) {
    fw.reset();
    fw.outbound({
      kind: 'executionReport', seq: 1 + i, execType: 1 + (i % 4), orderId: 1 + i, clientOrderId: 1 + i, account: 1, symbol: inst.symbol, side: 1 + (i & 1), price: inst.refPrice,
      qty: inst.lot, leavesQty: inst.lot, cumQty: 0, tradeId: i, lastPrice: inst.refPrice, lastQty: inst.lot, code: 0, cancelReason: 0, aggressor: (i & 1) === 1, exchangeSeq: 1 + i, timeUs: 0,
    });
    peekOutbound(fw.w.buf, 4, fw.w.pos, peek, true);
    h.record(peek[Peek.seq]! * 1000);
  }
}

class LoadSession {
  readonly client: OrderClient;
  readonly index: number;
  readonly account: number;
  readonly sendTime = new Float64Array(SLOTS);
  readonly ioc = new Uint8Array(SLOTS);
  readonly filled = new Uint8Array(SLOTS);
  nextCid = 1;
  expectSeq: number;
  sent = 0;
  answered = 0;
  winSum: Float64Array;
  winCount: Float64Array;

  constructor(client: OrderClient, index: number, account: number, windows: number) {
    this.client = client;
    this.index = index;
    this.account = account;
    this.expectSeq = client.lastSeq + 1;
    this.winSum = new Float64Array(windows);
    this.winCount = new Float64Array(windows);
  }
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  if (o.keys.length < o.sessions) throw new BourseError('CLI_BAD_VALUE', `--sessions ${o.sessions} needs as many keys; the key file holds ${o.keys.length}`);
  const clients = await Promise.all(o.keys.slice(0, o.sessions).map((k) => OrderClient.connect({ host: o.host, port: o.port, keyId: k.id, privateKey: k.privateKey, noResend: true })));
  const insts: InstrumentInfo[] = [...clients[0]!.instruments.values()].slice(0, o.symbols ?? 8);
  if (insts.length === 0) throw new BourseError('CLI_BAD_VALUE', 'the gateway lists no instruments');
  const windows = Math.ceil(((o.seconds + 60) * 1000) / WINDOW_MS) + 10;
  const sessions = clients.map((c, i) => new LoadSession(c, i, o.keys[i]!.firm, windows));
  const ack = new Histogram();
  const ackSteady = new Histogram();
  const warmMs = (o.warmupSeconds ?? 0) * 1000;
  const fill = new Histogram();
  const totals = { accepted: 0, rejected: 0, gatewayRejected: 0, fills: 0, gaps: 0 };
  const peek = new Float64Array(8);
  let t0 = 0;
  let lastAnswer = 0;

  // The clock is read once per socket read, not per report frame: microtasks run after each
  // 'data' callback, and that is when the cached reading expires.
  let nowMs = 0;
  let nowValid = false;
  const expire = () => {
    nowValid = false;
  };
  const clock = () => {
    if (!nowValid) {
      nowMs = performance.now();
      nowValid = true;
      queueMicrotask(expire);
    }
    return nowMs;
  };
  for (const s of sessions) {
    s.client.onFrames((buf, start, end) => {
      const now = clock();
      peekOutbound(buf, start, end, peek, true);
      const seq = peek[Peek.seq]!;
      if (seq !== 0) {
        if (seq !== s.expectSeq) totals.gaps++;
        s.expectSeq = seq + 1;
      }
      const body = peek[Peek.body]!;
      const cid = peek[Peek.clientOrderId]!;
      const slot = cid & (SLOTS - 1);
      if (body === Body.executionReport) {
        const et = peek[Peek.execType]!;
        if (et === 1 || et === 2) {
          const us = (now - s.sendTime[slot]!) * 1000;
          ack.record(us * 1000);
          if (s.sendTime[slot]! - t0 >= warmMs) ackSteady.record(us * 1000);
          s.answered++;
          lastAnswer = now;
          if (et === 1) totals.accepted++;
          else totals.rejected++;
          const w = Math.floor((now - t0) / WINDOW_MS);
          if (w >= 0 && w < windows) {
            s.winSum[w] = s.winSum[w]! + us;
            s.winCount[w] = s.winCount[w]! + 1;
          }
        } else if ((et === 3 || et === 4) && peek[Peek.aggressor] === 1 && s.ioc[slot] === 1 && s.filled[slot] === 0) {
          s.filled[slot] = 1;
          totals.fills++;
          fill.record((now - s.sendTime[slot]!) * 1e6);
        }
      } else if (body === Body.sessionReject && cid !== 0) {
        s.answered++;
        lastAnswer = now;
        totals.gatewayRejected++;
      }
    });
  }

  const n = sessions.length;
  const total = Math.floor(o.rate * o.seconds);
  const window = o.window ?? 256;
  const tickMs = o.tickMs ?? 1;
  const frames = sessions.map((s) => new NewOrderFrames(insts, s.index, s.account));
  // One buffer for every session's write in a tick, reused while the socket lets go of it (its
  // bytes went to the kernel during write()); a socket that keeps it queued keeps it, and a new one is made.
  const maxFrame = Math.max(...frames.map((f) => f.maxFrame));
  let out = Buffer.allocUnsafeSlow(window * maxFrame);
  if (o.warm ?? true) warmUp(sessions, frames, out, insts);
  let buffersKept = 0;
  let sent = 0;
  let due0 = 0;
  let notSent = 0;
  t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - t0) / 1000) * o.rate)) - due0;
      if (due > 0) {
        // Round-robin over the schedule: order k goes to session k mod n; one write per session per tick.
        const per = Math.floor(due / n);
        const extra = due - per * n;
        const at = performance.now();
        for (let j = 0; j < n; j++) {
          const si = (due0 + j) % n;
          const s = sessions[si]!;
          const f = frames[si]!;
          const want = per + (j < extra ? 1 : 0);
          const room = Math.max(0, window - (s.sent - s.answered));
          const count = Math.min(want, room);
          notSent += want - count;
          if (count <= 0) continue;
          let pos = 0;
          for (let q = 0; q < count; q++) {
            const k = s.sent++;
            const cid = s.nextCid++;
            if (s.nextCid > 0xffffffff) s.nextCid = 1;
            const slot = cid & (SLOTS - 1);
            pos = f.write(out, pos, k, cid);
            s.sendTime[slot] = at;
            s.ioc[slot] = k & 1;
            s.filled[slot] = 0;
          }
          s.client.sendRaw(out.subarray(0, pos));
          if (s.client.writableLength > 0) {
            buffersKept++;
            out = Buffer.allocUnsafeSlow(out.length);
          }
          sent += count;
        }
        due0 += due;
      }
      if (due0 >= total) resolve();
      else setTimeout(tick, tickMs);
    };
    tick();
  });
  const sendSeconds = (performance.now() - t0) / 1000;
  const answered = () => sessions.reduce((a, s) => a + s.answered, 0);
  // Wait for the last answers while they keep coming (give up after drainSeconds without progress).
  let last = answered();
  let lastProgress = performance.now();
  while (answered() < sent && performance.now() - lastProgress < (o.drainSeconds ?? 10) * 1000) {
    await new Promise((r) => setTimeout(r, 20));
    if (answered() !== last) {
      last = answered();
      lastProgress = performance.now();
    }
  }
  const cpu = process.cpuUsage(cpu0);
  for (const s of sessions) s.client.close();

  // Fairness: per window, slowest minus fastest session mean.
  const spread = new Histogram();
  for (let w = 0; w < windows; w++) {
    let lo = Infinity;
    let hi = -Infinity;
    let k = 0;
    for (const s of sessions) {
      if (s.winCount[w]! === 0) continue;
      const m = s.winSum[w]! / s.winCount[w]!;
      lo = Math.min(lo, m);
      hi = Math.max(hi, m);
      k++;
    }
    if (k >= 2) spread.record((hi - lo) * 1000);
  }
  const us = (h: Histogram, p: number) => Math.round(h.percentile(p) / 100) / 10;
  const done = answered();
  return {
    sessions: n,
    offered_per_s: o.rate,
    sent,
    sent_per_s: Math.round(sent / sendSeconds),
    not_sent: notSent,
    answered: done,
    orders_per_s: Math.round(done / Math.max(sendSeconds, (lastAnswer - t0) / 1000)),
    accepted: totals.accepted,
    rejected: totals.rejected,
    gateway_rejected: totals.gatewayRejected,
    fills: totals.fills,
    ack_p50_us: us(ack, 50),
    ack_p99_us: us(ack, 99),
    ack_p999_us: us(ack, 99.9),
    ack_p50_us_steady: us(ackSteady, 50),
    ack_p99_us_steady: us(ackSteady, 99),
    ack_p999_us_steady: us(ackSteady, 99.9),
    warmup_seconds: o.warmupSeconds ?? 0,
    fill_p99_us: us(fill, 99),
    session_spread_p99_us: us(spread, 99),
    lost_reports: sent - done + totals.gaps,
    seq_gaps: totals.gaps,
    cpu_us: cpu.user + cpu.system,
    cpu_sys_us: cpu.system,
    buffers_kept: buffersKept,
  };
}
