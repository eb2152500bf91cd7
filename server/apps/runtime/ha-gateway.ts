/**
 * The order-entry gateway of an HA node (`bourse start --role … --gateway-port P`): the same
 * gateway thread as `bourse start` (gateway-worker.ts), fed by the node instead of the core thread.
 *
 *   boot:   journal replay ──events──▶ gateway ring ──▶ gateway thread (folds, does not listen)
 *   follow: the replicated log's inputs applied ──events──▶ same ring (sessions kept current)
 *   lead:   'recovered' ──▶ it registers its keys (commands) and listens; each tick the leader
 *           sequences the commands ring through its Primary (only while the lease is certainly
 *           its own) and the released events go to the ring as on the standalone exchange
 *   step down / stop: the thread ends with its connections; the next life starts a new one
 *
 * Every life rebuilds the sessions from the node's journal, which is the replicated log's: a
 * broker that reconnects to the new leader resumes by its last seen report number, nothing lost,
 * nothing duplicated. A node whose journal does not start at seq 1 (bootstrapped from a snapshot
 * in the object store) cannot rebuild the sessions' numbering: it serves no gateway (logged).
 */
import { Worker } from 'node:worker_threads';
import { Ring, RING_HEADER_BYTES } from '../../bus/ring.ts';
import { CMD_SIZE } from '../../engine/commands.ts';
import { EVENT_SIZE, EvSlot } from '../../engine/events.ts';
import type { GatewayOptions } from '../../gateway/gateway.ts';

const RING_RECORDS = 1 << 16;

export class HaGateway {
  private readonly worker: Worker;
  private readonly toCore: Ring;
  private readonly fromCore: Ring;
  private readonly cmdBytes: Uint8Array;
  private closed = false;
  /** The bound port once listening (leader only). */
  port: number | undefined;
  /** Set when the gateway thread failed: the node logs it and goes on without order entry. */
  error: Error | undefined;
  private listening: ((port: number) => void) | undefined;
  private readonly log: (line: string) => void;

  /** The FIX acceptor's port once listening (leader with --fix-port). */
  fixPort: number | undefined;
  /** HA FIX: the gateway thread's store lines (ha-fix.ts FixPublisher takes them while this life leads). */
  onFixStore: ((text: string, lines: number) => void) | undefined;

  /**
   * `latency`: the node's latency block (shared-stats.ts Lat); the gateway thread writes Lat.receipt.
   * `fixReplicate`: FIX messages wait for their store lines' replication (ha-fix.ts).
   */
  constructor(options: GatewayOptions, log: (line: string) => void, latency?: SharedArrayBuffer, fixReplicate = false, snapshots = '') {
    this.log = log;
    this.toCore = Ring.create(RING_RECORDS, CMD_SIZE);
    this.fromCore = Ring.create(RING_RECORDS, EVENT_SIZE);
    this.cmdBytes = new Uint8Array(this.toCore.sab, RING_HEADER_BYTES);
    this.worker = new Worker(new URL('./gateway-worker.ts', import.meta.url), {
      workerData: { options, toCore: this.toCore.sab, fromCore: this.fromCore.sab, snapshots, latency, fixReplicate },
    });
    this.worker.on('message', (m: { type: string; port?: number; fixPort?: number; text?: string; lines?: number }) => {
      if (m.type === 'listening') {
        this.port = m.port;
        this.fixPort = m.fixPort;
        this.listening?.(m.port!);
      } else if (m.type === 'fixStore') this.onFixStore?.(m.text!, m.lines!);
    });
    this.worker.on('error', (e) => {
      this.error = e;
      log(`ha: gateway thread failed: ${e.message}`);
    });
  }

  /** Events of durable inputs (an event log's bytes): what the sessions' reports derive from. */
  events(bytes: Uint8Array, count: number): void {
    if (this.closed || count === 0 || this.error) return;
    try {
      this.fromCore.write(bytes, count, 10_000); // a gateway thread that stopped reading must not hang the node
    } catch (e) {
      this.error = e as Error;
      this.log(`ha: gateway events ring: ${this.error.message}; order entry stops for this life`);
    }
  }

  /** A ring-only record (gateway/state.ts GwMark): restore the snapshot at `seq` (before any event), or write one there. */
  mark(type: number, seq: number): void {
    const rec = new Uint8Array(EVENT_SIZE);
    const dv = new DataView(rec.buffer);
    dv.setInt32(0, type, true);
    dv.setFloat64(EvSlot.inputSeq * 8, seq, true);
    this.events(rec, 1);
  }

  /** The node leads from seq `seq`: the gateway registers its keys and listens. Resolves with the port. */
  lead(seq: number): Promise<number> {
    return new Promise((resolve) => {
      this.listening = resolve;
      this.worker.postMessage({ type: 'recovered', seq });
    });
  }

  /** The first `lines` FIX store lines are replicated: the FIX messages waiting for them go out. */
  fixAcked(lines: number): void {
    if (!this.closed) this.worker.postMessage({ type: 'fixStoreAcked', lines });
  }

  /** Hands the gateway's queued commands to `submit` (in ring order); returns how many. */
  drain(submit: (rec: Uint8Array, at: number) => void, max = 4096): number {
    const bytes = this.cmdBytes;
    return this.toCore.read((_f, _i, first, count) => {
      for (let k = first; k < first + count; k++) submit(bytes, k * CMD_SIZE);
    }, max);
  }

  /** Ends the gateway thread and its connections (step down, reboot, stop). */
  close(): Promise<number> {
    if (this.closed) return Promise.resolve(0);
    this.closed = true;
    this.fromCore.close();
    return this.worker.terminate();
  }
}
