/**
 * The writer's half of replication: one stream message per group commit, pipelined, each with
 * the stream seq it must land at (Nats-Expected-Last-Sequence = predicted seq - 1). While this
 * node is the only writer the prediction is exact; the moment anyone else appends, every later
 * publish of ours is refused by the stream leader inside its Raft group, before it is stored.
 *
 *   send(batch) ─▶ publish(expect last = s-1, msgId = "<first>-<last>.r<lease>") ─▶ ack seq == s
 *   acks are released strictly in order (onAcked(lastBourseSeq)).
 *
 * Failures:
 *   - "wrong last sequence": if the message at our predicted seq carries our msg id, it landed
 *     (an ack we lost); otherwise someone else appended: FENCED, the node steps down.
 *   - timeout / no responders / connection loss (a NATS node or the stream leader died): wait for
 *     every outstanding publish to settle, then look at what the stream holds at each predicted
 *     seq (ours by msg id -> acked; another's -> FENCED; nothing -> republish from there, same
 *     msg ids, so a late copy of the first attempt is de-duplicated by the stream: the first
 *     missing batch alone, then the rest pipelined again).
 * Republishing happens only while `mayPublish()` (the lease is valid): a deposed writer never
 * appends after its lease ran out.
 */
import { BourseError } from '../kernel/errors.ts';
import { Histogram } from '../kernel/histogram.ts';
import type { JetStreamPublishOptions } from 'nats';
import { batchHeaders, getMsg, msgId, type LogNames, type NatsConnection, type JetStreamClient, type JetStreamManager } from './log.ts';

export interface ReplicatorOptions {
  nc: NatsConnection;
  names: LogNames;
  /** Stream seq of the last message in the stream (what our first publish expects). */
  lastStreamSeq: number;
  /** Lease revision written into each message (the fencing token, for audits). */
  leaseRevision: () => number;
  /** False once the lease is not certainly ours: nothing is (re)published then. */
  mayPublish: () => boolean;
  onAcked: (lastBourseSeq: number) => void;
  onFenced: (e: BourseError) => void;
  timeoutMs?: number;
}

interface Pending {
  payload: Uint8Array;
  first: number;
  last: number;
  timeUs: number;
  lease: number;
  id: string;
  streamSeq: number;
  /** Msg id of the batch before this one in our term (the chain), '' for the first. */
  prevId: string;
  done: boolean;
  sent: boolean;
  /** performance.now() of the (last) publish. */
  sentAt: number;
}

const errText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export class Replicator {
  private readonly o: ReplicatorOptions;
  private readonly js: JetStreamClient;
  private jsm: JetStreamManager | undefined;
  private readonly queue: Pending[] = [];
  private nextStreamSeq: number;
  private lastId = '';
  private outstanding = 0;
  private recovering = false;
  private recoveryRunning = false;
  private fenced = false;
  private closed = false;
  /** Last Bourse seq the stream has acknowledged. */
  ackedSeq = 0;
  /** Stream seq of the last acknowledged message. */
  ackedStreamSeq: number;
  published = 0;
  republished = 0;
  recoveries = 0;
  /** Publish -> stream ack, per batch, in ns (the log's Raft round trip as this node sees it). */
  readonly logRttNs = new Histogram();
  /** Monotonic ms spent with publishes failing (stall), summed. */
  stallMs = 0;
  lastError = '';
  private stallSince = 0;

  constructor(o: ReplicatorOptions) {
    this.o = o;
    this.js = o.nc.jetstream({ timeout: o.timeoutMs ?? 2000 });
    this.nextStreamSeq = o.lastStreamSeq + 1;
    this.ackedStreamSeq = o.lastStreamSeq;
  }

  /** Batches sent or waiting, not yet acknowledged. */
  get inFlight(): number {
    return this.queue.length;
  }

  get isFenced(): boolean {
    return this.fenced;
  }

  /** Queue one batch (records first..last, payload owned by the replicator from now on). */
  send(payload: Uint8Array, first: number, last: number, timeUs: number): void {
    if (this.fenced || this.closed) return;
    const lease = this.o.leaseRevision();
    const p: Pending = { payload, first, last, timeUs, lease, id: msgId(first, last, lease), streamSeq: this.nextStreamSeq++, prevId: this.lastId, done: false, sent: false, sentAt: 0 };
    this.lastId = p.id;
    this.queue.push(p);
    if (!this.recovering && this.o.mayPublish()) this.publish(p);
    else if (!this.recovering) this.startRecovery(); // lease not certain now: hold it, retry later
  }

  private publish(p: Pending): void {
    p.sent = true;
    p.sentAt = performance.now();
    this.outstanding++;
    this.published++;
    this.js
      .publish(this.o.names.subject, p.payload, this.pubOpts(p, true))
      .then(
        (ack) => {
          this.outstanding--;
          if (ack.seq === p.streamSeq) {
            this.logRttNs.record((performance.now() - p.sentAt) * 1e6);
            this.markDone(p);
          } else this.fence(`stream stored batch ${p.id} at seq ${ack.seq}, expected ${p.streamSeq}${ack.duplicate ? ' (duplicate of another message)' : ''}`);
          this.maybeRecover();
        },
        (e: unknown) => {
          this.outstanding--;
          // "wrong last sequence": ours landed earlier (a lost ack), an earlier batch of ours is
          // missing, or someone else appended; anything else: NATS trouble. Recovery tells which.
          void errText(e);
          this.startRecovery();
          this.maybeRecover();
        },
      );
  }

  /**
   * Both fences: the stream's last seq must be the one we predict, and (within a term) its last
   * message must be our previous batch. The second one matters for pipelined batches delivered
   * late (a client's reconnect buffer, TCP retransmission after a partition heals): their
   * predicted seq can coincide with another writer's progress, their predecessor's id cannot.
   */
  private pubOpts(p: Pending, chain: boolean): Partial<JetStreamPublishOptions> {
    const expect: JetStreamPublishOptions['expect'] = { lastSequence: p.streamSeq - 1 };
    if (chain && p.prevId) expect.lastMsgID = p.prevId;
    return { msgID: p.id, expect, headers: batchHeaders(p.first, p.last, p.lease, p.timeUs) };
  }

  private markDone(p: Pending): void {
    p.done = true;
    while (this.queue.length > 0 && this.queue[0]!.done) {
      const q = this.queue.shift()!;
      this.ackedSeq = q.last;
      this.ackedStreamSeq = q.streamSeq;
      this.o.onAcked(q.last);
    }
  }

  private fence(why: string): void {
    if (this.fenced) return;
    this.fenced = true;
    this.o.onFenced(new BourseError('HA_FENCED', why));
  }

  private startRecovery(): void {
    if (!this.recovering) {
      this.recovering = true;
      this.recoveries++;
      this.stallSince = performance.now();
    }
  }

  /** Runs the recovery once every outstanding publish has settled. */
  private maybeRecover(): void {
    if (!this.recovering || this.outstanding > 0 || this.recoveryRunning || this.fenced || this.closed) return;
    this.recoveryRunning = true;
    void this.recover().finally(() => {
      this.recoveryRunning = false;
    });
  }

  /** Called by the owner's timer too: a held batch (lease was uncertain) is retried here. */
  poll(): void {
    if (this.recovering) this.maybeRecover();
  }

  private async recover(): Promise<void> {
    while (!this.fenced && !this.closed) {
      try {
        this.jsm ??= await this.o.nc.jetstreamManager();
        // What does the stream hold where we meant to write?
        let k = 0;
        for (; k < this.queue.length; k++) {
          const p = this.queue[k]!;
          if (p.done) continue;
          const m = await getMsg(this.jsm, this.o.names, p.streamSeq);
          if (!m) break;
          if (m.header.get('Nats-Msg-Id') === p.id) {
            this.markDone(p);
            k = -1; // the queue shifted: start over
            continue;
          }
          this.fence(`stream seq ${p.streamSeq} holds ${m.header.get('Nats-Msg-Id') || 'a message'} from another writer, not our ${p.id}`);
          return;
        }
        if (this.queue.length === 0) break;
        if (!this.o.mayPublish()) {
          await sleep(50);
          continue;
        }
        // Republish from the first missing batch, same msg ids and predicted seqs. The first one
        // alone, awaited, expecting only the stream's last seq (we just saw it: ours up to there;
        // a new stream leader may not know the last msg id yet); once it landed, the rest go out
        // pipelined with the full chain, like any batch (below), not one round trip at a time.
        const rest = this.queue.filter((p) => !p.done);
        for (const p of rest) p.sent = false;
        const head = rest[0]!;
        head.sent = true;
        this.republished++;
        let ok = false;
        try {
          const ack = await this.js.publish(this.o.names.subject, head.payload, this.pubOpts(head, false));
          ok = ack.seq === head.streamSeq;
          if (ok) this.markDone(head);
        } catch (e) {
          this.lastError = errText(e);
        }
        if (ok) break;
        await sleep(100); // look again: NATS still away, or someone else wrote there
      } catch (e) {
        this.lastError = errText(e);
        await sleep(100); // NATS unavailable: try again
      }
    }
    if (this.fenced || this.closed) return;
    this.recovering = false;
    this.stallMs += performance.now() - this.stallSince;
    // The rest of the recovered batches and those queued meanwhile: pipelined, in order.
    for (const p of this.queue) if (!p.sent && !p.done) this.publish(p);
  }

  debug(): Record<string, number | boolean | string> {
    return { queue: this.queue.length, outstanding: this.outstanding, recovering: this.recovering, running: this.recoveryRunning, published: this.published, republished: this.republished, next: this.nextStreamSeq, acked: this.ackedSeq, lastError: this.lastError } as Record<string, number | boolean | string>;
  }

  /** Stops publishing; unacknowledged batches are dropped (never acknowledged to anyone). */
  close(): void {
    this.closed = true;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
