/** Options of a running exchange, validated once at start and then frozen. */
import { availableParallelism } from 'node:os';
import { BourseError } from '../../kernel/errors.ts';
import type { GatewayOptions } from '../../gateway/gateway.ts';

/**
 * Inputs between two snapshot pairs (engine + MDP): the most a restart replays, so it bounds the
 * restart time (docs/journal.md, "Restart time": about 1 s of replay on a loaded 2-vCPU machine,
 * 0.25 s at the full-replay rate). Each pair is ~300 KB for the simulator's books, the newest 3
 * kept: one every 2 s at the default 50,000 inputs/s.
 */
export const DEFAULT_SNAPSHOT_EVERY = 100_000;
/** The gateway snapshots on every n-th engine + MDP pair: n pairs span its snapshotInputs (GatewayOptions). */
export function gwSnapshotEvery(snapshotEvery: number, gatewayInputs: number): number {
  return snapshotEvery > 0 ? Math.max(1, Math.ceil(gatewayInputs / snapshotEvery)) : 1;
}

export interface ExchangeOptions {
  /** Data directory: the journal lives in DATA/journal. */
  readonly data: string;
  /** Simulated inputs per second (0: no simulator). */
  readonly rate: number;
  readonly symbols: number;
  readonly seed: number;
  /** fdatasync each group commit (true for a real exchange). */
  readonly fsync: boolean;
  /** Keep no journal at all (benchmarks of the pure hop). */
  readonly memoryOnly: boolean;
  /** CPU cores for the core and MDP threads, if pinned. */
  readonly pin: { readonly core?: number; readonly mdp?: number };
  /** Records per ring (power of two). */
  readonly ringRecords: number;
  /** Measure stamp-to-MD latency in the MDP thread (bench). */
  readonly measureLatency: boolean;
  /** Write an engine snapshot every N inputs (0: never); the newest 3 are kept. */
  readonly snapshotEvery: number;
  /** Multicast feed configuration (server/multicast/config.ts input), or undefined for none. */
  readonly feed: Readonly<Record<string, unknown>> | undefined;
  /** Record the latency histograms of /metrics on the core and MDP threads (default true; off: bench A/B). */
  readonly metrics: boolean;
  /** Order-entry gateway (gateway/gateway.ts gatewayOptions), or undefined for none. */
  readonly gateway?: GatewayOptions;
  /** CPU core for the gateway thread, if pinned. */
  readonly gatewayPin?: number;
  /**
   * The trading calendar the live core follows (a shipped name or a JSON file; docs/calendar.md),
   * or undefined: none (24x7, no SET_PHASE is ever sequenced).
   */
  readonly calendar?: string;
  /** Calendar time runs this many times faster than the wall clock (1: real time; a test hook). */
  readonly calendarSpeed: number;
  /** Wall time (µs) from which calendar time is sped up (the same on every thread). */
  readonly calendarEpochUs: number;
  /**
   * Simulated inputs the core thread runs through a scratch engine and sequencer (no journal, no
   * events out) before it serves, so their code is compiled before the first order (0: none; the
   * gateway bench: 300,000). The exchange's own state is untouched.
   */
  readonly warmupInputs: number;
  /**
   * Pipelined group commit (default true; docs/journal.md): the journal's fdatasync runs on a sync
   * thread while the core matches the next inputs; events still leave only once their inputs are
   * durable. false: the core thread writes and fdatasyncs each batch itself (the bench's A/B).
   */
  readonly pipelineCommit: boolean;
  /**
   * Commit the rings' pages at start (Ring.prefault; default true): their first-write page faults
   * are paid before the exchange serves, not by the core and MDP threads in the first second of
   * load. The memory is the rings' own (fixed) size; false: the bench's A/B.
   */
  readonly prefaultRings: boolean;
}

export function exchangeOptions(o: Partial<ExchangeOptions> & { data: string }): ExchangeOptions {
  const cpus = availableParallelism();
  const int = (name: string, v: number, min: number, max: number) => {
    if (!Number.isSafeInteger(v) || v < min || v > max) throw new BourseError('CLI_BAD_VALUE', `${name} must be an integer from ${min} to ${max}, not ${v}`);
    return v;
  };
  const pin = o.pin ?? {};
  for (const [role, cpu] of Object.entries(pin)) if (cpu !== undefined) int(`pin ${role}`, cpu, 0, cpus - 1);
  const ringRecords = o.ringRecords ?? 1 << 16;
  if ((ringRecords & (ringRecords - 1)) !== 0) throw new BourseError('CLI_BAD_VALUE', `ring size ${ringRecords} is not a power of two`);
  return Object.freeze({
    data: o.data,
    rate: int('rate', o.rate ?? 50_000, 0, 10_000_000),
    symbols: int('symbols', o.symbols ?? 8, 1, 1000),
    seed: int('seed', o.seed ?? 1, 0, 2 ** 32 - 1),
    fsync: o.fsync ?? true,
    memoryOnly: o.memoryOnly ?? false,
    pin: Object.freeze({ ...pin }),
    ringRecords: int('ring records', ringRecords, 1024, 1 << 24),
    measureLatency: o.measureLatency ?? false,
    snapshotEvery: int('snapshot every', o.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY, 0, Number.MAX_SAFE_INTEGER),
    feed: o.feed,
    metrics: o.metrics ?? true,
    gateway: o.gateway,
    gatewayPin: o.gatewayPin,
    calendar: o.calendar,
    calendarSpeed: int('calendar speed', o.calendarSpeed ?? 1, 1, 1_000_000),
    calendarEpochUs: o.calendarEpochUs ?? Math.floor(Date.now() * 1000),
    warmupInputs: int('warmup inputs', o.warmupInputs ?? 0, 0, 100_000_000),
    pipelineCommit: o.pipelineCommit ?? true,
    prefaultRings: o.prefaultRings ?? true,
  });
}
