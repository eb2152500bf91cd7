/**
 * `bourse start --role primary|standby --nats URLS`: one exchange node of an HA pair (or more).
 * Every node runs the same state machine; --role only says whether it may take a FREE lease at
 * once (primary) or waits for the holder to fall silent for a whole ttl (standby).
 *
 *   boot ──▶ reconcile journal and log (reconcile.ts) ──▶ recover engine + MDP agent from the journal
 *     │        (log trimmed past us: bootstrap from a snapshot in the object store)
 *     ▼
 *   FOLLOW: ordered consumer -> journal -> engine -> MDP agent (follower.ts); poll the lease
 *     │ lease lapsed (or free, for --role primary):
 *     │   drain the log to its end -> acquire the lease (CAS on its revision) -> drain again
 *     ▼
 *   LEAD (ha-lead.ts): core agent (order flow -> Primary: journal fsync + publish batch
 *     │   (expected-last-seq)) -> ack -> MDP agent
 *     │   renew the lease every renewMs; accept input only while the lease is certainly ours
 *     │ fenced (lease or log refused us) or the lease stayed unrenewable for another ttl:
 *     ▼   step down -> boot again (the unreplicated tail is quarantined and cut)
 *
 * Without --nats: a standalone primary (journal fsync = ack), the replication-off baseline.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { KV } from 'nats';
import { BourseError } from '../../kernel/errors.ts';
import type { Engine } from '../../engine/engine.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import type { RecordsSink } from '../../mdp/mdp-agent.ts';
import { DEFAULT_LIMITS, DEFAULT_NAMES, type LogNames, type NatsConnection, nodeKey, openLog, type StreamLimits, streamTail, within } from '../../replication/log.ts';
import { Lease } from '../../replication/lease.ts';
import { Follower } from '../../replication/follower.ts';
import type { Replicator } from '../../replication/replicator.ts';
import { bootstrapFromSnapshot, cutTail, publishTail, reconcile } from '../../replication/reconcile.ts';
import { journalBase, writeConfirmed } from '../../replication/journal-tail.ts';
import type { Primary, AckMode } from '../../replication/primary.ts';
import type { MulticastFeed } from '../../multicast/feed.ts';
import type { FeedConfig } from '../../multicast/config.ts';
import { seedMarketData } from './md-seed.ts';
import { NodeMarketData } from './node-md.ts';
import { sha256 } from './digests.ts';
import { leadTerm } from './ha-lead.ts';
import { HaGateway } from './ha-gateway.ts';
import type { GatewayOptions } from '../../gateway/gateway.ts';
import type { HaAdmin } from './ha-admin.ts';
import { FixLogApplier } from './ha-fix.ts';
import { snapshotDir, mdpBytesAt, SnapshotWriter } from './ha-snapshots.ts';
import { usableGatewaySnapshot } from '../../gateway/state.ts';
import { GwMark } from '../../gateway/state.ts';
import { Mdp } from '../../mdp/mdp.ts';
import type { MarketSeed } from '../../mdp/market-state.ts';
import { StateReader } from '../../mdp/state-io.ts';
import { readSnapshot, snapshotName, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { EVENT_SIZE, EVENT_SLOTS, EvSlot, type EventLog } from '../../engine/events.ts';

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
  /** Called at each boot, before the journal is replayed: the MD stream starts again from its first record. */
  onBoot?: () => void;
  /** The multicast feed, published while this node leads (a new feed session per term). */
  feed?: FeedConfig;
  /** The order-entry gateway (ha-gateway.ts): fed on every node, listening on the leader only. */
  gateway?: GatewayOptions;
  /** This node's admin socket (absolute path), published in its status so followers can name it. */
  adminPath?: string;
  /** Latency histograms (shared-stats.ts Lat) for /metrics: Lat.ack by each term's Primary, Lat.receipt by the gateway thread. */
  latency?: SharedArrayBuffer;
  /** Local engine + MDP (+ gateway, with one) snapshots every N inputs (ha-snapshots.ts; 0 or absent: none). */
  localSnapshotEvery?: number;
  /** Lead even when this node's FIX stores miss lines BOURSE_FIX no longer holds (BOURSE_HA_FIX_TRIMMED_OK=1; ha-fix.ts). */
  fixTrimmedOk?: boolean;
  /** The MDP of this life started from a local snapshot: the market it holds (the web side seeds from it). */
  onMdpRestored?: (seed: MarketSeed) => void;
}

export type Role = 'booting' | 'standby' | 'taking-over' | 'primary' | 'stepped-down' | 'stopped';

const mono = (): number => performance.now();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const msg = (e: unknown): string => (e instanceof Error ? e.message : String(e));


export class HaNode {
  readonly o: HaNodeOptions;
  role: Role = 'booting';
  nc: NatsConnection | undefined;
  private kv: KV | undefined;
  lease: Lease | undefined;
  journal: Journal | undefined;
  engine: Engine | undefined;
  md: NodeMarketData | undefined;
  private follower: Follower | undefined;
  primary: Primary | undefined;
  replicator: Replicator | undefined;
  stopping = false;
  leading = false;
  private stepDownWhy = '';
  private renewBusy = false;
  private streamCreated = '';
  private mdSession = 1;
  private lastConfirmedWrite = 0;
  startedAt = mono();
  private readonly journalDir: string;
  private readonly haDir: string;
  takeovers = 0;
  stepDowns = 0;
  private lastSeq = 0;
  private lastAcked = 0;
  /** How late the event loop runs what is due (a busy turn delays every ack read behind it). */
  readonly loopDelay = monitorEventLoopDelay({ resolution: 1 });
  feed: MulticastFeed | undefined;
  /** This life's order-entry gateway (o.gateway), if it can rebuild the sessions (journal from seq 1). */
  gateway: HaGateway | undefined;
  /** The admin channel (ha-admin.ts): answered by the leading life, refused naming the leader otherwise. */
  admin: HaAdmin | undefined;
  /** The FIX stores' replication (ha-fix.ts): with --fix-port and --nats. */
  readonly fixLog: FixLogApplier | undefined;
  /** This life's local snapshot directory ('' : none; ha-snapshots.ts), the seq of its last snapshot, and a leader's engine part waiting for its release. */
  snapDir = '';
  lastLocalSnap = 0;
  private pendingSnap: { seq: number; bytes: Uint8Array } | undefined;
  /** Writes the local snapshots' files off the event loop (one thread per node, started at the first). */
  private snapWriter: SnapshotWriter | undefined;

  constructor(o: HaNodeOptions) {
    this.o = o;
    this.journalDir = join(o.dataDir, 'journal');
    this.haDir = join(o.dataDir, 'ha');
    mkdirSync(this.haDir, { recursive: true });
    if (o.servers && o.gateway?.fixPort !== undefined) this.fixLog = new FixLogApplier(o.gateway.fixStore, this.haDir, o.log);
  }

  /** Applies the replicated FIX store lines to this node's stores (to the stream's end now); `close`: before a gateway thread may read them. */
  catchUpFix(close = true): Promise<number> {
    return this.fixLog && this.nc ? this.fixLog.catchUp(this.nc, this.o.limits.replicas, close) : Promise.resolve(0);
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

  /** The engine while this life leads and the lease is certainly its own (admin requests), else undefined. */
  leadingEngine(): Engine | undefined {
    return this.leading && this.primary && (!this.lease || this.lease.valid()) ? this.engine : undefined;
  }

  /** The lease holder as last seen, with its admin socket from its published status (ha-admin.ts). */
  async leader(): Promise<{ node: string; admin?: string }> {
    if (this.leading) return { node: this.o.nodeId, admin: this.o.adminPath };
    const node = this.lease?.seen.holder ?? '';
    if (!node || !this.kv) return { node };
    const e = await this.kv.get(nodeKey(node));
    if (!e || e.operation !== 'PUT') return { node };
    const s = JSON.parse(new TextDecoder().decode(e.value)) as { admin?: string };
    return { node, admin: s.admin };
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
        await this.snapWriter?.settled();
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
      await this.snapWriter?.settled();
      this.finish();
    } finally {
      await this.snapWriter?.close();
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
    const { nc, kv } = await openLog({ servers, client: `bourse-${o.nodeId}`, names: o.names, limits: o.limits, stopped: () => this.stopping, log: o.log });
    this.nc = nc;
    this.kv = kv;
    this.lease = new Lease(kv, { node: o.nodeId, ttlMs: o.leaseTtlMs, renewMs: o.renewMs, now: mono, mdSession: () => this.mdSession });
  }

  /** Reconcile and recover. Returns the stream seq to lead from when this node already leads, else -1. */
  private async boot(replicated: boolean): Promise<number> {
    const o = this.o;
    this.role = 'booting';
    this.stepDownWhy = '';
    await this.snapWriter?.settled(); // the last life's snapshot is on disk before reconcile may cut snapshots above a cut
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
    // The FIX stores as the log has them, before this life's gateway thread may read them.
    if (replicated) await this.catchUpFix();
    const fixRefusal = this.fixRefusal();
    if (leadFrom >= 0 && fixRefusal) {
      // Its tail is in the log now; another node leads on from there (this one follows).
      await this.lease!.release();
      throw fixRefusal;
    }
    this.journal = Journal.open({ dir: this.journalDir, fsync: o.fsync });
    o.onBoot?.();
    const md = new NodeMarketData(this.mdSession, o.onRecords ? [o.onRecords] : []);
    const exact = journalBase(this.journalDir) === 1;
    // Every node keeps local snapshots (a node bootstrapped from the object store too: its engine restarts from them).
    this.snapDir = (o.localSnapshotEvery ?? 0) > 0 ? snapshotDir(this.journalDir) : '';
    if (this.snapDir && !this.snapWriter) this.snapWriter = new SnapshotWriter(this.snapDir, o.log);
    this.pendingSnap = undefined;
    if (o.gateway) {
      if (exact) this.gateway = new HaGateway(o.gateway, o.log, o.latency, replicated && this.fixLog !== undefined, this.snapDir);
      else o.log(`ha: gateway not served by this life: the journal starts at seq ${journalBase(this.journalDir)} (bootstrapped from a snapshot), so the sessions' report numbers cannot be rebuilt`);
    }
    const gw = this.gateway;
    const t0 = mono();
    // Local snapshots (ha-snapshots.ts): the gateway from its newest usable one G, the engine at or
    // below it, the MDP from its own; each then folds only the events of the inputs after it.
    let gwAfter = 0;
    if (this.snapDir && gw) {
      const g = usableGatewaySnapshot(this.snapDir, this.journal.lastSeq, o.gateway!.resendBytes);
      for (const why of g.skipped) o.log(`ha: snapshot not used: ${why}`);
      gwAfter = g.seq;
      if (gwAfter > 0) gw.mark(GwMark.Restore, gwAfter);
    }
    const toGw = (log: EventLog): void => {
      if (!gw || log.count === 0) return;
      let k = 0;
      if (gwAfter > 0) while (k < log.count && log.f64[k * EVENT_SLOTS + EvSlot.inputSeq]! <= gwAfter) k++;
      if (k < log.count) gw.events(log.bytes().subarray(k * EVENT_SIZE), log.count - k);
    };
    let mdpSeq = 0;
    const snapDir = this.snapDir;
    // From the local snapshots when there are any: the MDP from its newest, the engine from one at or
    // below it (and at or below G with a gateway: with none yet, from seq 1 for the gateway's sake).
    const rec = recover(this.journal, snapDir && exact ? {
      mdp: true, ...(gw ? { engineAtOrBelow: gwAfter, onFoldedEvents: toGw } : {}),
      checkMdp: (bytes, path) => new Mdp().loadState(new StateReader(bytes, path)),
      onChosen: (c) => {
        mdpSeq = c.mdpSeq;
        if (mdpSeq === 0) return;
        const path = join(snapDir, snapshotName(mdpSeq, MDP_SNAPSHOT));
        md.mdp.loadState(new StateReader(readSnapshot(path).bytes, path));
      },
      onEvents: (log) => {
        md.agent.consumeLog(log);
        toGw(log);
      },
    } : {
      useSnapshot: !exact,
      onEvents: (log) => {
        md.agent.consumeLog(log);
        gw?.events(log.bytes(), log.count);
      },
    });
    md.exact = exact;
    md.complete = mdpSeq === 0;
    if (mdpSeq > 0) o.onMdpRestored?.(md.mdp.marketSeed());
    this.lastLocalSnap = rec.engine.lastSeq;
    if (gwAfter > 0 || (!gw && mdpSeq > 0)) o.log(`ha: node=${o.nodeId} restarted from local snapshots: gateway ${gwAfter}, engine ${rec.snapshotSeq}, mdp ${mdpSeq}`);
    if (!exact) seedMarketData(rec.engine, md.agent);
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
      onEvents: (log, applied) => {
        this.md!.agent.consumeLog(log);
        this.gateway?.events(log.bytes(), log.count);
        if (this.snapDir && applied - this.lastLocalSnap >= this.o.localSnapshotEvery! && !this.snapWriter!.busy) this.localSnapshot(applied, this.engine!.stateBytes());
      },
      onCommitted: (seq) => this.confirm(seq),
    });
    this.follower = f;
    await f.start();
    this.role = 'standby';
    o.log(`ha: role=standby node=${o.nodeId} seq=${f.applied} at_ms=${Date.now()}`);
    let fixAt = mono();
    let refusedAt = -Infinity;
    while (!this.stopping) {
      await sleep(50);
      if (f.error) throw f.error;
      if (this.fixLog && mono() - fixAt >= 1000) {
        fixAt = mono();
        this.catchUpFix(false).catch((e: unknown) => o.log(`ha: FIX store log: ${msg(e)}`)); // kept current; the takeover drains it
      }
      try {
        await lease.observe();
      } catch {
        continue; // NATS busy or away: the lapse clock keeps running from the last revision seen
      }
      const v = lease.seen;
      const mayTake = lease.lapsed() || (o.role === 'primary' && (!v.value || v.holder === o.nodeId));
      if (!mayTake) continue;
      const refusal = this.fixRefusal();
      if (refusal) {
        if (mono() - refusedAt >= 10_000) {
          refusedAt = mono();
          o.log(`ha: not taking the lead: ${refusal.message}`);
        }
        continue;
      }
      this.role = 'taking-over';
      try {
        const tail = await streamTail(jsm, o.names);
        if (!(await within(f.drainTo(tail.lastStreamSeq), o.leaseTtlMs))) continue;
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
        // Leading from short of the stream's tail would only be fenced later, after this node had
        // journaled inputs of its own: give the lease back now and try again from the top.
        if (!(await within(f.drainTo(tail2.lastStreamSeq), o.leaseTtlMs))) {
          o.log(`ha: takeover abandoned node=${o.nodeId}: applied stream seq ${f.appliedStreamSeq} short of ${tail2.lastStreamSeq} after ${o.leaseTtlMs} ms`);
          await lease.release();
          this.mdSession = keep;
          continue;
        }
        if (this.fixLog) {
          // Every FIX number and message an initiator has seen, before this node's acceptor listens.
          try {
            await within(this.catchUpFix().then(() => undefined), o.leaseTtlMs).then((ok) => {
              if (!ok) throw new Error(`not at the end within ${o.leaseTtlMs} ms`);
            });
            const r = this.fixRefusal();
            if (r) throw r;
          } catch (e) {
            o.log(`ha: takeover abandoned node=${o.nodeId}: FIX store log: ${msg(e)}`);
            await lease.release();
            this.mdSession = keep;
            continue;
          }
        }
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

  /** FIX_LOG_TRIMMED when this node must not lead (its FIX stores miss trimmed lines, no override), else undefined. */
  private fixRefusal(): BourseError | undefined {
    return this.o.fixTrimmedOk ? undefined : this.fixLog?.refusal();
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

  /**
   * Local snapshots (ha-snapshots.ts) at `seq`: engine (its bytes at seq), MDP and, by a ring
   * record, the gateway, once the MDP and the gateway hold every event up to seq and none after.
   */
  localSnapshot(seq: number, engineBytes: Uint8Array): void {
    this.lastLocalSnap = seq;
    const w = this.snapWriter;
    if (!w || w.busy) return; // the previous pair is still being written: the next interval takes one
    const mdpBytes = mdpBytesAt(this.md!.mdp, seq);
    if (!mdpBytes) return;
    // The bytes are exactly at seq now; the files are written by the writer's thread (ha-snapshots.ts).
    w.write(seq, engineBytes, mdpBytes);
    this.gateway?.mark(GwMark.Snapshot, seq);
  }

  /** Leader, after a group commit: the engine's part of the next local snapshot, written when its release comes. */
  commitEnded(seq: number): void {
    if (!this.snapDir || this.pendingSnap || this.snapWriter?.busy || seq - this.lastLocalSnap < this.o.localSnapshotEvery!) return;
    this.pendingSnap = { seq, bytes: this.engine!.stateBytes() };
  }

  /** Leader, after a release up to `lastSeq` reached the MDP and the gateway. */
  released(lastSeq: number): void {
    const p = this.pendingSnap;
    if (!p || lastSeq < p.seq) return;
    this.pendingSnap = undefined;
    if (lastSeq === p.seq) this.localSnapshot(p.seq, p.bytes);
  }

  stepDown(why: string): void {
    if (!this.stepDownWhy) this.stepDownWhy = why;
    this.leading = false;
    this.admin?.abandon(why);
    this.lease?.abandon(); // stop renewing: a standby must be able to see it lapse
  }

  confirm(seq: number): void {
    const now = mono();
    if (!this.streamCreated || now - this.lastConfirmedWrite < 1000) return;
    this.lastConfirmedWrite = now;
    writeConfirmed(this.haDir, { seq, streamCreated: this.streamCreated });
  }

  /** Leads until stopped or stepped down (ha-lead.ts). */
  private lead(lastStreamSeq: number): Promise<void> {
    return leadTerm(this, lastStreamSeq);
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
        m = new NodeMarketData(this.mdSession);
        const mm = m;
        m.exact = journalBase(this.journalDir) === 1;
        e = recover(j, { useSnapshot: !m.exact, onEvents: (log) => mm.agent.consumeLog(log) }).engine;
      } finally {
        j.close();
      }
    }
    const state = sha256(e.stateBytes());
    const d = m.digests.hex();
    // Inputs journaled here but never acknowledged by the log are in the state and the journal but
    // not in the market data (with --ack majority): then the md/events hashes cover less than a replay.
    const unacked = p ? p.seqr.lastSeq - p.ackedSeq : 0;
    o.log(`ha: stopped node=${o.nodeId} seq=${e.lastSeq} unacked=${unacked} md_seq=${m.mdp.lastMdSeq} md_exact=${m.exact} takeovers=${this.takeovers} step_downs=${this.stepDowns}`);
    o.log(m.exact && m.complete ? `state=${state} events=${d.events} md=${d.md}` : `state=${state}`);
    this.teardown();
  }

  private teardown(): void {
    this.admin?.abandon(`node ${this.o.nodeId} ${this.stopping ? 'stopping' : 'rebooting'}`);
    // The gateway's connections end with the life (brokers reconnect to whichever node leads next).
    void this.gateway?.close();
    this.gateway = undefined;
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
      ...(this.o.adminPath ? { admin: this.o.adminPath } : {}),
    };
    try {
      await this.kv.put(nodeKey(this.o.nodeId), JSON.stringify(s));
    } catch {
      /* NATS away: the next one */
    }
  }
}


export { DEFAULT_LIMITS, DEFAULT_NAMES };
