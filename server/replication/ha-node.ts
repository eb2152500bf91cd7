/**
 * `bourse start --role primary|standby --nats URLS`: one exchange node of an HA pair (or more).
 * Every node runs the same state machine; --role only says whether it may take a FREE lease at
 * once (primary) or waits for the holder to fall silent for a whole ttl (standby).
 *
 *   boot ──▶ reconcile journal and log (reconcile.ts) ──▶ recover engine + Mdp from the journal
 *     │        (log trimmed past us: bootstrap from a snapshot in the object store)
 *     ▼
 *   FOLLOW: ordered consumer -> journal -> engine -> Mdp (follower.ts); poll the lease
 *     │ lease lapsed (or free, for --role primary):
 *     │   drain the log to its end -> acquire the lease (CAS on its revision) -> drain again
 *     ▼
 *   LEAD: order flow -> Sequencer -> journal fsync -> publish batch (expected-last-seq) -> ack
 *     │   renew the lease every renewMs; accept input only while the lease is certainly ours
 *     │ fenced (lease or log refused us) or the lease stayed unrenewable for another ttl:
 *     ▼   step down -> boot again (the unreplicated tail is quarantined and cut)
 *
 * Without --nats: a standalone primary (journal fsync = ack), the replication-off baseline.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { KV } from 'nats';
import { BourseError } from '../kernel/errors.ts';
import type { Engine } from '../engine/engine.ts';
import { Journal } from '../sequencer/journal.ts';
import { recover } from '../sequencer/recovery.ts';
import { OrderFlow } from '../sim/flow.ts';
import { connectNats, DEFAULT_LIMITS, DEFAULT_NAMES, ensureLog, type LogNames, type NatsConnection, nodeKey, type StreamLimits, streamTail } from './log.ts';
import { Lease } from './lease.ts';
import { Follower } from './follower.ts';
import { Replicator } from './replicator.ts';
import { bootstrapFromSnapshot, cutTail, publishTail, reconcile } from './reconcile.ts';
import { journalBase, writeConfirmed } from './journal-tail.ts';
import { putSnapshot } from './snap-store.ts';
import { MarketDataSide, type RecordsSink } from './md-side.ts';
import { seedMarketData } from './md-seed.ts';
import { Primary, type AckMode } from './primary.ts';
import { MulticastFeed } from '../multicast/feed.ts';
import type { FeedConfig } from '../multicast/config.ts';

export interface HaNodeOptions {
  role: 'primary' | 'standby';
  /** NATS URLs; undefined = standalone primary without replication. */
  servers: string[] | undefined;
  dataDir: string;
  ack: AckMode;
  /** fdatasync each group commit (false: throwaway runs only). */
  fsync: boolean;
  nodeId: string;
  names: LogNames;
  limits: StreamLimits;
  leaseTtlMs: number;
  renewMs: number;
  /** Built-in order flow while primary (0: none; input comes through accept()). */
  rate: number;
  symbols: number;
  seed: number;
  /** Stop after this many seconds (0: until stop()). */
  seconds: number;
  /** Upload an engine snapshot every N inputs (0: never). */
  snapshotEvery: number;
  /** Ack latency is recorded from this long after leading starts (JIT, pools, a catching-up standby are not latency). */
  warmupMs: number;
  log: (line: string) => void;
  onRecords?: RecordsSink;
  /** The multicast feed, published while this node leads (a new feed session per term). */
  feed?: FeedConfig;
}

export type Role = 'booting' | 'standby' | 'taking-over' | 'primary' | 'stepped-down' | 'stopped';

const wallClockUs = (): number => Math.floor((performance.timeOrigin + performance.now()) * 1000);
const mono = (): number => performance.now();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const msg = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The node id lives in DATA/ha/node-id: stable across restarts of the same data directory. */
export function nodeIdFor(dataDir: string, given?: string): string {
  const haDir = join(dataDir, 'ha');
  mkdirSync(haDir, { recursive: true });
  const file = join(haDir, 'node-id');
  if (given) {
    writeFileSync(file, given);
    return given;
  }
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const id = `n-${randomBytes(4).toString('hex')}`;
  writeFileSync(file, id);
  return id;
}

export class HaNode {
  readonly o: HaNodeOptions;
  role: Role = 'booting';
  private nc: NatsConnection | undefined;
  private kv: KV | undefined;
  private lease: Lease | undefined;
  private journal: Journal | undefined;
  private engine: Engine | undefined;
  md: MarketDataSide | undefined;
  private follower: Follower | undefined;
  private primary: Primary | undefined;
  private replicator: Replicator | undefined;
  private stopping = false;
  private leading = false;
  private stepDownWhy = '';
  private renewBusy = false;
  private streamCreated = '';
  private mdSession = 1;
  private lastConfirmedWrite = 0;
  private startedAt = mono();
  private readonly journalDir: string;
  private readonly haDir: string;
  takeovers = 0;
  stepDowns = 0;
  private lastSeq = 0;
  private lastAcked = 0;
  /** How late the event loop runs what is due (a busy turn delays every ack read behind it). */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 1 });
  private feed: MulticastFeed | undefined;

  constructor(o: HaNodeOptions) {
    this.o = o;
    this.journalDir = join(o.dataDir, 'journal');
    this.haDir = join(o.dataDir, 'ha');
    mkdirSync(this.haDir, { recursive: true });
  }

  stats(): Record<string, number | string> {
    const p = this.primary;
    return {
      role: this.role,
      node: this.o.nodeId,
      seq: this.engine?.lastSeq ?? 0,
      acked: p?.ackedSeq ?? 0,
      leaseRevision: this.lease?.revision ?? 0,
      streamSeq: this.follower?.appliedStreamSeq ?? this.replicator?.ackedStreamSeq ?? 0,
      inFlight: this.replicator?.inFlight ?? 0,
      mdSeq: this.md?.mdp.lastMdSeq ?? 0,
      mdSession: this.md?.session ?? 0,
      ackP50Us: p ? p.ackLatencyNs.percentile(50) / 1000 : 0,
      ackP99Us: p ? p.ackLatencyNs.percentile(99) / 1000 : 0,
      takeovers: this.takeovers,
      stepDowns: this.stepDowns,
    };
  }

  /** Order entry hook: stamps and journals one command now (committed by the next tick). */
  accept(rec: Uint8Array): number {
    if (!this.leading || !this.primary || (this.lease && !this.lease.valid())) throw new BourseError('HA_NOT_LEADER', `role ${this.role}`);
    return this.primary.submit(rec, 0, mono());
  }

  stop(): void {
    this.stopping = true;
  }

  async run(): Promise<void> {
    const o = this.o;
    let ticks = 0;
    let prevSeq = 0;
    const loopDelay = this.loopDelay;
    loopDelay.enable();
    const status = setInterval(() => {
      void this.publishStatus();
      if (process.env.BOURSE_HA_DEBUG) o.log(`debug: at_ms=${Date.now()} ${JSON.stringify(this.stats())} ${JSON.stringify(this.replicator?.debug() ?? {})}`);
      if (++ticks % 2 === 0 && this.engine) {
        const seq = this.engine.lastSeq;
        const p = this.primary;
        const r = this.replicator;
        const rtt = r ? ` log_rtt_p50_us=${Math.round(r.logRttNs.percentile(50) / 1000)} log_rtt_p99_us=${Math.round(r.logRttNs.percentile(99) / 1000)}` : '';
        const lat = p ? ` ack_p50_us=${Math.round(p.ackLatencyNs.percentile(50) / 1000)} ack_p99_us=${Math.round(p.ackLatencyNs.percentile(99) / 1000)} fsync_p50_us=${Math.round(p.syncNs.percentile(50) / 1000)} fsync_p99_us=${Math.round(p.syncNs.percentile(99) / 1000)}${rtt} loop_delay_p99_us=${Math.round(loopDelay.percentile(99) / 1000)}` : '';
        o.log(`ha: status role=${this.role} seq=${seq} acked=${p?.ackedSeq ?? 0} inputs_per_s=${seq - prevSeq} stream_seq=${this.follower?.appliedStreamSeq ?? this.replicator?.ackedStreamSeq ?? 0}${lat}`);
        prevSeq = seq;
      }
    }, 500);
    try {
      if (!o.servers) {
        await this.boot(false);
        await this.lead(0);
        return this.finish();
      }
      while (!this.stopping) {
        try {
          // A new connection per life: publishes a deposed life left in the client's buffers die with the old one.
          await this.openNats(o.servers);
          const leadFrom = await this.boot(true);
          let streamSeq = leadFrom;
          if (streamSeq < 0) streamSeq = await this.follow();
          if (streamSeq >= 0 && !this.stopping) await this.lead(streamSeq);
          if (!this.stopping && this.stepDownWhy) {
            this.role = 'stepped-down';
            this.stepDowns++;
            o.log(`ha: step-down reason="${this.stepDownWhy}" seq=${this.engine?.lastSeq ?? 0} acked=${this.primary?.ackedSeq ?? 0} at_ms=${Date.now()}`);
          }
        } catch (e) {
          if (this.stopping) break;
          o.log(`ha: ${e instanceof BourseError ? e.message : (e instanceof Error ? e.stack : String(e))}; rebooting in 500 ms`);
          await sleep(500);
        }
        if (!this.stopping) this.teardown();
      }
      this.finish();
    } finally {
      clearInterval(status);
      loopDelay.disable();
      if (this.nc) {
        await this.publishStatus();
        // drain() can wait on a server that is gone: bounded, then closed.
        await Promise.race([this.nc.drain().catch(() => undefined), sleep(2000)]);
        if (!this.nc.isClosed()) await this.nc.close().catch(() => undefined);
      }
    }
  }

  private async openNats(servers: string[]): Promise<void> {
    const o = this.o;
    const old = this.nc;
    this.lease?.abandon(); // the old life's renew timer stops with it
    this.nc = undefined;
    this.kv = undefined;
    if (old && !old.isClosed()) await old.close().catch(() => undefined);
    const nc = await this.connect(servers);
    for (let attempt = 0; !this.stopping; attempt++) {
      try {
        await ensureLog(nc, o.names, o.limits);
        this.kv = await nc.jetstream().views.kv(o.names.bucket);
        break;
      } catch (e) {
        if (attempt % 10 === 0) o.log(`ha: waiting for JetStream (${msg(e)})`);
        await sleep(500);
      }
    }
    this.nc = nc;
    if (!this.kv) throw new BourseError('HA_NATS_UNREACHABLE', 'stopped while waiting for JetStream');
    this.lease = new Lease(this.kv, { node: o.nodeId, ttlMs: o.leaseTtlMs, renewMs: o.renewMs, now: mono, mdSession: () => this.mdSession });
  }

  private async connect(servers: string[]): Promise<NatsConnection> {
    for (let attempt = 0; ; attempt++) {
      try {
        const nc = await connectNats(servers, `bourse-${this.o.nodeId}`);
        await nc.jetstreamManager();
        return nc;
      } catch (e) {
        if (this.stopping) throw new BourseError('HA_NATS_UNREACHABLE', `stopped while waiting for NATS: ${msg(e)}`);
        if (attempt % 10 === 0) this.o.log(`ha: waiting for NATS (${msg(e)})`);
        await sleep(500);
      }
    }
  }

  /** Reconcile and recover. Returns the stream seq to lead from when this node already leads, else -1. */
  private async boot(replicated: boolean): Promise<number> {
    const o = this.o;
    this.role = 'booting';
    this.stepDownWhy = '';
    let leadFrom = -1;
    if (replicated) {
      const nc = this.nc!;
      const r = await reconcile({ nc, names: o.names, journalDir: this.journalDir, haDir: this.haDir, log: o.log });
      this.streamCreated = r.tail.created;
      if (r.needsSnapshot) await bootstrapFromSnapshot(nc, o.names, this.journalDir, r.tail.firstBourse, r.tail.lastBourse, o.log);
      if (r.aheadFrom > 0) {
        if (o.role === 'primary' && (await this.lease!.tryAcquire())) {
          this.startRenewing();
          leadFrom = await publishTail({ nc: this.nc!, names: o.names, journalDir: this.journalDir, lease: this.lease!, ttlMs: o.leaseTtlMs, log: o.log }, r.aheadFrom, r.tail.lastStreamSeq);
          if (leadFrom < 0) {
            this.lease!.abandon();
            cutTail(this.journalDir, this.haDir, r.aheadFrom - 1, o.log);
          }
        } else cutTail(this.journalDir, this.haDir, r.aheadFrom - 1, o.log);
      } else if (o.role === 'primary' && r.tail.messages === 0 && (await this.lease!.tryAcquire())) {
        this.startRenewing();
        leadFrom = r.tail.lastStreamSeq;
      }
    }
    this.journal = Journal.open({ dir: this.journalDir, fsync: o.fsync });
    const md = new MarketDataSide(this.mdSession, o.onRecords);
    const exact = journalBase(this.journalDir) === 1;
    const t0 = mono();
    const rec = recover(this.journal, { useSnapshot: !exact, onEvents: (log) => md.consumeLog(log) });
    md.exact = exact;
    if (!exact) seedMarketData(rec.engine, md);
    this.engine = rec.engine;
    this.md = md;
    o.log(`ha: node=${o.nodeId} recovered journal to seq ${rec.engine.lastSeq} (snapshot ${rec.snapshotSeq} + ${rec.replayed} replayed, md ${exact ? 'exact' : 'from snapshot: new session'}) in ${Math.round(mono() - t0)} ms`);
    return leadFrom;
  }

  /** Follows until this node holds the lease; returns the stream seq to lead from. */
  private async follow(): Promise<number> {
    const o = this.o;
    const lease = this.lease!;
    const jsm = await this.nc!.jetstreamManager();
    const f = new Follower({
      nc: this.nc!, names: o.names, journal: this.journal!, engine: this.engine!, now: mono,
      onEvents: (log) => this.md!.consumeLog(log),
      onCommitted: (seq) => this.confirm(seq),
    });
    this.follower = f;
    await f.start();
    this.role = 'standby';
    o.log(`ha: role=standby node=${o.nodeId} seq=${f.applied} at_ms=${Date.now()}`);
    while (!this.stopping) {
      await sleep(50);
      if (f.error) throw f.error;
      try {
        await lease.observe();
      } catch {
        continue; // NATS busy or away: the lapse clock keeps running from the last revision seen
      }
      const v = lease.seen;
      const mayTake = lease.lapsed() || (o.role === 'primary' && (!v.value || v.holder === o.nodeId));
      if (!mayTake) continue;
      this.role = 'taking-over';
      try {
        const tail = await streamTail(jsm, o.names);
        if (!(await withTimeout(f.drainTo(tail.lastStreamSeq), o.leaseTtlMs))) continue;
        const prevSession = v.value?.mdSession ?? this.mdSession;
        const keep = this.mdSession;
        // Same feed session only when our MD output is exactly the old primary's (docs/replication.md).
        const newSession = (o.ack === 'local' || !this.md!.exact) && v.value !== undefined && v.holder !== o.nodeId;
        this.mdSession = newSession ? prevSession + 1 : Math.max(prevSession, 1);
        if (!(await lease.tryAcquire())) {
          this.mdSession = keep;
          continue;
        }
        this.startRenewing();
        const tail2 = await streamTail(jsm, o.names);
        await withTimeout(f.drainTo(tail2.lastStreamSeq), o.leaseTtlMs);
        await f.stop();
        if (f.error) throw f.error;
        this.follower = undefined;
        this.takeovers++;
        this.md!.session = this.mdSession;
        o.log(`ha: takeover node=${o.nodeId} lease_rev=${lease.revision} from=${v.holder || 'nobody'} seq=${f.applied} stream_seq=${f.appliedStreamSeq} md_session=${this.mdSession} at_ms=${Date.now()}`);
        return f.appliedStreamSeq;
      } catch (e) {
        o.log(`ha: takeover attempt failed: ${msg(e)}`);
      } finally {
        if (this.role === 'taking-over') this.role = 'standby';
      }
    }
    await f.stop();
    return -1;
  }

  private startRenewing(): void {
    const lease = this.lease!;
    const timer = setInterval(() => {
      if (lease.revision === 0 || this.stopping) {
        clearInterval(timer);
        return;
      }
      if (this.renewBusy) return;
      this.renewBusy = true;
      lease.renew().then(
        () => (this.renewBusy = false),
        (e: unknown) => {
          this.renewBusy = false;
          if (e instanceof BourseError && e.code === 'HA_FENCED') {
            clearInterval(timer);
            this.stepDown(e.message);
          }
        },
      );
    }, this.o.renewMs);
  }

  private stepDown(why: string): void {
    if (!this.stepDownWhy) this.stepDownWhy = why;
    this.leading = false;
    this.lease?.abandon(); // stop renewing: a standby must be able to see it lapse
  }

  private confirm(seq: number): void {
    const now = mono();
    if (!this.streamCreated || now - this.lastConfirmedWrite < 1000) return;
    this.lastConfirmedWrite = now;
    writeConfirmed(this.haDir, { seq, streamCreated: this.streamCreated });
  }

  /** Leads until stopped or stepped down. */
  private async lead(lastStreamSeq: number): Promise<void> {
    const o = this.o;
    const engine = this.engine!;
    const journal = this.journal!;
    const md = this.md!;
    const lease = this.lease;
    let rep: Replicator | undefined;
    if (lease) {
      rep = new Replicator({
        nc: this.nc!, names: o.names, lastStreamSeq, leaseRevision: () => lease.epoch, mayPublish: () => lease.valid(),
        onAcked: (s) => this.primary?.onLogAck(s), onFenced: (e) => this.stepDown(e.message),
      });
    }
    this.replicator = rep;
    const snapsWaiting: { seq: number; bytes: Uint8Array }[] = [];
    const p = new Primary({
      engine, journal, clock: wallClockUs, ack: lease ? o.ack : 'local', now: mono,
      replicate: rep ? (pl, f, l, t) => rep.send(pl, f, l, t) : undefined,
      onRelease: (bytes, count) => md.consumeBytes(bytes, count),
      onJournalError: (e) => this.stepDown(`journal: ${e.message}`),
    });
    this.primary = p;
    this.leading = true;
    this.role = 'primary';
    o.log(`ha: role=primary node=${o.nodeId} lease_rev=${lease?.revision ?? 0} seq=${engine.lastSeq} ack=${lease ? o.ack : 'local (no replication)'} md_session=${md.session} at_ms=${Date.now()}`);
    const feed = o.feed ? await this.startFeed(o.feed, md) : undefined;
    this.feed = feed;
    const closeFeed = async (): Promise<void> => {
      if (!feed || this.feed !== feed) return;
      this.feed = undefined;
      md.onRecords = o.onRecords;
      await feed.close(); // ends the session on every channel (EndOfSession)
    };
    const symbols = o.symbols;
    const defined = engine.symbols().length >= symbols;
    const flow = new OrderFlow({ seed: (o.seed + engine.lastSeq) >>> 0, symbols, startSeq: engine.lastSeq + 1 - (defined ? symbols : 0) });
    const scratch = new Uint8Array(96);
    if (defined) for (let k = 0; k < symbols; k++) flow.next(scratch, 0);
    const rate = o.rate;
    let t0 = mono();
    let sent = 0;
    let refused = 0;
    let lastAckPrint = 0;
    let printedAck = p.ackedSeq;
    let firstLogged = false;
    let warm = false;
    let lastSnapSeq = engine.lastSeq;
    const limitMs = o.seconds * 1000;
    const maxUnacked = Math.max(50_000, rate); // ~1 s of input in flight at most
    await new Promise<void>((resolve) => {
      const tick = (): void => {
        const now = mono();
        if (this.stopping || !this.leading || (limitMs > 0 && now - this.startedAt >= limitMs)) {
          if (limitMs > 0 && now - this.startedAt >= limitMs) this.stopping = true;
          resolve();
          return;
        }
        if (lease && !lease.valid()) {
          // Not certainly ours: accept nothing. Unrenewable for another ttl: step down.
          if (now > lease.validUntil + o.leaseTtlMs) this.stepDown(`lease not renewed for ${Math.round(now - lease.validUntil + o.leaseTtlMs)} ms`);
          const due = Math.floor(((now - t0) / 1000) * rate) - sent;
          refused += due;
          sent += due;
        } else if (rate > 0) {
          let due = Math.min(Math.floor(((now - t0) / 1000) * rate) - sent, 20_000);
          if (p.unacked > maxUnacked) due = 0;
          for (let k = 0; k < due; k++) {
            flow.next(scratch, 0);
            p.submit(scratch, 0, t0 + ((sent + k) * 1000) / rate);
          }
          sent += due;
        }
        if (p.seqr.pending > 0) p.commit();
        if (!warm && now - t0 >= o.warmupMs) {
          warm = true;
          p.ackLatencyNs.reset(); // steady state only
          rep?.logRttNs.reset();
          p.syncNs.reset();
          this.loopDelay.reset();
          o.log(`ha: warm at_ms=${Date.now()} acked=${p.ackedSeq}`);
        }
        if (!firstLogged && p.firstAcceptedSeq > 0) {
          firstLogged = true;
          o.log(`ha: first_accepted seq=${p.firstAcceptedSeq} at_ms=${Date.now()}`);
        }
        if (p.ackedSeq !== printedAck && now - lastAckPrint >= 50) {
          printedAck = p.ackedSeq;
          lastAckPrint = now;
          o.log(`acked=${printedAck} at_ms=${Date.now()}`);
          if (rep) this.confirm(rep.ackedSeq);
        }
        if (o.snapshotEvery > 0 && rep && engine.lastSeq - lastSnapSeq >= o.snapshotEvery && p.seqr.pending === 0) {
          lastSnapSeq = engine.lastSeq;
          snapsWaiting.push({ seq: engine.lastSeq, bytes: engine.stateBytes() });
        }
        // Only snapshots of inputs the log holds are shared: a node bootstrapped from one must not see phantom inputs.
        if (snapsWaiting.length > 0 && rep && rep.ackedSeq >= snapsWaiting[0]!.seq) {
          const s = snapsWaiting.shift()!;
          putSnapshot(this.nc!, o.names, s.seq, s.bytes).catch((e: unknown) => o.log(`ha: snapshot upload at ${s.seq} failed: ${msg(e)}`));
        }
        rep?.poll();
        setTimeout(tick, 1);
      };
      t0 = mono();
      tick();
    });
    if (refused > 0) o.log(`ha: refused ${refused} simulated orders while the lease was uncertain`);
    if (p.seqr.pending > 0) p.commit();
    p.flush();
    // Graceful stop: let the log acknowledge what is in flight, then hand the lease over at once.
    if (this.stopping && rep && lease) {
      const deadline = mono() + 5000;
      while (rep.inFlight > 0 && !rep.isFenced && mono() < deadline) {
        rep.poll();
        await sleep(5);
      }
      if (p.ackedSeq !== printedAck) o.log(`acked=${p.ackedSeq} at_ms=${Date.now()}`);
      await closeFeed(); // before the lease goes: the next leader binds the same ports
      await lease.release();
    } else if (p.ackedSeq !== printedAck) o.log(`acked=${p.ackedSeq} at_ms=${Date.now()}`);
    rep?.close();
    this.leading = false;
    await closeFeed();
  }

  /**
   * The feed of this term: a new session (the publisher's session ids grow with the clock), so
   * clients reset and recover books from the snapshot loop (docs/replication.md). Only acknowledged
   * inputs reach the Mdp, so nothing a failover could undo was ever published.
   */
  private async startFeed(cfg: FeedConfig, md: MarketDataSide): Promise<MulticastFeed | undefined> {
    try {
      const feed = await MulticastFeed.start({ config: cfg, mdp: md.mdp });
      const other = this.o.onRecords;
      md.onRecords = (f64, i32, first, count) => {
        feed.onRecords(f64, i32, first, count);
        other?.(f64, i32, first, count);
      };
      this.o.log(`ha: feed session=${feed.sessionId} retransmit_port=${feed.retransmission?.port ?? '-'} md_seq=${md.mdp.lastMdSeq} at_ms=${Date.now()}`);
      return feed;
    } catch (e) {
      // Leading without a feed is still leading: order entry and the log go on; operators see why.
      this.o.log(`ha: feed not started: ${msg(e)}`);
      return undefined;
    }
  }

  private finish(): void {
    const o = this.o;
    const engine = this.engine;
    const md = this.md;
    this.role = 'stopped';
    if (this.follower) {
      this.follower.halt();
      this.follower.commit();
    }
    const p = this.primary;
    if (p) o.log(`ack_p50_us=${(p.ackLatencyNs.percentile(50) / 1000).toFixed(1)} ack_p99_us=${(p.ackLatencyNs.percentile(99) / 1000).toFixed(1)} acked_inputs=${p.ackLatencyNs.count} acked=${p.ackedSeq}`);
    let e = engine;
    let m = md;
    if (!e || !m) {
      // Stopped between two lives (rebooting): the node's state is its journal.
      this.teardown();
      const j = Journal.open({ dir: this.journalDir });
      try {
        m = new MarketDataSide(this.mdSession);
        const mm = m;
        m.exact = journalBase(this.journalDir) === 1;
        e = recover(j, { useSnapshot: !m.exact, onEvents: (log) => mm.consumeLog(log) }).engine;
      } finally {
        j.close();
      }
    }
    const state = createHash('sha256').update(e.stateBytes()).digest('hex');
    const d = m.digests();
    // Inputs journaled here but never acknowledged by the log are in the state and the journal but
    // not in the market data (with --ack majority): then the md/events hashes cover less than a replay.
    const unacked = p ? p.seqr.lastSeq - p.ackedSeq : 0;
    o.log(`ha: stopped node=${o.nodeId} seq=${e.lastSeq} unacked=${unacked} md_seq=${m.mdp.lastMdSeq} md_exact=${m.exact} takeovers=${this.takeovers} step_downs=${this.stepDowns}`);
    o.log(m.exact ? `state=${state} events=${d.events} md=${d.md}` : `state=${state}`);
    this.teardown();
  }

  private teardown(): void {
    // A life that ended by an exception may still hold its feed's sockets.
    this.feed?.close().catch((e: unknown) => this.o.log(`ha: closing the feed: ${msg(e)}`));
    this.feed = undefined;
    this.lastSeq = this.engine?.lastSeq ?? this.lastSeq;
    this.lastAcked = this.primary?.ackedSeq ?? this.lastAcked;
    this.follower?.halt();
    this.follower = undefined;
    this.replicator?.close();
    this.replicator = undefined;
    this.primary = undefined;
    try {
      this.journal?.close();
    } catch (e) {
      this.o.log(`ha: closing the journal: ${msg(e)}`);
    }
    this.journal = undefined;
    this.engine = undefined;
  }

  private async publishStatus(): Promise<void> {
    if (!this.kv) return;
    const f = this.follower;
    const s = {
      node: this.o.nodeId, pid: process.pid, role: this.role, at: Date.now(),
      seq: this.engine?.lastSeq ?? this.lastSeq, acked: this.primary?.ackedSeq ?? this.lastAcked,
      appliedStreamSeq: f?.appliedStreamSeq ?? this.replicator?.ackedStreamSeq ?? 0,
      appliedMsgMs: f?.appliedMsgMs ?? 0, leaseRevision: this.lease?.revision ?? 0,
      mdSeq: this.md?.mdp.lastMdSeq ?? 0, mdSession: this.md?.session ?? 0, ack: this.o.ack,
    };
    try {
      await this.kv.put(nodeKey(this.o.nodeId), JSON.stringify(s));
    } catch {
      /* NATS away: the next one */
    }
  }
}

async function withTimeout(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([p.then(() => true), t]);
  } finally {
    clearTimeout(timer);
  }
}

export { DEFAULT_LIMITS, DEFAULT_NAMES };
