/**
 * The peer: nodejs-order-book (npm, v10.1.1), driven by the same Bourse command stream.
 *
 * Translation happens BEFORE timing (`translate`): each record becomes one op in typed arrays,
 * with the order-id and account strings the peer's API needs built up front, so the timed loop
 * (`PeerRunner.run`) pays only for building the options object the API takes and for the
 * peer's own work. One OrderBook per symbol. Mapping (docs/benchmarks.md repeats it):
 *   NEW_ORDER limit GTC/IOC -> book.limit({ id, side, size, price, timeInForce, accountId,
 *                              stpMode: EXPIRE_MAKER })  (Bourse cancels the resting order of
 *                              the same account: the peer's EXPIRE_MAKER)
 *   NEW_ORDER market        -> book.market({ side, size, accountId, stpMode: EXPIRE_MAKER })
 *   CANCEL                  -> book.cancel(id)
 *   MODIFY                  -> book.modify(id, { price, size })  (the peer always re-queues;
 *                              Bourse keeps priority on a same-price size decrease)
 *   DEFINE_INSTRUMENT       -> new OrderBook() (warm-up only)
 * Skipped (counted as ops, nothing called), because the peer cannot express the check that
 * makes Bourse reject them or has no such command: CLOCK_TICK, SET_STATUS (and orders/modifies
 * on a halted symbol), unknown symbol, off-tick price, off-lot or above-max quantity, cancels or
 * modifies naming another account's order. Non-positive price/qty go through: the peer rejects
 * those itself. Duplicate client order ids go through (the peer has no client ids) and rest.
 * No price band: the peer's market orders may sweep further than Bourse's.
 */
import { OrderBook, SelfTradePreventionMode, Side as PeerSide } from 'nodejs-order-book';
import { Cmd, CmdOff, cmdSize, readAscii } from '../../server/engine/commands.ts';
import { OrdType, Side, TimeInForce, TradingStatus } from '../../server/kernel/types.ts';

export const PeerOp = { Skip: 0, Define: 1, Limit: 2, Market: 3, Cancel: 4, Modify: 5 } as const;

/** A translated stream: op i of kind op[i] on book sym[i]. */
export interface PeerProgram {
  readonly length: number;
  /** Byte offset just past the last record translated (where the next translate starts). */
  readonly end: number;
  readonly op: Uint8Array;
  readonly sym: Uint32Array;
  readonly side: Uint8Array; // 1 buy, 2 sell
  readonly ioc: Uint8Array;
  readonly price: Float64Array;
  readonly size: Float64Array;
  readonly id: string[];
  readonly account: string[];
  /** Ops per kind, for the report. */
  readonly counts: Record<keyof typeof PeerOp, number>;
}

/**
 * What the translator must remember across calls (warm-up, then the timed part): instruments,
 * halts, and which account placed each order id.
 */
export class PeerTranslator {
  private tick = new Map<number, number>();
  private lot = new Map<number, number>();
  private maxQty = new Map<number, number>();
  private halted = new Set<number>();
  private owner = new Map<number, number>();
  private accountNames: string[] = [];

  /** Translate `count` records starting at byte `from` of `buf`. */
  translate(buf: Uint8Array, from: number, count: number): PeerProgram {
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const op = new Uint8Array(count);
    const sym = new Uint32Array(count);
    const side = new Uint8Array(count);
    const ioc = new Uint8Array(count);
    const price = new Float64Array(count);
    const size = new Float64Array(count);
    const id: string[] = new Array<string>(count).fill('');
    const account: string[] = new Array<string>(count).fill('');
    const counts = { Skip: 0, Define: 0, Limit: 0, Market: 0, Cancel: 0, Modify: 0 };
    let at = from;
    for (let i = 0; i < count; i++) {
      const type = buf[at]!;
      const s = dv.getUint32(at + CmdOff.symbol, true);
      const known = this.tick.has(s);
      let kind: number = PeerOp.Skip;
      sym[i] = s;
      if (type === Cmd.DefineInstrument) {
        if (!known && readAscii(buf, at + CmdOff.name, 16) !== '') {
          this.tick.set(s, dv.getFloat64(at + CmdOff.tick, true));
          this.lot.set(s, dv.getFloat64(at + CmdOff.lot, true));
          this.maxQty.set(s, dv.getFloat64(at + CmdOff.maxQty, true));
          kind = PeerOp.Define;
        }
      } else if (type === Cmd.SetStatus) {
        const st = dv.getUint32(at + CmdOff.status, true);
        if (known && st === TradingStatus.Halted) this.halted.add(s);
        if (known && st === TradingStatus.Open) this.halted.delete(s);
      } else if (type === Cmd.NewOrder && known && !this.halted.has(s)) {
        const seq = dv.getFloat64(at + CmdOff.seq, true);
        const p = dv.getFloat64(at + CmdOff.price, true);
        const q = dv.getFloat64(at + CmdOff.qty, true);
        const ot = dv.getUint8(at + CmdOff.ordType);
        const acct = dv.getUint32(at + CmdOff.account, true);
        if (this.expressible(s, ot === OrdType.Limit ? p : this.tick.get(s)!, q)) {
          kind = ot === OrdType.Market ? PeerOp.Market : PeerOp.Limit;
          side[i] = dv.getUint8(at + CmdOff.side);
          ioc[i] = dv.getUint8(at + CmdOff.tif) === TimeInForce.IOC ? 1 : 0;
          price[i] = p;
          size[i] = q;
          id[i] = String(seq);
          account[i] = this.accountName(acct);
          this.owner.set(seq, acct);
        }
      } else if ((type === Cmd.Cancel || type === Cmd.Modify) && known) {
        const target = dv.getFloat64(at + CmdOff.orderId, true);
        const acct = dv.getUint32(at + CmdOff.account, true);
        const p = dv.getFloat64(at + CmdOff.price, true);
        const q = dv.getFloat64(at + CmdOff.qty, true);
        // An unknown id goes through (the peer answers "not found"); another account's does not.
        const mine = (this.owner.get(target) ?? acct) === acct;
        if (type === Cmd.Cancel && mine) kind = PeerOp.Cancel;
        else if (type === Cmd.Modify && mine && !this.halted.has(s) && this.expressible(s, p, q)) {
          kind = PeerOp.Modify;
          price[i] = p;
          size[i] = q;
        }
        if (kind !== PeerOp.Skip) id[i] = String(target);
      }
      op[i] = kind;
      counts[(Object.keys(PeerOp) as (keyof typeof PeerOp)[])[kind]!]++;
      at += cmdSize(type);
    }
    return { length: count, end: at, op, sym, side, ioc, price, size, id, account, counts };
  }

  /** Checks Bourse makes and the peer cannot: tick, lot, max size (non-positive goes through). */
  private expressible(s: number, p: number, q: number): boolean {
    if (!(p > 0) || !(q > 0)) return true;
    return p % this.tick.get(s)! === 0 && Number.isSafeInteger(q) && q % this.lot.get(s)! === 0 && q <= this.maxQty.get(s)!;
  }

  private accountName(a: number): string {
    return (this.accountNames[a] ??= `acct${a}`);
  }
}

const BUY = PeerSide.BUY;
const SELL = PeerSide.SELL;
const STP = SelfTradePreventionMode.EXPIRE_MAKER;
type Tif = NonNullable<Parameters<OrderBook['limit']>[0]['timeInForce']>;
const GTC = 'GTC' as Tif;
const IOC = 'IOC' as Tif;

/** A set of peer books (one per symbol) that runs translated programs. */
export class PeerRunner {
  readonly books: OrderBook[] = [];
  /** Calls the peer answered with an error (its own validation, unknown ids). */
  errors = 0;

  /** Run ops [from, to) of a program. */
  run(p: PeerProgram, from = 0, to = p.length): void {
    const books = this.books;
    const { op, sym, side, ioc, price, size, id, account } = p;
    let errors = 0;
    for (let i = from; i < to; i++) {
      switch (op[i]) {
        case PeerOp.Limit: {
          const r = books[sym[i]!]!.limit({ id: id[i]!, side: side[i] === Side.Buy ? BUY : SELL, size: size[i]!, price: price[i]!, timeInForce: ioc[i] === 1 ? IOC : GTC, accountId: account[i]!, stpMode: STP });
          if (r.err !== null) errors++;
          break;
        }
        case PeerOp.Market: {
          const r = books[sym[i]!]!.market({ side: side[i] === Side.Buy ? BUY : SELL, size: size[i]!, accountId: account[i]!, stpMode: STP });
          if (r.err !== null) errors++;
          break;
        }
        case PeerOp.Cancel:
          if (books[sym[i]!]!.cancel(id[i]!) === undefined) errors++;
          break;
        case PeerOp.Modify: {
          const r = books[sym[i]!]!.modify(id[i]!, { price: price[i]!, size: size[i]! });
          if (r.err !== null) errors++;
          break;
        }
        case PeerOp.Define:
          books[sym[i]!] = new OrderBook();
          break;
      }
    }
    this.errors += errors;
  }

  /** Orders resting in all books (bids + asks). */
  resting(): number {
    let n = 0;
    for (const b of this.books) if (b) n += Object.keys((b as unknown as { orders: object }).orders).length;
    return n;
  }
}
