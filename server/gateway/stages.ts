/**
 * Per-stage timing of a sample of NewOrders (issue 13: where the ack p99 lives). Opt-in (gateway
 * option `stageSample`, 0 = off); always compiled in. Two writers, one reader, all through shared
 * memory, fixed-size typed arrays, nothing allocated per order, nothing grows (both logs are rings
 * that overwrite their oldest records):
 *
 *   gateway thread (StageSampler), 1 NewOrder in `stageSample`:
 *     rx ──▶ handoff ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─▶ read ──▶ derived ──▶ written
 *     frame     its command in             (the ACCEPTED/REJECTED         the events  its report  to the
 *     received  the commands ring           event's stamp, input seq)     read back   made        socket
 *   core thread (CommitTimeline), every group commit:
 *                    cycle ──▶ stamp ──▶ commitStart ──▶ commitEnd ──▶ gwWritten
 *                    loop turn  (the      write +         fdatasync     events in the
 *                    woke       sequencer) fdatasync       returned      gateway's ring
 *
 * The reader (the bench, on the main thread) joins each sample to the commit that covered its
 * input seq (stageReport): eight stages whose sum is receipt -> ack at the gateway's socket.
 * Times are wall-clock µs (performance.timeOrigin + performance.now(), the clock the sequencer
 * stamps with), read only in the gateway thread and the core-worker runtime, never in the engine.
 *
 * Layouts (Float64 slots; slot 0 of each block is the number of records ever written):
 *   samples block: [count] then capacity x SAMPLE_FIELDS: seq, rx, handoff, stamp, read, written, session, clOrdId, derived
 *   commits block: [count] then capacity x COMMIT_FIELDS: lastSeq, cycle, commitStart, commitEnd, gwWritten
 *   marks block:   [count] then capacity x MARK_FIELDS:   time, kind (Mark), duration µs
 */

export const SAMPLE_FIELDS = 9;
const S = { seq: 0, rx: 1, handoff: 2, stamp: 3, read: 4, written: 5, session: 6, id: 7, derived: 8 } as const;
export const COMMIT_FIELDS = 5;
const C = { lastSeq: 0, cycle: 1, start: 2, end: 3, gw: 4 } as const;
export const MARK_FIELDS = 3;
/** Moments that may explain a slow second: snapshots on the core and gateway threads. */
export const Mark = { engineSnapshot: 1, gatewaySnapshotTaken: 2, gatewaySnapshotWritten: 3 } as const;

/** Wall clock in µs, as the core's sequencer reads it. */
export const wallUs = (): number => (performance.timeOrigin + performance.now()) * 1000;

export interface StageBlocks {
  samples: SharedArrayBuffer;
  commits: SharedArrayBuffer;
  /** Marks of the gateway thread, and of the core thread. */
  gwMarks: SharedArrayBuffer;
  coreMarks: SharedArrayBuffer;
}

/** Blocks for `sampleCapacity` samples and `commitCapacity` commits (each rounded up to a power of two). */
export function stageBlocks(sampleCapacity = 1 << 17, commitCapacity = 1 << 16): StageBlocks {
  const block = (n: number, fields: number) => new SharedArrayBuffer((1 + pow2(n) * fields) * 8);
  return { samples: block(sampleCapacity, SAMPLE_FIELDS), commits: block(commitCapacity, COMMIT_FIELDS), gwMarks: block(1024, MARK_FIELDS), coreMarks: block(1024, MARK_FIELDS) };
}

function pow2(n: number): number {
  let c = 1;
  while (c < n) c *= 2;
  return c;
}

/** A ring of fixed-size records in one Float64Array: slot 0 counts the records ever written. */
class RecordRing {
  readonly f: Float64Array;
  readonly fields: number;
  readonly mask: number;
  constructor(sab: SharedArrayBuffer, fields: number) {
    this.f = new Float64Array(sab);
    this.fields = fields;
    this.mask = (this.f.length - 1) / fields - 1;
  }
  /** Offset of the next record (its slots set to NaN); publish() counts it. */
  claim(): number {
    const n = this.f[0]!;
    const at = 1 + (n & this.mask) * this.fields;
    this.f.fill(NaN, at, at + this.fields);
    return at;
  }
  publish(): void {
    this.f[0]!++;
  }
  /** Offsets of the records still held, oldest first. */
  held(): number[] {
    const n = this.f[0]!;
    const out: number[] = [];
    for (let k = Math.max(0, n - this.mask - 1); k < n; k++) out.push(1 + (k & this.mask) * this.fields);
    return out;
  }
}

function mark(r: RecordRing, kind: number, timeUs: number, durationUs: number): void {
  const at = r.claim();
  r.f[at] = timeUs;
  r.f[at + 1] = kind;
  r.f[at + 2] = durationUs;
  r.publish();
}

/**
 * The gateway's side. Answers come back in the order the commands went to the core (every
 * NewOrder yields exactly one ACCEPTED or REJECTED, in ring order), so the sampled orders in flight
 * are one FIFO with three heads: written <= answered <= handed off <= tail.
 */
export class StageSampler {
  private readonly log: RecordRing;
  private readonly marks: RecordRing;
  private readonly every: number;
  private seen = 0;
  // The in-flight FIFO: record offsets, and each one's command index until it is handed off.
  private readonly at: Int32Array;
  private readonly cmd: Int32Array;
  private readonly fifoMask: number;
  private tail = 0;
  private hand = 0;
  private ans = 0;
  private wrote = 0;
  /** Wall µs of the current read of the events ring (set before each read). */
  readUs = 0;
  /** Samples dropped: no answer matched them in order (counted, never reported). */
  dropped = 0;

  /** `every`: a power of two (1 NewOrder in `every` is timed). */
  constructor(b: StageBlocks, every: number) {
    this.log = new RecordRing(b.samples, SAMPLE_FIELDS);
    this.marks = new RecordRing(b.gwMarks, MARK_FIELDS);
    this.every = every - 1;
    this.at = new Int32Array(4096);
    this.cmd = new Int32Array(4096);
    this.fifoMask = 4095;
  }

  /** A NewOrder passed the gateway's checks: its command is `cmdIndex` in the unsent batch. */
  received(session: number, clientOrderId: number, rxMs: number, cmdIndex: number): void {
    if ((this.seen++ & this.every) !== 0 || this.tail - this.wrote > this.fifoMask) return;
    const r = this.log;
    const at = r.claim();
    r.f[at + S.rx] = (performance.timeOrigin + rxMs) * 1000;
    r.f[at + S.session] = session;
    r.f[at + S.id] = clientOrderId;
    r.publish();
    const i = this.tail++ & this.fifoMask;
    this.at[i] = at;
    this.cmd[i] = cmdIndex;
  }

  /** The first `n` commands of the unsent batch went into the commands ring; the rest move up by n. */
  handedOff(n: number): void {
    if (this.hand === this.tail) return;
    const now = wallUs();
    const f = this.log.f;
    for (; this.hand < this.tail; this.hand++) {
      const i = this.hand & this.fifoMask;
      if (this.cmd[i]! >= n) break;
      f[this.at[i]! + S.handoff] = now;
    }
    for (let k = this.hand; k < this.tail; k++) this.cmd[k & this.fifoMask]! -= n;
  }

  /** The answer to a NewOrder of `session` was derived from its event (input `seq`, stamped `stampUs`). */
  answered(session: number, clientOrderId: number, seq: number, stampUs: number): void {
    const f = this.log.f;
    while (this.ans < this.hand) {
      const at = this.at[this.ans & this.fifoMask]!;
      if (f[at + S.session] === session && f[at + S.id] === clientOrderId) {
        f[at + S.seq] = seq;
        f[at + S.stamp] = stampUs;
        f[at + S.read] = this.readUs;
        f[at + S.derived] = wallUs();
        this.ans++;
        return;
      }
      // The head's answer should have come long before an order stamped 10 s after its receipt.
      if (stampUs - f[at + S.rx]! < 10e6) return;
      this.ans++;
      this.dropped++;
    }
  }

  /** The answers so far were written to their sockets. */
  written(): void {
    if (this.wrote === this.ans) return;
    const now = wallUs();
    const f = this.log.f;
    for (; this.wrote < this.ans; this.wrote++) {
      const at = this.at[this.wrote & this.fifoMask]!;
      if (f[at + S.seq] === f[at + S.seq]) f[at + S.written] = now; // not for a dropped one (no seq)
    }
  }

  mark(kind: number, timeUs: number, durationUs: number): void {
    mark(this.marks, kind, timeUs, durationUs);
  }
}

/** The core's side: one record per group commit, and its snapshot marks. */
export class CommitTimeline {
  private readonly log: RecordRing;
  private readonly marks: RecordRing;
  /** Wall µs when the current loop turn began, and when the current commit began. */
  cycleUs = NaN;
  startUs = NaN;

  constructor(b: StageBlocks) {
    this.log = new RecordRing(b.commits, COMMIT_FIELDS);
    this.marks = new RecordRing(b.coreMarks, MARK_FIELDS);
  }

  committed(lastSeq: number, endUs: number, gwWrittenUs: number): void {
    const r = this.log;
    const at = r.claim();
    const f = r.f;
    f[at + C.lastSeq] = lastSeq;
    f[at + C.cycle] = this.cycleUs;
    f[at + C.start] = this.startUs;
    f[at + C.end] = endUs;
    f[at + C.gw] = gwWrittenUs;
    r.publish();
  }

  mark(kind: number, timeUs: number, durationUs: number): void {
    mark(this.marks, kind, timeUs, durationUs);
  }
}

// ---------------------------------------------------------------------------------------------
// The reader (cold): join, quantiles, the per-second series.

/** The stages, in order; their sum is receipt -> ack at the gateway's socket. */
export const STAGES = [
  ['gw_parse', 'socket receipt -> command handed to the commands ring (parse, rest of the loop turn)'],
  ['core_wake', 'handed off -> the core\'s loop turn that takes it began (core asleep or busy with the previous turn)'],
  ['core_drain', 'that turn began -> the sequencer stamped it (the commands before it in the turn)'],
  ['core_apply', 'stamped -> its group commit began (the commands after it)'],
  ['commit', 'group commit: journal write + fdatasync'],
  ['core_rings', 'commit done -> its events in the gateway\'s ring (MDP ring first; back-pressure)'],
  ['gw_wake', 'events in the ring -> the gateway\'s read of them began'],
  ['gw_derive', 'that read began -> its report derived (the events before it in the read)'],
  ['gw_write', 'derived -> written to the socket (the rest of the read, every session\'s socket write)'],
] as const;
export type StageName = (typeof STAGES)[number][0];

export interface StageSample {
  rxUs: number;
  total: number;
  /** Stamp -> report derived: the bench's in-process figure (ack_p99_in_process_us), for this sample. */
  inProcess: number;
  stage: Record<StageName, number>;
}

export interface StageReport {
  samples: number;
  /** Samples without a complete record (in flight at the end, or their commit overwritten). */
  incomplete: number;
  p50: Record<StageName | 'total' | 'inProcess', number>;
  p99: Record<StageName | 'total' | 'inProcess', number>;
  /** The same after the warm-up window (samples received `warmupUs` or more after the first): the steady state. */
  steady: { samples: number; p50: Record<StageName | 'total' | 'inProcess', number>; p99: Record<StageName | 'total' | 'inProcess', number> };
  /** For the samples at or above the total's p99: each stage's share of their summed total (0..1). */
  tailShare: Record<StageName, number>;
  /** Per second of the run (from the first sample's receipt): sample count, p99 total and of each stage. */
  series: { t_s: number[]; count: number[]; total_p99_us: number[] } & Record<`${StageName}_p99_us`, number[]>;
  /** Snapshot moments in seconds from the first sample: kind, second, duration µs. */
  marks: { kind: string; t_s: number; duration_us: number }[];
}

export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Joins the gateway's samples received at or after `fromUs` (wall µs) with the core's commits (both blocks read after the load). */
export function stageSamples(b: StageBlocks, fromUs = 0): { samples: StageSample[]; incomplete: number } {
  const cr = new RecordRing(b.commits, COMMIT_FIELDS);
  const cAt = cr.held();
  const cf = cr.f;
  const sr = new RecordRing(b.samples, SAMPLE_FIELDS);
  const sf = sr.f;
  const out: StageSample[] = [];
  let incomplete = 0;
  for (const at of sr.held()) {
    if (!(sf[at + S.rx]! >= fromUs)) continue;
    const seq = sf[at + S.seq]!;
    const written = sf[at + S.written]!;
    if (!(seq > 0) || !(written > 0)) {
      incomplete++;
      continue;
    }
    // The commit covering seq: the first held with lastSeq >= seq (commits are in seq order).
    let lo = 0;
    let hi = cAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cf[cAt[mid]! + C.lastSeq]! >= seq) hi = mid;
      else lo = mid + 1;
    }
    if (lo === cAt.length || (lo === 0 && cf[0]! > cAt.length)) {
      incomplete++; // after the last commit held, or its commit was overwritten
      continue;
    }
    const c = cAt[lo]!;
    const rx = sf[at + S.rx]!;
    const hand = sf[at + S.handoff]!;
    const stamp = sf[at + S.stamp]!;
    const read = sf[at + S.read]!;
    const derived = sf[at + S.derived]!;
    const cycle = cf[c + C.cycle]!;
    const start = cf[c + C.start]!;
    const end = cf[c + C.end]!;
    const gw = cf[c + C.gw]!;
    // Clocks of different threads, each read at a slightly different point of the hand-off: a
    // stage may come out a few µs negative; it is counted as 0 (the total is exact).
    const d = (a: number, z: number) => Math.max(0, z - a);
    const cyc = cycle === cycle ? Math.min(Math.max(cycle, hand), stamp) : hand;
    const st = start === start ? start : end;
    out.push({
      rxUs: rx,
      total: written - rx,
      inProcess: derived - stamp,
      stage: {
        gw_parse: d(rx, hand), core_wake: d(hand, cyc), core_drain: d(cyc, stamp), core_apply: d(stamp, st), commit: d(st, end),
        core_rings: d(end, gw), gw_wake: d(gw, read), gw_derive: d(read, derived), gw_write: d(derived, written),
      },
    });
  }
  return { samples: out, incomplete };
}

export function stageReport(b: StageBlocks, fromUs = 0, warmupUs = 0): StageReport {
  const { samples, incomplete } = stageSamples(b, fromUs);
  const names = STAGES.map(([n]) => n);
  const sortedOf = (xs: StageSample[], pick: (s: StageSample) => number) => Float64Array.from(xs, pick).sort();
  const q = (xs: StageSample[], p: number) => {
    const r = { total: quantile(sortedOf(xs, (s) => s.total), p), inProcess: quantile(sortedOf(xs, (s) => s.inProcess), p) } as Record<StageName | 'total' | 'inProcess', number>;
    for (const n of names) r[n] = quantile(sortedOf(xs, (s) => s.stage[n]), p);
    return r;
  };
  const p99 = q(samples, 0.99);
  const tail = samples.filter((s) => s.total >= p99.total);
  const tailSum = tail.reduce((a, s) => a + s.total, 0);
  const tailShare = {} as Record<StageName, number>;
  for (const n of names) tailShare[n] = tailSum > 0 ? tail.reduce((a, s) => a + s.stage[n], 0) / tailSum : NaN;
  let t0 = Infinity;
  for (const s of samples) t0 = Math.min(t0, s.rxUs);
  const steadySamples = samples.filter((s) => s.rxUs - t0 >= warmupUs);
  const steady = { samples: steadySamples.length, p50: q(steadySamples, 0.5), p99: q(steadySamples, 0.99) };
  const bySecond: StageSample[][] = [];
  for (const s of samples) (bySecond[Math.floor((s.rxUs - t0) / 1e6)] ??= []).push(s);
  const series = { t_s: [] as number[], count: [] as number[], total_p99_us: [] as number[] } as StageReport['series'];
  for (const n of names) series[`${n}_p99_us`] = [];
  bySecond.forEach((xs, t) => {
    if (!xs || xs.length === 0) return;
    const r = q(xs, 0.99);
    series.t_s.push(t);
    series.count.push(xs.length);
    series.total_p99_us.push(Math.round(r.total));
    for (const n of names) series[`${n}_p99_us`].push(Math.round(r[n]));
  });
  const kinds = Object.fromEntries(Object.entries(Mark).map(([k, v]) => [v, k]));
  const marks: StageReport['marks'] = [];
  for (const sab of [b.coreMarks, b.gwMarks]) {
    const r = new RecordRing(sab, MARK_FIELDS);
    for (const at of r.held()) {
      const t = r.f[at]!;
      if (t >= t0) marks.push({ kind: kinds[r.f[at + 1]!] ?? '?', t_s: Math.round((t - t0) / 1e5) / 10, duration_us: Math.round(r.f[at + 2]!) });
    }
  }
  marks.sort((a, b) => a.t_s - b.t_s);
  return { samples: samples.length, incomplete, p50: q(samples, 0.5), p99, steady, tailShare, series, marks };
}
