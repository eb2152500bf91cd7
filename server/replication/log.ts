/**
 * The replicated log's shape in NATS JetStream, shared by the writer, the followers and the tools.
 *
 *   stream  BOURSE_LOG (subject bourse.log, 3 replicas, file storage): one message per group
 *           commit. Payload = the batch's journal records back to back (64 or 96 bytes each,
 *           exactly as the sequencer stamped them; cmdSize(type) delimits them). Headers:
 *             Nats-Msg-Id    "<first>-<last>.r<leaseRevision>"  (Bourse seqs + the writer's lease)
 *             Bourse-First   Bourse seq of the first record
 *             Bourse-Last    Bourse seq of the last record
 *             Bourse-Lease   the writer's term: the lease revision it acquired (non-decreasing along the stream)
 *             Bourse-Time    µs timestamp of the last record (the sequencer's clock)
 *           Every publish carries Nats-Expected-Last-Sequence = the stream seq the writer last
 *           saw, so a writer that missed someone else's append is refused.
 *   KV      bourse_ha: `leader` = the lease (lease.ts); `node.<id>` = each node's status.
 *   objects bourse_snap: engine snapshots `engine-<seq>`, for nodes that join after trimming.
 *
 * The lease revision is part of the message id on purpose: JetStream checks duplicates BEFORE
 * the expected sequence, so a bare "<first>-<last>" id would let a stale writer's batch be
 * acknowledged as a "duplicate" of another writer's batch at the same Bourse seqs.
 */
import { headers, type KV, type JetStreamClient, type JetStreamManager, type MsgHdrs, type NatsConnection, connect, type StoredMsg } from 'nats';
import { BourseError } from '../kernel/errors.ts';
import { cmdSize, CmdOff } from '../engine/commands.ts';

export interface LogNames {
  readonly stream: string;
  readonly subject: string;
  readonly bucket: string;
  readonly snapBucket: string;
}

export const DEFAULT_NAMES: LogNames = Object.freeze({ stream: 'BOURSE_LOG', subject: 'bourse.log', bucket: 'bourse_ha', snapBucket: 'bourse_snap' });

export const Hdr = {
  First: 'Bourse-First',
  Last: 'Bourse-Last',
  Lease: 'Bourse-Lease',
  Time: 'Bourse-Time',
} as const;

export const LEASE_KEY = 'leader';
export const nodeKey = (id: string): string => `node.${id}`;

export interface StreamLimits {
  /** Keep at most this many messages (0: unlimited). Tests set it small to force snapshot catch-up. */
  maxMsgs: number;
  /** Drop messages older than this many ms (0: never). */
  maxAgeMs: number;
  replicas: number;
}

export const DEFAULT_LIMITS: StreamLimits = Object.freeze({ maxMsgs: 0, maxAgeMs: 0, replicas: 3 });

/** One message's Bourse range, from its headers. */
export interface BatchInfo {
  first: number;
  last: number;
  lease: number;
  timeUs: number;
}

export function batchHeaders(first: number, last: number, lease: number, timeUs: number): MsgHdrs {
  const h = headers();
  h.set(Hdr.First, String(first));
  h.set(Hdr.Last, String(last));
  h.set(Hdr.Lease, String(lease));
  h.set(Hdr.Time, String(timeUs));
  return h;
}

export const msgId = (first: number, last: number, lease: number): string => `${first}-${last}.r${lease}`;

function num(h: MsgHdrs | undefined, name: string, where: string): number {
  const v = h?.get(name) ?? '';
  const n = Number(v);
  if (v === '' || !Number.isSafeInteger(n) || n < 0) throw new BourseError('HA_STREAM_CORRUPT', `${where}: header ${name} is "${v}"`);
  return n;
}

export function batchInfo(h: MsgHdrs | undefined, where: string): BatchInfo {
  const first = num(h, Hdr.First, where);
  const last = num(h, Hdr.Last, where);
  if (first < 1 || last < first) throw new BourseError('HA_STREAM_CORRUPT', `${where}: Bourse range ${first}..${last}`);
  return { first, last, lease: num(h, Hdr.Lease, where), timeUs: num(h, Hdr.Time, where) };
}

/**
 * Calls cb(payload, offset, seq) for each record of a batch payload, checking that the records
 * fill it exactly and carry the contiguous seqs first..last the headers promise.
 */
export function forEachRecord(payload: Uint8Array, info: BatchInfo, where: string, cb: (buf: Uint8Array, at: number, seq: number) => void): void {
  const dv = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  let at = 0;
  let expect = info.first;
  while (at < payload.length) {
    const size = cmdSize(payload[at]!);
    if (at + size > payload.length) throw new BourseError('HA_STREAM_CORRUPT', `${where}: record at byte ${at} runs past the payload (${payload.length} bytes)`);
    const seq = dv.getFloat64(at + CmdOff.seq, true);
    if (seq !== expect) throw new BourseError('HA_STREAM_CORRUPT', `${where}: record at byte ${at} has seq ${seq}, expected ${expect}`);
    cb(payload, at, seq);
    expect++;
    at += size;
  }
  if (expect !== info.last + 1) throw new BourseError('HA_STREAM_CORRUPT', `${where}: payload holds seqs ${info.first}..${expect - 1}, headers say ..${info.last}`);
}

/** Connects with endless reconnects: a NATS node going away must never end a Bourse node. */
export async function connectNats(servers: string[], name: string, timeoutMs = 5000): Promise<NatsConnection> {
  try {
    return await connect({ servers, name, maxReconnectAttempts: -1, reconnectTimeWait: 250, pingInterval: 2000, maxPingOut: 3, timeout: timeoutMs, waitOnFirstConnect: false });
  } catch (e) {
    throw new BourseError('HA_NATS_UNREACHABLE', `${servers.join(',')}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function parseServers(urls: string): string[] {
  const list = urls.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (list.length === 0) throw new BourseError('HA_BAD_OPTION', `--nats needs at least one URL, got "${urls}"`);
  for (const u of list) if (!/^(nats|tls):\/\/[^\s/]+(:\d+)?$/.test(u) && !/^[^\s/:]+:\d+$/.test(u)) throw new BourseError('HA_BAD_OPTION', `--nats: "${u}" is not a nats://host:port URL`);
  return list;
}

/** 404s of the JetStream API: stream not found (10059), no message found (10037). */
const isNotFound = (e: unknown): boolean => (e as { api_error?: { code?: number } })?.api_error?.code === 404 || /not found|no message found/i.test(e instanceof Error ? e.message : String(e));

/** Creates the stream (3 replicas), the HA bucket and the snapshot store when missing. */
export async function ensureLog(nc: NatsConnection, names: LogNames, limits: StreamLimits): Promise<void> {
  const jsm = await nc.jetstreamManager();
  try {
    await jsm.streams.info(names.stream);
  } catch (e) {
    if (!isNotFound(e)) throw e;
    try {
      await jsm.streams.add({
        name: names.stream,
        subjects: [names.subject],
        num_replicas: limits.replicas,
        max_msgs: limits.maxMsgs > 0 ? limits.maxMsgs : -1,
        max_age: limits.maxAgeMs > 0 ? limits.maxAgeMs * 1e6 : 0,
        duplicate_window: 120e9,
        allow_direct: true,
      });
    } catch (e2) {
      if (!/already in use|exists/i.test(e2 instanceof Error ? e2.message : String(e2))) throw e2;
    }
  }
  const js = nc.jetstream();
  await js.views.kv(names.bucket, { replicas: limits.replicas, history: 1 });
  await js.views.os(names.snapBucket, { replicas: limits.replicas });
}

/** What the stream holds: stream seqs and, from the first and last messages' headers, Bourse seqs. */
export interface StreamTail {
  firstStreamSeq: number;
  lastStreamSeq: number;
  messages: number;
  /** Bourse seq of the first record still in the stream (0: empty). */
  firstBourse: number;
  /** Bourse seq of the last record (0: empty). */
  lastBourse: number;
  lastLease: number;
  lastTimeUs: number;
  lastMsgMs: number;
  created: string;
}

export async function streamTail(jsm: JetStreamManager, names: LogNames): Promise<StreamTail> {
  for (let attempt = 0; ; attempt++) {
    const t = await tryTail(jsm, names);
    if (t) return t;
    if (attempt >= 20) throw new BourseError('HA_NATS_UNREACHABLE', `${names.stream}: its first message keeps being trimmed while reading it`);
  }
}

/** undefined when the first message was trimmed between the info and the read. */
async function tryTail(jsm: JetStreamManager, names: LogNames): Promise<StreamTail | undefined> {
  const si = await jsm.streams.info(names.stream);
  const st = si.state;
  const out: StreamTail = { firstStreamSeq: st.first_seq, lastStreamSeq: st.last_seq, messages: st.messages, firstBourse: 0, lastBourse: 0, lastLease: 0, lastTimeUs: 0, lastMsgMs: 0, created: si.created };
  if (st.messages === 0) return out;
  const first = await getMsg(jsm, names, st.first_seq);
  const last = st.last_seq === st.first_seq ? first : await getMsg(jsm, names, st.last_seq);
  if (!first || !last) return undefined;
  const fi = batchInfo(first.header, `stream seq ${first.seq}`);
  const li = batchInfo(last.header, `stream seq ${last.seq}`);
  out.firstBourse = fi.first;
  out.lastBourse = li.last;
  out.lastLease = li.lease;
  out.lastTimeUs = li.timeUs;
  out.lastMsgMs = last.time.getTime();
  return out;
}

export async function getMsg(jsm: JetStreamManager, names: LogNames, seq: number): Promise<StoredMsg | undefined> {
  try {
    return await jsm.streams.getMessage(names.stream, { seq });
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/**
 * The stream seq of the message holding Bourse seq `b`: binary search over stream seqs (Bourse
 * ranges grow with stream seq). -1 when b is below what the stream still holds (trimmed), 0 when
 * it is past the end.
 */
export async function findStreamSeq(jsm: JetStreamManager, names: LogNames, b: number, tail?: StreamTail): Promise<number> {
  const t = tail ?? (await streamTail(jsm, names));
  if (t.messages === 0 || b > t.lastBourse) return 0;
  if (b < t.firstBourse) return -1;
  let lo = t.firstStreamSeq;
  let hi = t.lastStreamSeq;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const m = await getMsg(jsm, names, mid);
    if (!m) {
      lo = mid + 1; // trimmed while searching: look later
      continue;
    }
    const info = batchInfo(m.header, `stream seq ${mid}`);
    if (info.last < b) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type { JetStreamClient, JetStreamManager, NatsConnection };

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const msg = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Connects and waits until JetStream answers and the log's stream and HA bucket exist, retrying
 * every 500 ms (NATS may be starting or electing) until `stopped()`; says so every 10th attempt.
 */
export async function openLog(o: { servers: string[]; client: string; names: LogNames; limits: StreamLimits; stopped: () => boolean; log: (line: string) => void }): Promise<{ nc: NatsConnection; kv: KV }> {
  let nc: NatsConnection | undefined;
  for (let attempt = 0; !nc; attempt++) {
    try {
      const c = await connectNats(o.servers, o.client);
      await c.jetstreamManager();
      nc = c;
    } catch (e) {
      if (o.stopped()) throw new BourseError('HA_NATS_UNREACHABLE', `stopped while waiting for NATS: ${msg(e)}`);
      if (attempt % 10 === 0) o.log(`ha: waiting for NATS (${msg(e)})`);
      await sleep(500);
    }
  }
  for (let attempt = 0; !o.stopped(); attempt++) {
    try {
      await ensureLog(nc, o.names, o.limits);
      return { nc, kv: await nc.jetstream().views.kv(o.names.bucket) };
    } catch (e) {
      if (attempt % 10 === 0) o.log(`ha: waiting for JetStream (${msg(e)})`);
      await sleep(500);
    }
  }
  await nc.close().catch(() => undefined);
  throw new BourseError('HA_NATS_UNREACHABLE', 'stopped while waiting for JetStream');
}

/** Resolves true when `p` settles within `ms`, false when the time runs out first. */
export async function within(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([p.then(() => true), t]);
  } finally {
    clearTimeout(timer);
  }
}
