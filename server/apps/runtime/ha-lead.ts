/**
 * One term of an HA node as the leader: the order flow through the core agent, whose committer
 * is the Primary (fsync and the log's round trip at once, release when both cover a batch), the
 * lease renewed and checked before every input, snapshot uploads, and the multicast feed of this
 * term. Ends when the node stops, steps down, or its --seconds run out.
 */
import { CoreAgent } from '../../sequencer/core-agent.ts';
import { Replicator } from '../../replication/replicator.ts';
import { putSnapshot } from '../../replication/snap-store.ts';
import { Primary } from '../../replication/primary.ts';
import { MulticastFeed } from '../../multicast/feed.ts';
import type { FeedConfig } from '../../multicast/config.ts';
import type { HaNode } from './ha-node.ts';
import type { NodeMarketData } from './node-md.ts';
import { simulatorFor } from './sources.ts';
import { Cmd, encodeCommand } from '../../engine/commands.ts';
import { SharedHistogram } from '../../kernel/shared-histogram.ts';
import { Lat } from './shared-stats.ts';
import { FixPublisher } from './ha-fix.ts';

const wallClockUs = (): number => Math.floor((performance.timeOrigin + performance.now()) * 1000);
const mono = (): number => performance.now();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const msg = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export async function leadTerm(n: HaNode, lastStreamSeq: number): Promise<void> {
  const o = n.o;
  const engine = n.engine!;
  const journal = n.journal!;
  const md = n.md!;
  const lease = n.lease;
  let rep: Replicator | undefined;
  if (lease) {
    rep = new Replicator({
      nc: n.nc!, names: o.names, lastStreamSeq, leaseRevision: () => lease.epoch, mayPublish: () => lease.valid(),
      onAcked: (s) => n.primary?.onLogAck(s), onFenced: (e) => n.stepDown(e.message),
    });
  }
  n.replicator = rep;
  const snapsWaiting: { seq: number; bytes: Uint8Array }[] = [];
  const p = new Primary({
    engine, journal, clock: wallClockUs, ack: lease ? o.ack : 'local', now: mono,
    replicate: rep ? (pl, f, l, t) => rep.send(pl, f, l, t) : undefined,
    onRelease: (bytes, count, lastSeq) => {
      md.agent.consumeBytes(bytes, count);
      n.gateway?.events(bytes, count);
      n.admin?.released(bytes, count);
      n.released(lastSeq);
    },
    onJournalError: (e) => n.stepDown(`journal: ${e.message}`),
    ...(o.latency ? { ackHistogram: new SharedHistogram(o.latency, Lat.ack) } : {}),
  });
  n.primary = p;
  n.leading = true;
  n.role = 'primary';
  o.log(`ha: role=primary node=${o.nodeId} lease_rev=${lease?.revision ?? 0} seq=${engine.lastSeq} ack=${lease ? o.ack : 'local (no replication)'} md_session=${md.session} at_ms=${Date.now()}`);
  const feed = o.feed ? await startFeed(n, o.feed, md) : undefined;
  const gw = n.gateway;
  // FIX: the gateway thread's store lines are replicated before the messages they cover go out (ha-fix.ts).
  const fixPub = gw && n.fixLog && n.nc && lease
    ? new FixPublisher({ nc: n.nc, applier: n.fixLog, term: lease.epoch, mayPublish: () => n.leading && lease.valid(), onAcked: (lines) => gw.fixAcked(lines), onFenced: (why) => n.stepDown(why), log: o.log })
    : undefined;
  if (gw && fixPub) gw.onFixStore = (text, lines) => fixPub.push(text, lines);
  // Order entry: the gateway registers its keys through this term's Primary, then listens.
  if (gw) {
    void gw.lead(engine.lastSeq).then((port) => o.log(`ha: gateway node=${o.nodeId} listening on tcp port ${port}${gw.fixPort !== undefined ? ` fix port ${gw.fixPort}` : ''} at_ms=${Date.now()}`));
  }
  const submitGw = (rec: Uint8Array, at: number): void => {
    p.submit(rec, at, mono());
  };
  n.feed = feed?.feed;
  const closeFeed = async (): Promise<void> => {
    if (!feed || n.feed !== feed.feed) return;
    n.feed = undefined;
    feed.detach();
    await feed.feed.close(); // ends the session on every channel (EndOfSession)
  };
  const source = simulatorFor(engine, { seed: o.seed, symbols: o.symbols });
  const core = new CoreAgent({ committer: p, source });
  // Orders from brokers need instruments: with the simulator off, its definitions are sequenced once (as bourse start does).
  if (gw && o.rate === 0 && engine.symbols().length < o.symbols && (!lease || lease.valid())) {
    const scratch = new Uint8Array(96);
    for (const c of source.flow.preludeCommands()) {
      if (c.type !== Cmd.DefineInstrument || engine.instrument(c.symbol)) continue;
      encodeCommand(c, scratch, 0);
      p.submit(scratch, 0, mono());
    }
    p.commit();
  }
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
      if (n.stopping || !n.leading || (limitMs > 0 && now - n.startedAt >= limitMs)) {
        if (limitMs > 0 && now - n.startedAt >= limitMs) n.stopping = true;
        resolve();
        return;
      }
      if (lease && !lease.valid()) {
        // Not certainly ours: accept nothing. Unrenewable for another ttl: step down.
        if (now > lease.validUntil + o.leaseTtlMs) n.stepDown(`lease not renewed for ${Math.round(now - lease.validUntil + o.leaseTtlMs)} ms`);
        const due = Math.floor(((now - t0) / 1000) * rate) - sent;
        refused += due;
        sent += due;
        source.skip(due);
      } else if (rate > 0) {
        let due = Math.min(Math.floor(((now - t0) / 1000) * rate) - sent, 20_000);
        if (p.unacked > maxUnacked) due = 0;
        sent += core.doWork(due);
      }
      // Brokers' commands, in the gateway's arrival order, only while the lease is certainly ours.
      if (gw && (!lease || lease.valid())) gw.drain(submitGw);
      if (p.seqr.pending > 0) p.commit();
      n.commitEnded(engine.lastSeq); // every input stamped is committed here (the core agent commits what it sequences)
      if (!warm && now - t0 >= o.warmupMs) {
        warm = true;
        p.ackLatencyNs.reset(); // steady state only
        rep?.logRttNs.reset();
        p.syncNs.reset();
        n.loopDelay.reset();
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
        if (rep) n.confirm(rep.ackedSeq);
      }
      if (o.snapshotEvery > 0 && rep && engine.lastSeq - lastSnapSeq >= o.snapshotEvery && p.seqr.pending === 0) {
        lastSnapSeq = engine.lastSeq;
        snapsWaiting.push({ seq: engine.lastSeq, bytes: engine.stateBytes() });
      }
      // Only snapshots of inputs the log holds are shared: a node bootstrapped from one must not see phantom inputs.
      if (snapsWaiting.length > 0 && rep && rep.ackedSeq >= snapsWaiting[0]!.seq) {
        const s = snapsWaiting.shift()!;
        putSnapshot(n.nc!, o.names, s.seq, s.bytes).catch((e: unknown) => o.log(`ha: snapshot upload at ${s.seq} failed: ${msg(e)}`));
      }
      rep?.poll();
      setTimeout(tick, 1);
    };
    t0 = mono();
    source.pace(t0, rate);
    tick();
  });
  if (refused > 0) o.log(`ha: refused ${refused} simulated orders while the lease was uncertain`);
  if (p.seqr.pending > 0) p.commit();
  p.flush();
  // Graceful stop: let the log acknowledge what is in flight, then hand the lease over at once.
  if (n.stopping && rep && lease) {
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
  fixPub?.close();
  n.leading = false;
  await closeFeed();
}

/**
 * The feed of this term: a new session (the publisher's session ids grow with the clock), so
 * clients reset and recover books from the snapshot loop (docs/replication.md). Only acknowledged
 * inputs reach the Mdp, so nothing a failover could undo was ever published.
 */
async function startFeed(n: HaNode, cfg: FeedConfig, md: NodeMarketData): Promise<{ feed: MulticastFeed; detach: () => void } | undefined> {
  try {
    const feed = await MulticastFeed.start({ config: cfg, mdp: md.mdp });
    const detach = md.agent.addSink((f64, i32, first, count) => feed.onRecords(f64, i32, first, count));
    n.o.log(`ha: feed session=${feed.sessionId} retransmit_port=${feed.retransmission?.port ?? '-'} md_seq=${md.mdp.lastMdSeq} at_ms=${Date.now()}`);
    return { feed, detach };
  } catch (e) {
    // Leading without a feed is still leading: order entry and the log go on; operators see why.
    n.o.log(`ha: feed not started: ${msg(e)}`);
    return undefined;
  }
}
