/**
 * The leadership lease: one key in a JetStream KV bucket (a Raft-replicated stream), written only
 * with compare-and-set on its revision. The revision is the fencing token.
 *
 *   holder:   acquire  = create(key)            (no holder)          -> revision r
 *                      | update(key, r_seen)    (holder silent for ttl, or our own earlier life)
 *             renew    = update(key, r) every renewMs -> r' ; valid until sendTime(renew) + ttl
 *             a renew refused for its revision -> FENCED: someone else holds it now
 *   watcher:  polls the key; a revision unchanged for ttl (on the watcher's own monotonic clock,
 *             started when it first SAW that revision, which is after the holder sent it) = lapsed.
 *
 * The holder's validity is counted from when it SENT the renew, the watcher's lapse from when it
 * SAW the revision, so the holder always gives up (validUntil) before a watcher may take over,
 * on any two clocks that run at the same rate. Both are local monotonic clocks: no wall-clock sync.
 */
import type { KV, KvEntry } from 'nats';
import { BourseError } from '../kernel/errors.ts';
import { LEASE_KEY } from './log.ts';

export interface LeaseValue {
  node: string;
  pid: number;
  /** Wall-clock ms of the write: for operators (`bourse ha status`), never for decisions. */
  at: number;
  ttlMs: number;
  /** Feed session of the writer's market data (ha-node.ts). */
  mdSession: number;
}

export interface LeaseOptions {
  node: string;
  ttlMs: number;
  renewMs: number;
  /** Monotonic ms. */
  now: () => number;
  mdSession?: () => number;
}

export interface LeaseView {
  holder: string;
  revision: number;
  value: LeaseValue | undefined;
  /** Monotonic ms at which this watcher first saw `revision`. */
  seenAt: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function parseLease(e: KvEntry | null): LeaseValue | undefined {
  if (!e || e.operation !== 'PUT' || e.value.length === 0) return undefined;
  try {
    const v = JSON.parse(dec.decode(e.value)) as LeaseValue;
    return typeof v.node === 'string' ? v : undefined;
  } catch {
    return undefined;
  }
}

const isWrongRevision = (e: unknown): boolean => /wrong last sequence|key exists/i.test(e instanceof Error ? e.message : String(e));

export class Lease {
  private readonly kv: KV;
  private readonly opts: LeaseOptions;
  /** Revision we hold (0: none); every renewal makes a new one. */
  revision = 0;
  /** Revision at which we acquired it: this leadership term's fencing token, written into every log message. */
  epoch = 0;
  /** Monotonic ms until which our lease is certainly ours. */
  validUntil = 0;
  /** What the watcher last saw. */
  seen: LeaseView = { holder: '', revision: 0, value: undefined, seenAt: 0 };
  renewals = 0;
  renewFailures = 0;

  constructor(kv: KV, opts: LeaseOptions) {
    if (!(opts.ttlMs >= 200) || !(opts.renewMs > 0) || opts.renewMs * 2 > opts.ttlMs) {
      throw new BourseError('HA_BAD_OPTION', `lease ttl ${opts.ttlMs} ms must be >= 200 and at least twice the renew interval ${opts.renewMs} ms`);
    }
    this.kv = kv;
    this.opts = opts;
  }

  get ttlMs(): number {
    return this.opts.ttlMs;
  }

  /** Held and not past its validity: the only state in which this node may accept input. */
  valid(): boolean {
    return this.revision > 0 && this.opts.now() < this.validUntil;
  }

  private value(): Uint8Array {
    const v: LeaseValue = { node: this.opts.node, pid: process.pid, at: Date.now(), ttlMs: this.opts.ttlMs, mdSession: this.opts.mdSession?.() ?? 0 };
    return enc.encode(JSON.stringify(v));
  }

  /** Polls the key and tracks how long its revision has stood still. */
  async observe(): Promise<LeaseView> {
    const e = await this.kv.get(LEASE_KEY);
    const value = parseLease(e);
    const revision = e?.revision ?? 0;
    const holder = value?.node ?? '';
    if (revision !== this.seen.revision || this.seen.seenAt === 0) this.seen = { holder, revision, value, seenAt: this.opts.now() };
    else this.seen.value = value;
    return this.seen;
  }

  /**
   * Released on purpose (a delete: the holder stopped cleanly), or unchanged for a whole ttl
   * since we first saw it (a silent holder, or no key at all: at a cold start a standby waits one
   * ttl, so that the primary starting beside it takes the lease first).
   */
  lapsed(): boolean {
    const s = this.seen;
    if (s.seenAt === 0) return false;
    if (!s.value && s.revision > 0) return true;
    return this.opts.now() - s.seenAt >= this.opts.ttlMs;
  }

  /**
   * Takes the lease if it is free, lapsed, or held by this same node id (an earlier life of this
   * node: the journal lock proves that life is over). Returns false when someone else holds it.
   * `force` skips the lapse wait (only for an earlier life of ourselves).
   */
  async tryAcquire(): Promise<boolean> {
    const view = await this.observe();
    const mine = view.holder === this.opts.node;
    if (view.value && !mine && !this.lapsed()) return false;
    const sent = this.opts.now();
    try {
      this.revision = view.revision === 0 ? await this.kv.create(LEASE_KEY, this.value()) : await this.kv.update(LEASE_KEY, this.value(), view.revision);
    } catch (e) {
      if (isWrongRevision(e)) return false; // someone was faster (or the holder renewed)
      throw e;
    }
    this.epoch = this.revision;
    this.validUntil = sent + this.opts.ttlMs;
    this.seen = { holder: this.opts.node, revision: this.revision, value: undefined, seenAt: sent };
    return true;
  }

  /** One renewal. Refused for its revision: HA_FENCED. A timeout leaves validity as it was. */
  async renew(): Promise<void> {
    if (this.revision === 0) throw new BourseError('HA_LEASE_LOST', 'renew without holding the lease');
    const sent = this.opts.now();
    try {
      this.revision = await this.kv.update(LEASE_KEY, this.value(), this.revision);
      this.validUntil = sent + this.opts.ttlMs;
      this.renewals++;
    } catch (e) {
      this.renewFailures++;
      if (isWrongRevision(e)) {
        const lost = this.revision;
        this.revision = 0;
        this.validUntil = 0;
        throw new BourseError('HA_FENCED', `lease revision ${lost} was replaced by another node`);
      }
      throw e;
    }
  }

  /** Forgets the lease without touching the key (stepping down): it lapses for the watchers. */
  abandon(): void {
    this.revision = 0;
    this.validUntil = 0;
  }

  /** Gives the lease up at once (graceful stop): a watcher sees it free and takes over without waiting. */
  async release(): Promise<void> {
    const rev = this.revision;
    this.revision = 0;
    this.validUntil = 0;
    if (rev === 0) return;
    try {
      await this.kv.delete(LEASE_KEY, { previousSeq: rev });
    } catch {
      /* replaced meanwhile, or NATS unreachable: it lapses by itself */
    }
  }
}
