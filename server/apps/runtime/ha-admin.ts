/**
 * The admin channel of an HA node (`bourse start --role … --data DIR`): the same socket,
 * DIR/admin.sock (mode 0600), the same frames and the same `bourse accounts` client as
 * `bourse start` (admin.ts), served by whichever life of the node is running.
 *
 *   leader:   a command is stamped and journaled by this term's Primary like an order, replicated,
 *             and answered with its events once released (local fsync and, with --ack majority,
 *             the log's majority); `list` reads the engine's account tables (the main thread's)
 *   follower: every request is refused with ADMIN_NOT_LEADER, naming the lease holder and, when
 *             that node published it in its status (KV node.<id>), its admin socket's path
 *
 * Requests waiting for their events when the node stops leading (step down, kill, stop) are
 * answered ADMIN_NOT_LEADER: the command may or may not be in the log; `bourse accounts list` on
 * the new leader says which (the commands are idempotent in effect or refused as *_EXISTS).
 */
import { BourseError } from '../../kernel/errors.ts';
import { decodeEvent, evEndOfInput, EVENT_SIZE, EVENT_SLOTS, EvSlot, type EventView } from '../../engine/events.ts';
import type { Engine } from '../../engine/engine.ts';
import type { AdminTarget } from './admin.ts';
import type { InboundReply } from './exchange.ts';
import { InboundKind } from './sources.ts';

/** What the admin channel needs of the node (HaNode implements it). */
export interface HaAdminNode {
  /** The engine while this life leads and the lease is certainly its own, else undefined. */
  leadingEngine(): Engine | undefined;
  /** Stamp and journal one command record in this term (its seq). */
  accept(rec: Uint8Array): number;
  /** The lease holder as this node last saw it, and its admin socket if it published one. */
  leader(): Promise<{ node: string; admin?: string }>;
  readonly role: string;
  readonly o: { nodeId: string };
}

interface Waiter {
  resolve: (r: InboundReply) => void;
  reject: (e: BourseError) => void;
  timer: NodeJS.Timeout;
  events: EventView[];
}

export class HaAdmin implements AdminTarget {
  private readonly node: HaAdminNode;
  private readonly waiting = new Map<number, Waiter>();

  constructor(node: HaAdminNode) {
    this.node = node;
  }

  /** Named in every answer (admin.ts): `bourse accounts` prints which node answered. */
  get nodeId(): string {
    return this.node.o.nodeId;
  }

  async adminRequest(kind: number, cmd?: Uint8Array, timeoutMs = 5000): Promise<InboundReply> {
    const engine = this.node.leadingEngine();
    if (!engine) throw await this.notLeader();
    if (kind === InboundKind.ListAccounts) {
      return { accounts: { firms: engine.firms(), accounts: engine.accounts(), positions: engine.positions(), symbols: engine.symbols().map((symbol) => ({ symbol, name: engine.instrument(symbol)!.name })) } };
    }
    if (kind !== InboundKind.Command || !cmd) throw new BourseError('ADMIN_BAD_FRAME', `unknown admin request kind ${kind}`);
    let seq: number;
    try {
      seq = this.node.accept(cmd);
    } catch (e) {
      if (e instanceof BourseError && e.code === 'HA_NOT_LEADER') throw await this.notLeader();
      throw e;
    }
    return new Promise<InboundReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(seq);
        reject(new BourseError('ADMIN_TIMEOUT', `input ${seq} not acknowledged within ${timeoutMs} ms (the log's majority may be away)`));
      }, timeoutMs);
      this.waiting.set(seq, { resolve, reject, timer, events: [] });
    });
  }

  /** Released (acknowledged) events of the leader: answers the commands waiting for them. Cold unless one waits. */
  released(bytes: Uint8Array, count: number): void {
    if (this.waiting.size === 0 || count === 0) return;
    const copy = bytes.slice(0, count * EVENT_SIZE);
    const f64 = new Float64Array(copy.buffer);
    const i32 = new Int32Array(copy.buffer);
    for (let k = 0; k < count; k++) {
      const seq = f64[k * EVENT_SLOTS + EvSlot.inputSeq]!;
      const w = this.waiting.get(seq);
      if (!w) continue;
      w.events.push(decodeEvent(f64, i32, k));
      if (evEndOfInput(i32, k)) {
        this.waiting.delete(seq);
        clearTimeout(w.timer);
        w.resolve({ events: w.events });
      }
    }
  }

  /** This life stopped leading: whatever waits gets ADMIN_NOT_LEADER. */
  abandon(why: string): void {
    for (const [seq, w] of this.waiting) {
      clearTimeout(w.timer);
      w.reject(new BourseError('ADMIN_NOT_LEADER', `node ${this.node.o.nodeId} stopped leading (${why}) before input ${seq} was acknowledged: check with bourse accounts list on the new leader`));
    }
    this.waiting.clear();
  }

  private async notLeader(): Promise<BourseError> {
    const me = this.node.o.nodeId;
    let l: { node: string; admin?: string } = { node: '' };
    try {
      l = await this.node.leader();
    } catch {
      /* NATS away: the refusal names no leader */
    }
    const where = !l.node || l.node === me ? 'no leader is known right now' : `the leader is node ${l.node}${l.admin ? ` (admin socket ${l.admin}: bourse accounts ... --data ${l.admin.replace(/\/admin\.sock$/, '')})` : ''}`;
    return new BourseError('ADMIN_NOT_LEADER', `node ${me} is ${this.node.role}: ${where}`);
  }
}
