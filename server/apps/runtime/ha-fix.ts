/**
 * The FIX session store of an HA pair (docs/replication.md "FIX on HA nodes"): the leader's store
 * lines (FixStore: sent messages with their native report numbers, the FIX numbers both ways,
 * ClOrdID mappings) are replicated through a second JetStream stream, BOURSE_FIX (subject
 * bourse.fix.log, the log's replicas), and no FIX message leaves the leader before the lines
 * appended before it are acknowledged by the stream's majority. Every node applies the stream to
 * its own copy (DATA/fix/KEY.fixlog) at boot, while it follows (about once a second), and to the
 * stream's end when it takes over, before its acceptor listens: the new leader holds every number,
 * message and converted report any initiator has seen, so a FIX session resumes on it with no
 * report lost or sent twice (a resend request is answered from the same store).
 *
 *   leader  gateway thread: FixStore.append ─▶ 'fixStore' (lines of one turn) ─▶ FixPublisher
 *             ─▶ publish (expected last seq, msg id f<term>-<n>) ─▶ ack ─▶ 'fixStoreAcked' ─▶ the
 *             held messages go out
 *   others  FixLogApplier.catchUp: stream seq applied+1 .. end ─▶ FixStore.applyLine per line
 *
 * Fencing as for the journal's log: each publish expects the stream's last seq this writer saw;
 * a deposed leader's late publish, or ours after another writer's, is refused and the node steps
 * down (boots again, applying what it missed). Payload: lines "<keyId> <store line>\n".
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { headers as natsHeaders, type NatsConnection } from 'nats';
import { readMessages } from '../../replication/reconcile.ts';
import { FixStore } from '../../gateway/fix.ts';
import { BourseError } from '../../kernel/errors.ts';

export const FIX_STREAM = 'BOURSE_FIX';
export const FIX_SUBJECT = 'bourse.fix.log';

const msg = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Bytes BOURSE_FIX keeps (when this node creates it): the oldest lines go first. A node whose copy
 * is older than what the stream still holds has incomplete stores (FixLogApplier.missing, kept in
 * its mark until the stream is recreated): it follows, but will not lead (FIX_LOG_TRIMMED, with
 * how to recover: fixTrimmedHelp). Default 1 GiB (about 3M reports).
 */
export const FIX_STREAM_MAX_BYTES = 1 << 30;

/** Creates BOURSE_FIX when missing (R = the log's replicas). */
async function ensureStream(nc: NatsConnection, replicas: number, maxBytes = FIX_STREAM_MAX_BYTES): Promise<string> {
  const jsm = await nc.jetstreamManager();
  try {
    return (await jsm.streams.info(FIX_STREAM)).created;
  } catch (e) {
    if (!/not found/i.test(msg(e))) throw e;
  }
  try {
    await jsm.streams.add({ name: FIX_STREAM, subjects: [FIX_SUBJECT], num_replicas: replicas, max_bytes: maxBytes, duplicate_window: 120e9, allow_direct: true });
  } catch (e) {
    if (!/already in use|exists/i.test(msg(e))) throw e;
  }
  return (await jsm.streams.info(FIX_STREAM)).created;
}

/** Applies BOURSE_FIX to this node's FIX stores; remembers how far (DATA/ha/fix-applied.json). */
export class FixLogApplier {
  private readonly fixDir: string;
  private readonly file: string;
  /** Last stream seq applied to (or published from) this node's stores. */
  applied = 0;
  private created = '';
  private busy: Promise<void> | undefined;
  /** Stream seqs this node's stores never got (the stream was trimmed past its copy), or undefined. */
  missing: [number, number] | undefined;

  private readonly log: (line: string) => void;

  constructor(fixDir: string, haDir: string, log: (line: string) => void = () => undefined) {
    this.fixDir = fixDir;
    this.log = log;
    this.file = join(haDir, 'fix-applied.json');
    mkdirSync(fixDir, { recursive: true });
    if (existsSync(this.file)) {
      try {
        const j = JSON.parse(readFileSync(this.file, 'utf8')) as { seq: number; created: string; missing?: [number, number] };
        this.applied = j.seq;
        this.created = j.created;
        this.missing = j.missing;
      } catch {
        /* unreadable: apply from the start (lines are idempotent in effect) */
      }
    }
  }

  /** Our own publish reached the stream at `seq` (its lines are already in our stores). */
  published(seq: number): void {
    if (seq > this.applied) this.applied = seq;
  }

  /** Records how far this node's stores hold the stream (atomically: temporary file, fsync, rename, directory fsync). */
  save(): void {
    writeMark(this.file, this.mark());
  }

  /** FIX_LOG_TRIMMED when this node's stores miss lines the stream no longer holds (it must not lead), else undefined. */
  refusal(): BourseError | undefined {
    if (!this.missing) return undefined;
    return new BourseError('FIX_LOG_TRIMMED', `its FIX stores miss ${FIX_STREAM} messages ${this.missing[0]}..${this.missing[1]}, trimmed from the stream. ${fixTrimmedHelp(this.fixDir, this.file)}`);
  }

  private mark(): Mark {
    return { seq: this.applied, created: this.created, ...(this.missing ? { missing: this.missing } : {}) };
  }

  /**
   * Applies the stream from our position to its end now; one catch-up at a time. `close`: the
   * stores' files are closed after it (before this node's gateway thread may open them: boot,
   * takeover); otherwise they stay open for the next one (a follower's periodic catch-up, so a
   * store is loaded and compacted once, not every second). Returns the applied seq.
   */
  async catchUp(nc: NatsConnection, replicas: number, close: boolean): Promise<number> {
    while (this.busy) await this.busy;
    const run = this.run(nc, replicas).finally(() => {
      if (close) this.closeStores();
    });
    this.busy = run.finally(() => (this.busy = undefined));
    await this.busy;
    return this.applied;
  }

  /** Closes the stores the catch-ups opened. */
  closeStores(): void {
    for (const s of this.stores.values()) s.close();
    this.stores.clear();
  }

  private readonly stores = new Map<number, FixStore>();

  private async run(nc: NatsConnection, replicas: number): Promise<void> {
    const created = await ensureStream(nc, replicas);
    if (created !== this.created) {
      this.created = created;
      this.applied = 0; // a new stream: everything in it is new to us
      this.missing = undefined;
    }
    const jsm = await nc.jetstreamManager();
    const st = (await jsm.streams.info(FIX_STREAM)).state;
    const from = Math.max(this.applied + 1, st.first_seq);
    const to = st.last_seq;
    if (st.messages > 0 && this.applied + 1 < st.first_seq) {
      this.missing = [this.missing?.[0] ?? this.applied + 1, st.first_seq - 1];
      this.log(`ha: ${new BourseError('FIX_LOG_TRIMMED', `${FIX_STREAM} was trimmed past this node's copy (applied ${this.applied}, the stream starts at ${st.first_seq}): its FIX stores miss the stream's messages ${this.missing[0]}..${this.missing[1]}. ${fixTrimmedHelp(this.fixDir, this.file)}`).message}`);
    }
    if (st.messages === 0 || from > to) {
      const at = this.applied;
      this.applied = Math.max(this.applied, to);
      if (this.applied !== at || this.missing) this.save();
      return;
    }
    const stores = this.stores;
    const touched = new Set<FixStore>();
    const at = this.applied;
    try {
      await readMessages(nc, { stream: FIX_STREAM }, from, to, (seq, data) => {
        applyPayload(Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1'), this.fixDir, stores, touched);
        this.applied = seq;
      });
    } finally {
      // Durable, then marked: the lines applied are on disk before the mark says so (a crash in
      // between re-applies them at the next catch-up, which changes nothing; the other order could
      // leave the mark ahead of the stores, and those lines would never be applied again).
      if (this.applied !== at) await persistApplied(this.fixDir, touched, this.file, this.mark());
    }
  }
}

type Mark = { seq: number; created: string; missing?: [number, number] };

/** How an operator brings a node whose FIX copy was trimmed back to leading (FIX_LOG_TRIMMED). */
export function fixTrimmedHelp(fixDir: string, markFile: string): string {
  return `This node follows but will not lead. To recover, stop it and copy ${fixDir}/*.fixlog and ${markFile} from the node that leads (copied together), then start it again; ` +
    `or start it with BOURSE_HA_FIX_TRIMMED_OK=1 to lead with its stores as they are (the FIX sessions whose lines it lacks must then reset their sequence numbers)`;
}

/** Writes the applied-mark file atomically and durably (temporary file, fsync, rename, directory fsync). */
function writeMark(file: string, mark: Mark): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(mark));
  let fd = openSync(tmp, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  fd = openSync(join(file, '..'), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The FIX stores' lines made durable, then the mark of how far they hold the stream written: the
 * files' data fdatasync'ed (through a descriptor of their own: the data of the file, whoever
 * wrote it), the directory fsync'ed (a compaction renames a store's file), then writeMark. The
 * data syncs run in libuv's pool; only the small mark's write is on the calling thread.
 */
export async function persistApplied(fixDir: string, stores: Iterable<FixStore>, file: string, mark: Mark): Promise<void> {
  for (const st of stores) {
    const fh = await open(st.path, 'r');
    try {
      await fh.datasync();
    } finally {
      await fh.close();
    }
  }
  const dh = await open(fixDir, 'r');
  try {
    await dh.sync();
  } finally {
    await dh.close();
  }
  writeMark(file, mark);
}

function applyPayload(text: string, dir: string, stores: Map<number, FixStore>, touched: Set<FixStore>): void {
  let p = 0;
  while (p < text.length) {
    let e = text.indexOf('\n', p);
    if (e < 0) e = text.length - 1;
    const sp = text.indexOf(' ', p);
    const keyId = Number(text.slice(p, sp));
    let st = stores.get(keyId);
    if (!st) stores.set(keyId, (st = new FixStore(dir, keyId)));
    st.applyLine(text.slice(sp + 1, e + 1));
    touched.add(st);
    p = e + 1;
  }
}

/** The leader's side: publishes the gateway thread's store lines in order, one batch in flight. */
export class FixPublisher {
  private readonly nc: NatsConnection;
  private readonly applier: FixLogApplier;
  private readonly term: number;
  private readonly mayPublish: () => boolean;
  private readonly onAcked: (lines: number) => void;
  private readonly onFenced: (why: string) => void;
  private queue: { text: string; lines: number }[] = [];
  private inFlight: { payload: Uint8Array; lines: number; id: string } | undefined;
  private lastSeq: number;
  private linesAcked = 0;
  private n = 0;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;

  private readonly log: (line: string) => void;
  private lastError = '';

  constructor(o: { nc: NatsConnection; applier: FixLogApplier; term: number; mayPublish: () => boolean; onAcked: (lines: number) => void; onFenced: (why: string) => void; log?: (line: string) => void }) {
    this.log = o.log ?? (() => undefined);
    this.nc = o.nc;
    this.applier = o.applier;
    this.term = o.term;
    this.mayPublish = o.mayPublish;
    this.onAcked = o.onAcked;
    this.onFenced = o.onFenced;
    this.lastSeq = o.applier.applied;
  }

  push(text: string, lines: number): void {
    if (this.closed) return;
    this.queue.push({ text, lines });
    if (!this.inFlight) void this.pump();
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.applier.save();
  }

  private async pump(): Promise<void> {
    while (!this.closed && (this.inFlight || this.queue.length > 0)) {
      if (!this.mayPublish()) {
        // Not certainly the leader: nothing goes out (the held FIX messages wait, or die with the life).
        await new Promise<void>((r) => (this.timer = setTimeout(r, 20)));
        continue;
      }
      if (!this.inFlight) {
        const q = this.queue;
        this.queue = [];
        this.inFlight = { payload: Buffer.from(q.map((b) => b.text).join(''), 'latin1'), lines: q.reduce((a, b) => a + b.lines, 0), id: `f${this.term}-${++this.n}` };
      }
      const b = this.inFlight;
      try {
        const h = natsHeaders();
        h.set('Bourse-Lease', String(this.term));
        const ack = await this.nc.jetstream().publish(FIX_SUBJECT, b.payload, { msgID: b.id, expect: { lastSequence: this.lastSeq }, headers: h, timeout: 2000 });
        if (ack.seq !== this.lastSeq + 1) {
          this.fence(`${FIX_STREAM} stored ${b.id} at seq ${ack.seq}, expected ${this.lastSeq + 1}`);
          return;
        }
        this.lastSeq = ack.seq;
        this.applier.published(ack.seq);
        this.inFlight = undefined;
        this.linesAcked += b.lines;
        this.onAcked(this.linesAcked);
      } catch (e) {
        if (/wrong last sequence/i.test(msg(e))) {
          this.fence(`${FIX_STREAM}: another writer appended after seq ${this.lastSeq}`);
          return;
        }
        if (msg(e) !== this.lastError) this.log(`ha: FIX store log: publishing ${b.id}: ${msg(e)}; retrying`);
        this.lastError = msg(e);
        await sleep(50); // NATS busy or electing: the same batch again (same msg id: de-duplicated if it landed)
      }
    }
  }

  private fence(why: string): void {
    this.closed = true;
    this.onFenced(why);
  }
}
