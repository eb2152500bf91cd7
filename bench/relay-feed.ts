/**
 * The feed side of bench `relay`, in its own process (forked by bench/relay.ts): a pre-generated
 * feed replayed at the rate. Generating the flow live (MdSim -> MulticastFeed) costs about
 * a core at 215,000 inputs/s, and this process shares CPU 0 with the clients, so it reached only
 * 80k-130k inputs/s; here the generator runs between the measured windows and a cheap send loop
 * replays its packets during them.
 *
 *   {cmd:'gen', seconds}  run MdSim for seconds x RATE inputs through the feed's own Packetizer
 *                         (channel 1, feed A/B bytes), 1 ms of inputs per packet flush, on a
 *                         synthetic clock of RATE inputs/s; the packets are kept in memory
 *                         -> {type:'generated', inputs, packets, messages, bytes, ms}
 *   {cmd:'play'}          send those packets paced by their synthetic time, shifted to now: each
 *                         packet goes out when its 1 ms of inputs is due, on A and B, through the
 *                         retransmission window (a RetransmitServer serves gaps, as the publisher's);
 *                         send_time_ns is the real send time and the exchange times in the packet
 *                         (Trade, TradingStatus, AuctionInfo time_us) are shifted by what the packet
 *                         was shifted, so a client's staleness runs from the feed's send (the issue's
 *                         definition); how late the loop sent is reported apart (late_p99_ms)
 *                         -> {type:'played', inputs_per_s, msgs_per_s, late_p99_ms, seconds}
 *   {cmd:'stop'}
 * Between plays the channel sends a heartbeat (first_seq = next) every heartbeatMs; the instrument
 * loop runs throughout. No snapshot loop: clients join at seq 1 (ChannelReset books_empty) before
 * the first play, and a gap is filled from the retransmission window.
 *
 * argv: CONFIG_FILE RATE SYMBOLS. Sends {type:'ready', session} once its sockets are open.
 */
import { readFileSync } from 'node:fs';
import { feedConfig, type FeedConfigInput } from '../server/multicast/config.ts';
import { Packetizer, type InstrumentInfo } from '../server/multicast/packetizer.ts';
import { PacketWindow } from '../server/multicast/window.ts';
import { openSender } from '../server/multicast/sender.ts';
import { RetransmitServer } from '../server/multicast/retransmit.ts';
import { newSessionId, wallClockUs } from '../server/multicast/publisher.ts';
import { Stream, writeHeader } from '../server/protocol/packet.ts';
import { ProtoWriter, usToNs } from '../server/protocol/writer.ts';
import { Md, mdType, mdSymbol, mdCode } from '../server/mdp/records.ts';
import { MdSim } from '../server/apps/runtime/md-sim.ts';
import { Histogram } from '../server/kernel/histogram.ts';

const [file, rateArg, symbolsArg] = process.argv.slice(2);
const rate = Number(rateArg);
const cfg = feedConfig(JSON.parse(readFileSync(file!, 'utf8')) as FeedConfigInput);
const chCfg = cfg.channels[0]!;
const sopts = { interface: cfg.interface, ttl: cfg.ttl, loopback: cfg.loopback };
const [a, b, instr] = await Promise.all([openSender(chCfg.feedA, sopts), openSender(chCfg.feedB, sopts), openSender(chCfg.instruments, sopts)]);
const session = newSessionId(wallClockUs());
const window = new PacketWindow(cfg.retransmission.windowBytes, cfg.retransmission.windowMessages);
const rtx = await RetransmitServer.start({ config: cfg.retransmission, sessionId: session, window: (id) => (id === chCfg.id ? window : undefined) });

// ------------------------------------------------------------------ generation

/** Synthetic exchange clock (µs): RATE inputs per second from the first generation's wall time. */
let simUs = Math.floor(wallClockUs());
const sim = new MdSim({ seed: 5, symbols: Number(symbolsArg), resting: 200, clock: () => simUs, batch: 256 });
const instruments = new Map<number, InstrumentInfo>();
for (const s of sim.mdp.instrumentList()) instruments.set(s.symbol, { ...s, currency: cfg.currency });

// The captured packets: bytes in one growing buffer, and per packet its offset, length, first seq,
// message count and synthetic send time (µs).
let bytes = new Uint8Array(64 << 20);
let used = 0;
const off: number[] = [];
const len: number[] = [];
const firstSeq: number[] = [];
const count: number[] = [];
const dueUs: number[] = [];
const pk = new Packetizer({
  channelId: chCfg.id, sessionId: session, maxDatagram: cfg.maxDatagram, clock: () => simUs, currency: cfg.currency,
  sink: (p, first, n) => {
    if (used + p.length > bytes.length) {
      const next = new Uint8Array(bytes.length * 2);
      next.set(bytes.subarray(0, used));
      bytes = next;
    }
    bytes.set(p, used);
    off.push(used);
    len.push(p.length);
    firstSeq.push(first);
    count.push(n);
    dueUs.push(simUs);
    used += p.length;
  },
});
pk.addChannelReset(true, simUs);
sim.addSink((f64, i32, first, n) => {
  for (let i = first, end = first + n; i < end; i++) {
    if (mdType(i32, i) === Md.Status) {
      const info = instruments.get(mdSymbol(i32, i));
      if (info) info.status = mdCode(i32, i);
    }
    pk.addRecord(f64, i32, i);
  }
});

function generate(seconds: number): { inputs: number; packets: number; messages: number; bytes: number; ms: number } {
  const t0 = performance.now();
  used = 0;
  for (const xs of [off, len, firstSeq, count, dueUs]) xs.length = 0;
  const perMs = rate / 1000;
  const total = Math.round(seconds * rate);
  let done = 0;
  const startUs = simUs;
  for (let ms = 1; done < total; ms++) {
    // 1 ms of inputs, then the packet flush (the live publisher flushes at the end of each turn).
    const n = Math.min(total, Math.round(ms * perMs)) - done;
    if (n <= 0) continue;
    sim.run(n);
    done += n;
    simUs = startUs + Math.floor((done / rate) * 1e6);
    pk.flush();
  }
  let messages = 0;
  for (const c of count) messages += c;
  return { inputs: done, packets: off.length, messages, bytes: used, ms: Math.round(performance.now() - t0) };
}

// ------------------------------------------------------------------ replay

/** Adds `delta` µs to an 8-byte varint at p (an epoch time in µs: 2^49..2^56 is 8 bytes either way). */
function shiftVarint8(buf: Uint8Array, p: number, delta: number): boolean {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 8; i++) {
    const x = buf[p + i]!;
    v += (x & 0x7f) * mul;
    mul *= 128;
    if ((x & 0x80) === 0) {
      if (i !== 7) return false;
      break;
    }
  }
  if ((buf[p + 7]! & 0x80) !== 0) return false;
  v += delta;
  for (let i = 0; i < 8; i++) {
    const x = v % 128;
    v = Math.floor(v / 128);
    buf[p + i] = i < 7 ? x | 0x80 : x;
  }
  return v === 0;
}

/** readVarint's result: the value, and the position after it (globals: the replay allocates nothing per message). */
let vv = 0;
let vp = 0;
function readVarint(buf: Uint8Array, p: number): void {
  let v = 0;
  let mul = 1;
  for (;;) {
    const x = buf[p++]!;
    v += (x & 0x7f) * mul;
    if ((x & 0x80) === 0) break;
    mul *= 128;
  }
  vv = v;
  vp = p;
}

/** Field number of the exchange time in a Message body, by the body's field number (TradingStatus 2: 3, Trade 4: 6, AuctionInfo 21: 9). */
const TIME_FIELD = new Int8Array(64);
TIME_FIELD[2] = 3;
TIME_FIELD[4] = 6;
TIME_FIELD[21] = 9;
let unshifted = 0;

/** Shifts the exchange times of one packet by delta µs and stamps send_time_ns; in place. */
function restamp(buf: Uint8Array, start: number, end: number, delta: number, sendNs: Uint32Array): void {
  let p = start;
  while (p < end) {
    readVarint(buf, p);
    const key = vv;
    p = vp;
    const field = key >>> 3;
    const wt = key & 7;
    if (wt === 0) {
      readVarint(buf, p);
      p = vp;
    } else if (wt === 1) {
      if (field === 4) {
        const lo = sendNs[0]!;
        const hi = sendNs[1]!;
        buf[p] = lo & 0xff; buf[p + 1] = (lo >>> 8) & 0xff; buf[p + 2] = (lo >>> 16) & 0xff; buf[p + 3] = lo >>> 24;
        buf[p + 4] = hi & 0xff; buf[p + 5] = (hi >>> 8) & 0xff; buf[p + 6] = (hi >>> 16) & 0xff; buf[p + 7] = hi >>> 24;
      }
      p += 8;
    } else if (wt === 5) p += 4;
    else if (wt === 2) {
      readVarint(buf, p);
      const n = vv;
      const r = vp;
      if (field === 6) {
        // A Message: one body, length-delimited.
        readVarint(buf, r);
        const bkey = vv;
        const tf = (bkey >>> 3) < 64 ? TIME_FIELD[bkey >>> 3]! : 0;
        if (tf !== 0 && (bkey & 7) === 2) {
          readVarint(buf, vp);
          const bend = vp + vv;
          let s = vp;
          while (s < bend) {
            readVarint(buf, s);
            const fk = vv;
            s = vp;
            const t = fk & 7;
            if (t === 0) {
              if (fk >>> 3 === tf && !shiftVarint8(buf, s, delta)) unshifted++;
              readVarint(buf, s);
              s = vp;
            } else if (t === 2) {
              readVarint(buf, s);
              s = vp + vv;
            } else s += t === 1 ? 8 : 4;
          }
        }
      }
      p = r + n;
    } else throw new Error(`wire type ${wt} in a packet`);
  }
}

const ns = new Uint32Array(2);
let playing = false;
/** The next sequence number the replay sends (what a heartbeat between plays announces). */
let replayNext = 1;

async function play(): Promise<{ inputs_per_s: number; msgs_per_s: number; late_p99_ms: number; late_max_ms: number; seconds: number; unshifted: number; cpu_pct: number }> {
  playing = true;
  const cpu0 = process.cpuUsage();
  const n = off.length;
  const late = new Histogram();
  const startWall = wallClockUs();
  const delta = Math.round(startWall - dueUs[0]!) + 1000;
  let k = 0;
  let messages = 0;
  while (k < n) {
    const now = wallClockUs();
    while (k < n && dueUs[k]! + delta <= now) {
      const at = wallClockUs();
      usToNs(at, ns);
      // Exchange times move with the real send: a stamp is at most 1 ms (its packet's batch of
      // inputs) before the datagram leaves, however late this loop runs (lateness apart).
      restamp(bytes, off[k]!, off[k]! + len[k]!, Math.round(at - dueUs[k]!), ns);
      const kept = window.append(bytes.subarray(off[k]!, off[k]! + len[k]!), firstSeq[k]!, count[k]!);
      a.send(kept);
      b.send(kept);
      late.record(at - (dueUs[k]! + delta)); // µs
      messages += count[k]!;
      replayNext = firstSeq[k]! + count[k]!;
      k++;
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  playing = false;
  const seconds = (wallClockUs() - startWall) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  const cpu_pct = Math.round(((cpu.user + cpu.system) / 1e4) / seconds);
  const inputs = ((dueUs[n - 1]! - dueUs[0]!) / 1e6) * rate;
  return { inputs_per_s: Math.round(inputs / seconds), msgs_per_s: Math.round(messages / seconds), late_p99_ms: Math.round(late.percentile(99) / 100) / 10, late_max_ms: Math.round(late.max / 100) / 10, seconds, unshifted, cpu_pct };
}

// Heartbeats between plays (first_seq = the next sequence number, no messages), and the instrument loop.
const hb = new ProtoWriter(64);
setInterval(() => {
  if (playing) return;
  hb.pos = 0;
  usToNs(wallClockUs(), ns);
  writeHeader(hb, chCfg.id, session, replayNext, ns, 0, 0);
  const copy = hb.buf.slice(0, hb.pos);
  a.send(copy);
  b.send(copy);
}, cfg.heartbeatMs).unref();
const instrPk = new Packetizer({ channelId: chCfg.id, sessionId: session, maxDatagram: cfg.maxDatagram, clock: wallClockUs, stream: Stream.Instruments, sink: (p) => instr.send(p.slice()) });
instrPk.addChannelReset(true, wallClockUs());
const instrumentLoop = () => {
  for (const sym of [...instruments.keys()].sort((x, y) => x - y)) instrPk.addInstrument(instruments.get(sym)!);
  instrPk.flush();
};
instrumentLoop();
const loop = setInterval(instrumentLoop, cfg.instrumentLoopMs);

process.on('message', async (m: { cmd: string; seconds?: number }) => {
  if (m.cmd === 'gen') process.send!({ type: 'generated', ...generate(m.seconds!) });
  else if (m.cmd === 'play') process.send!({ type: 'played', ...(await play()) });
  else if (m.cmd === 'stop') {
    clearInterval(loop);
    await rtx.close();
    await Promise.all([a.close(), b.close(), instr.close()]);
    process.exit(0);
  }
});
process.send!({ type: 'ready', session });
