/**
 * Start-up reconciliation of the local journal (L = its last seq) with the replicated log
 * (F..S = the Bourse seqs the stream still holds), in both directions:
 *
 *   1. overlap check: every seq both hold, above the "confirmed" watermark (seqs already known to
 *      be in the log), must be byte-identical. The first difference D means our records D..L are
 *      a deposed writer's tail that never reached the log (the log is the single history): they
 *      are copied to DATA/ha/quarantine/ and cut from the journal (snapshots above D-1 too).
 *   2. stream ahead (S > L)  -> nothing to do here: the follower appends S's records.
 *   3. local ahead (L > S)   -> records S+1..L were fsynced here but never acknowledged by the log.
 *      The caller decides (ha-node.ts): if this node takes the lease before anyone else appends,
 *      it publishes them (conditional appends: a stream that moved on refuses them); otherwise
 *      they are quarantined and cut like a divergent tail. With --ack majority nobody was ever
 *      told about them, so cutting loses nothing acknowledged; with --ack local they may have
 *      been acknowledged: that is local mode's recovery point (docs/replication.md).
 *   4. trimmed (L < F - 1)   -> the log no longer holds what follows our journal: bootstrap from a
 *      snapshot in the object store (snap-store.ts) into a fresh journal; the old one is moved aside.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { DeliverPolicy } from 'nats';
import { BourseError } from '../kernel/errors.ts';
import { Journal } from '../sequencer/journal.ts';
import { batchInfo, findStreamSeq, forEachRecord, type LogNames, type NatsConnection, type StreamTail, streamTail } from './log.ts';
import { copyRecords, readConfirmed, startJournalAt, truncateJournal } from './journal-tail.ts';
import { CmdOff } from '../engine/commands.ts';
import { SNAPSHOT_DIR } from '../sequencer/recovery.ts';
import { writeSnapshot } from '../sequencer/snapshots.ts';
import type { Lease } from './lease.ts';
import { Replicator } from './replicator.ts';
import { getSnapshot } from './snap-store.ts';

export interface ReconcileResult {
  tail: StreamTail;
  /** Local last seq after any cut. */
  localLast: number;
  /** First seq of a divergent tail that was cut (0: none). */
  cutFrom: number;
  /** Local records past the log's end (S+1..L), still in the journal: the caller decides. */
  aheadFrom: number;
  /** The log is trimmed past our journal: a snapshot is needed. */
  needsSnapshot: boolean;
  quarantined: string[];
}

/** Consecutive empty fetches (2 s each) after which readMessages gives up with HA_NATS_UNREACHABLE. */
const EMPTY_FETCHES = 5;

/**
 * Calls cb for each message from stream seq `from` to `to`, in order (ordered consumer, fetched in
 * batches). A fetch that ends empty is not yet a failure: an ordered consumer that resets (a missed
 * heartbeat or a sequence mismatch, as when a NATS server restarts and catches up, or under heavy
 * load) ends the fetch in progress with nothing, and a loaded server may answer after the fetch's
 * 2 s. The next fetch goes on from `next` on a consumer created again there; only EMPTY_FETCHES
 * empty ones in a row (no progress for 10 s) are HA_NATS_UNREACHABLE. (One empty fetch was fatal:
 * seen failing ha-nats-leader's audit right after the killed server rejoined, at load 14-19.)
 */
export async function readMessages(nc: NatsConnection, names: Pick<LogNames, 'stream'>, from: number, to: number, cb: (seq: number, data: Uint8Array, hdrs: import('nats').MsgHdrs | undefined) => boolean | void): Promise<void> {
  if (from > to) return;
  const js = nc.jetstream();
  let consumer = await js.consumers.get(names.stream, { opt_start_seq: from, deliver_policy: DeliverPolicy.StartSequence });
  let next = from;
  let empty = 0;
  while (next <= to) {
    const batch = await consumer.fetch({ max_messages: Math.min(512, to - next + 1), expires: 2000 });
    let got = 0;
    for await (const m of batch) {
      got++;
      next = m.seq + 1;
      if (cb(m.seq, m.data, m.headers) === false) return;
      if (m.seq >= to) return;
    }
    if (got > 0) {
      empty = 0;
      continue;
    }
    if (++empty >= EMPTY_FETCHES) throw new BourseError('HA_NATS_UNREACHABLE', `reading ${names.stream} at stream seq ${next}: no message in ${EMPTY_FETCHES} fetches of 2 s`);
    consumer = await js.consumers.get(names.stream, { opt_start_seq: next, deliver_policy: DeliverPolicy.StartSequence });
  }
}

export async function reconcile(o: { nc: NatsConnection; names: LogNames; journalDir: string; haDir: string; log: (s: string) => void }): Promise<ReconcileResult> {
  const { nc, names } = o;
  const jsm = await nc.jetstreamManager();
  const tail = await streamTail(jsm, names);
  const quarantined: string[] = [];
  const journal = Journal.open({ dir: o.journalDir });
  let cutFrom = 0;
  try {
    const L = journal.lastSeq;
    const base = journal.recovery.records > 0 ? journal.recovery.firstSeq : L + 1;
    const conf = readConfirmed(o.haDir);
    const W = conf.streamCreated === tail.created ? conf.seq : 0;
    if (tail.messages === 0 && tail.lastStreamSeq > 0 && L > 0) {
      throw new BourseError('HA_STREAM_GAP', `the log ${names.stream} is empty but has held ${tail.lastStreamSeq} messages (all trimmed): cannot tell where this journal (seq ${L}) stands`);
    }
    if (tail.messages > 0 && L + 1 < tail.firstBourse) {
      return { tail, localLast: L, cutFrom: 0, aheadFrom: 0, needsSnapshot: true, quarantined };
    }
    // 1. overlap check above the watermark
    const lo = Math.max(tail.firstBourse, W + 1, base);
    const hi = Math.min(L, tail.lastBourse);
    if (tail.messages > 0 && lo <= hi) {
      const from = await findStreamSeq(jsm, names, lo, tail);
      const to = await findStreamSeq(jsm, names, hi, tail);
      const mine = new Map<number, Uint8Array>();
      let checked = 0;
      await readMessages(nc, names, from, to, (seq, data, hdrs) => {
        const info = batchInfo(hdrs, `stream seq ${seq}`);
        const a = Math.max(lo, info.first);
        const b = Math.min(hi, info.last);
        if (a > b) return;
        mine.clear();
        journal.replay(a, (rec, s) => void mine.set(s, rec.slice()), b);
        forEachRecord(data, info, `stream seq ${seq}`, (buf, at, s) => {
          if (cutFrom || s < a || s > b) return;
          const m = mine.get(s);
          checked++;
          if (!m || m.some((x, i) => x !== buf[at + i])) cutFrom = s;
        });
        return cutFrom === 0;
      });
      o.log(`ha: reconcile checked ${checked} records ${lo}..${hi} against the log${cutFrom ? `: diverges at ${cutFrom}` : ': identical'}`);
    }
    if (cutFrom > 0) quarantined.push(quarantine(journal, o.haDir, cutFrom, L, 'divergent'));
  } finally {
    journal.close();
  }
  if (cutFrom > 0) {
    truncateJournal(o.journalDir, cutFrom - 1);
    o.log(`ha: cut the journal after seq ${cutFrom - 1}; the divergent tail is in ${quarantined[0]}`);
  }
  const j2 = Journal.open({ dir: o.journalDir });
  const localLast = j2.lastSeq;
  j2.close();
  const aheadFrom = localLast > tail.lastBourse ? Math.max(tail.lastBourse + 1, 1) : 0;
  return { tail, localLast, cutFrom, aheadFrom, needsSnapshot: false, quarantined };
}

/** Copies records from..to of an open journal to DATA/ha/quarantine/KIND-from-to-<ms>.bin. */
export function quarantine(journal: Journal, haDir: string, from: number, to: number, kind: string): string {
  const dir = join(haDir, 'quarantine');
  fs.mkdirSync(dir, { recursive: true });
  const file = join(dir, `${kind}-${from}-${to}-${Date.now()}.bin`);
  copyRecords(journal, from, to, file);
  return file;
}

/** Quarantines and cuts records after `keepSeq` (a local-ahead tail this node will not publish). */
export function cutTail(journalDir: string, haDir: string, keepSeq: number, log: (s: string) => void): string | undefined {
  const journal = Journal.open({ dir: journalDir });
  let file: string | undefined;
  try {
    if (journal.lastSeq <= keepSeq) return undefined;
    file = quarantine(journal, haDir, keepSeq + 1, journal.lastSeq, 'unreplicated');
    log(`ha: local records ${keepSeq + 1}..${journal.lastSeq} never reached the log; moved to ${file}`);
  } finally {
    journal.close();
  }
  truncateJournal(journalDir, keepSeq);
  return file;
}

/**
 * Publishes local records aheadFrom..L that the log never got, as the lease holder, with
 * conditional appends (a log that moved on refuses them). Returns the stream seq after them, or
 * -1 when refused (the caller cuts them) or when the lease could not be kept.
 */
export async function publishTail(o: { nc: NatsConnection; names: LogNames; journalDir: string; lease: Lease; ttlMs: number; log: (s: string) => void }, aheadFrom: number, lastStreamSeq: number): Promise<number> {
  const j = Journal.open({ dir: o.journalDir });
  let fenced = false;
  const rep = new Replicator({
    nc: o.nc, names: o.names, lastStreamSeq, leaseRevision: () => o.lease.epoch, mayPublish: () => o.lease.valid(),
    onAcked: () => undefined, onFenced: () => void (fenced = true),
  });
  try {
    const last = j.lastSeq;
    const buf = new Uint8Array(64 * 1024);
    let len = 0;
    let first = 0;
    let lastSeq = 0;
    let time = 0;
    const flush = (): void => {
      if (len > 0) rep.send(buf.slice(0, len), first, lastSeq, time);
      len = 0;
    };
    j.replay(aheadFrom, (r, seq) => {
      if (len + r.length > buf.length) flush();
      if (len === 0) first = seq;
      buf.set(r, len);
      len += r.length;
      lastSeq = seq;
      time = new DataView(r.buffer, r.byteOffset + CmdOff.time, 8).getFloat64(0, true);
    });
    flush();
    while (!fenced && rep.ackedSeq < last) {
      if (!o.lease.valid() && performance.now() > o.lease.validUntil + o.ttlMs) return -1;
      rep.poll();
      await new Promise((r) => setTimeout(r, 10));
    }
    if (fenced) return -1;
    o.log(`ha: published local records ${aheadFrom}..${last} that the log did not have`);
    return rep.ackedStreamSeq;
  } finally {
    rep.close();
    j.close();
  }
}

/** A fresh journal starting right after the newest snapshot that reaches the log's start; the old journal is moved aside. */
export async function bootstrapFromSnapshot(nc: NatsConnection, names: LogNames, journalDir: string, firstBourse: number, lastBourse: number, log: (s: string) => void): Promise<void> {
  const snap = await getSnapshot(nc, names, firstBourse - 1, lastBourse);
  if (!snap) throw new BourseError('HA_NO_SNAPSHOT', `the log starts at seq ${firstBourse}; no snapshot between ${firstBourse - 1} and ${lastBourse} in ${names.snapBucket}`);
  if (fs.existsSync(journalDir)) fs.renameSync(journalDir, `${journalDir}.old-${Date.now()}`);
  startJournalAt(journalDir, snap.seq + 1);
  writeSnapshot(join(journalDir, SNAPSHOT_DIR), snap.seq, snap.bytes);
  log(`ha: bootstrapped from snapshot at seq ${snap.seq} (the log starts at ${firstBourse}); the old journal, if any, was moved aside`);
}
