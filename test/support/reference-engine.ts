/**
 * The obviously-correct reference for the differential test: plain objects, arrays re-sorted
 * on every change, linear scans. Written from the rules (docs/engine.md), not from engine.ts,
 * and slow on purpose. It emits the same event records and the same canonical state bytes.
 */
import { Errors } from '../../server/kernel/errors.ts';
import { ByteWriter } from '../../server/kernel/bytes.ts';
import { decodeCommand, Cmd } from '../../server/engine/commands.ts';
import { EventWriter, CancelReason, Priority } from '../../server/engine/events.ts';

interface Order { id: number; acct: number; clId: number; price: number; qty: number; side: number; sym: number; time: number }
interface Inst {
  name: string; currency: string; tick: number; lot: number; maxQty: number; ref: number; bps: number;
  pd: number; qd: number; status: number; last: number; bids: Order[]; asks: Order[];
}

let arrival = 0; // queue position counter: FIFO = ascending arrival within a price

export class ReferenceEngine {
  readonly out = new EventWriter();
  private inst = new Map<number, Inst>();
  private tradeSeq = 0;
  private seq = 0;
  private now = 0;

  apply(buf: Uint8Array, at: number): void {
    this.applyOne(buf, at);
    this.out.endInput();
  }

  private applyOne(buf: Uint8Array, at: number): void {
    const c = decodeCommand(buf, at) as any;
    this.seq = c.seq;
    this.now = c.time;
    this.out.inputSeq = c.seq;
    this.out.time = c.time;
    switch (c.type) {
      case Cmd.NewOrder: return this.newOrder(c);
      case Cmd.Cancel: return this.cancel(c);
      case Cmd.Modify: return this.modify(c);
      case Cmd.SetStatus: {
        const i = this.inst.get(c.symbol);
        if (!i) return this.out.rejected(0, Errors.UNKNOWN_SYMBOL.num, c.symbol, Cmd.SetStatus, 0, 0, 0, 0, 0);
        if (c.status !== 1 && c.status !== 2) return this.out.rejected(0, Errors.BAD_STATUS.num, c.symbol, Cmd.SetStatus, 0, 0, 0, 0, 0);
        i.status = c.status;
        return this.out.status(c.symbol, c.status);
      }
      case Cmd.ClockTick: return this.out.clock();
      case Cmd.DefineInstrument: return this.define(c);
      default: return this.out.rejected(0, Errors.BAD_COMMAND.num, 0, c.type, 0, 0, 0, 0, 0);
    }
  }

  private define(c: any): void {
    const int = (n: number) => Number.isSafeInteger(n) && n > 0;
    const ok = c.symbol < 65536 && /^[A-Z0-9][A-Z0-9._/-]{0,15}$/.test(c.name) && /^[A-Z]{1,8}$/.test(c.currency) &&
      int(c.tick) && int(c.lot) && int(c.maxQty) && c.maxQty >= c.lot && int(c.refPrice) && c.refPrice % c.tick === 0 &&
      int(c.bandBps) && c.bandBps <= 10000 && c.priceDecimals <= 18 && c.qtyDecimals <= 18;
    if (!ok) return this.out.rejected(0, Errors.BAD_INSTRUMENT.num, c.symbol, Cmd.DefineInstrument, 0, 0, 0, 0, 0);
    if (this.inst.has(c.symbol) || [...this.inst.values()].some((i) => i.name === c.name)) {
      return this.out.rejected(0, Errors.INSTRUMENT_EXISTS.num, c.symbol, Cmd.DefineInstrument, 0, 0, 0, 0, 0);
    }
    this.inst.set(c.symbol, { name: c.name, currency: c.currency, tick: c.tick, lot: c.lot, maxQty: c.maxQty, ref: c.refPrice, bps: c.bandBps, pd: c.priceDecimals, qd: c.qtyDecimals, status: 1, last: c.refPrice, bids: [], asks: [] });
    this.out.instrument(c.symbol, c.name, c.tick, c.lot, c.maxQty, c.refPrice, c.priceDecimals, c.qtyDecimals);
  }

  private band(i: Inst): [number, number] {
    const lo = Math.ceil((i.last * (10000 - i.bps)) / 10000 / i.tick) * i.tick;
    return [Math.max(lo, i.tick), Math.floor((i.last * (10000 + i.bps)) / 10000 / i.tick) * i.tick];
  }

  private qtyErr(i: Inst, q: number): number {
    if (!(q > 0)) return Errors.QTY_NOT_POSITIVE.num;
    if (!Number.isSafeInteger(q) || q % i.lot !== 0) return Errors.QTY_NOT_LOT_MULTIPLE.num;
    if (q > i.maxQty) return Errors.QTY_ABOVE_MAX.num;
    return 0;
  }

  private priceErr(i: Inst, p: number): number {
    if (!(p > 0)) return Errors.PRICE_NOT_POSITIVE.num;
    if (!Number.isSafeInteger(p) || p % i.tick !== 0) return Errors.PRICE_OFF_TICK.num;
    const [lo, hi] = this.band(i);
    if (p < lo || p > hi) return Errors.PRICE_OUTSIDE_BAND.num;
    return 0;
  }

  private all(): Order[] {
    return [...this.inst.values()].flatMap((i) => [...i.bids, ...i.asks]);
  }

  private newOrder(c: any): void {
    const i = this.inst.get(c.symbol);
    let err = 0;
    if (!i) err = Errors.UNKNOWN_SYMBOL.num;
    else if (c.side !== 1 && c.side !== 2) err = Errors.BAD_SIDE.num;
    else if (c.ordType !== 1 && c.ordType !== 2) err = Errors.BAD_ORDER_TYPE.num;
    else if (c.tif !== 1 && c.tif !== 2) err = Errors.BAD_TIME_IN_FORCE.num;
    else if (c.account === 0 || c.account > 1 << 20) err = Errors.BAD_ACCOUNT.num;
    else if (i.status !== 1) err = Errors.SYMBOL_HALTED.num;
    else err = this.qtyErr(i, c.qty);
    if (!err && c.ordType === 1) err = this.priceErr(i!, c.price);
    if (!err && this.all().some((o) => o.acct === c.account && o.clId === c.clientOrderId)) err = Errors.DUPLICATE_CLIENT_ORDER_ID.num;
    if (err) return this.out.rejected(c.side & 0xff, err, c.symbol, Cmd.NewOrder, c.seq, c.price, c.qty, c.clientOrderId, c.account);
    const inst = i!;
    this.out.accepted(c.side, c.ordType, c.tif, c.symbol, c.seq, c.ordType === 1 ? c.price : 0, c.qty, c.clientOrderId, c.account);
    const [lo, hi] = this.band(inst);
    const limit = c.ordType === 1 ? c.price : c.side === 1 ? hi : lo;
    const left = this.match(inst, c.symbol, c.side, limit, c.qty, c.seq, c.account);
    if (left > 0) {
      if (c.ordType === 1 && c.tif === 1) this.rest(inst, { id: c.seq, acct: c.account, clId: c.clientOrderId, price: c.price, qty: left, side: c.side, sym: c.symbol, time: 0 });
      else this.out.cancelled(c.side, CancelReason.Unfilled, c.symbol, c.seq, limit, left, false);
    }
  }

  private find(c: any): Order | number {
    const i = this.inst.get(c.symbol);
    if (!i) return Errors.UNKNOWN_SYMBOL.num;
    const o = [...i.bids, ...i.asks].find((x) => x.id === c.orderId && x.acct === c.account);
    return o ?? Errors.UNKNOWN_ORDER.num;
  }

  private cancel(c: any): void {
    const o = this.find(c);
    if (typeof o === 'number') return this.out.rejected(0, o, c.symbol, Cmd.Cancel, c.orderId, 0, 0, 0, c.account);
    this.out.cancelled(o.side, CancelReason.User, c.symbol, o.id, o.price, o.qty, true);
    this.remove(o);
  }

  private modify(c: any): void {
    const o = this.find(c);
    const i = this.inst.get(c.symbol);
    let err = typeof o === 'number' ? o : 0;
    if (!err && i!.status !== 1) err = Errors.SYMBOL_HALTED.num;
    if (!err) err = this.qtyErr(i!, c.qty);
    if (!err) err = this.priceErr(i!, c.price);
    if (err) return this.out.rejected(typeof o === 'number' ? 0 : o.side, err, c.symbol, Cmd.Modify, c.orderId, c.price, c.qty, 0, c.account);
    const ord = o as Order;
    if (c.price === ord.price && c.qty <= ord.qty) {
      this.out.modified(ord.side, Priority.Kept, c.symbol, ord.id, c.price, c.qty, ord.price, ord.qty);
      ord.qty = c.qty;
      return;
    }
    this.out.modified(ord.side, Priority.Lost, c.symbol, ord.id, c.price, c.qty, ord.price, ord.qty);
    this.remove(ord);
    const left = this.match(i!, c.symbol, ord.side, c.price, c.qty, ord.id, ord.acct);
    if (left > 0) this.rest(i!, { ...ord, price: c.price, qty: left });
  }

  /** Best first: bids by price desc, asks by price asc; then arrival. */
  private sorted(i: Inst, side: number): Order[] {
    const list = side === 1 ? i.bids : i.asks;
    list.sort((a, b) => (a.price === b.price ? a.time - b.time : side === 1 ? b.price - a.price : a.price - b.price));
    return list;
  }

  private match(i: Inst, sym: number, side: number, limit: number, qty: number, takerId: number, acct: number): number {
    let left = qty;
    let last = 0;
    for (;;) {
      const opp = this.sorted(i, side === 1 ? 2 : 1);
      const m = opp[0];
      if (!m || left === 0) break;
      if (side === 1 ? m.price > limit : m.price < limit) break;
      if (m.acct === acct) {
        this.out.cancelled(m.side, CancelReason.SelfTrade, sym, m.id, m.price, m.qty, true);
        this.remove(m);
        continue;
      }
      const q = Math.min(left, m.qty);
      left -= q;
      m.qty -= q;
      last = m.price;
      this.out.trade(side, sym, m.id, m.price, q, takerId, ++this.tradeSeq, m.qty);
      if (m.qty === 0) this.remove(m);
    }
    if (last) i.last = last;
    return left;
  }

  private rest(i: Inst, o: Order): void {
    o.time = ++arrival;
    (o.side === 1 ? i.bids : i.asks).push(o);
    this.out.resting(o.side, o.sym, o.id, o.price, o.qty);
  }

  private remove(o: Order): void {
    const i = this.inst.get(o.sym)!;
    const list = o.side === 1 ? i.bids : i.asks;
    list.splice(list.indexOf(o), 1);
  }

  stateBytes(): Uint8Array {
    const w = new ByteWriter();
    w.u32(0x45535242);
    w.u32(2);
    w.f64(this.seq);
    w.f64(this.out.seq);
    w.f64(this.tradeSeq);
    w.f64(this.now);
    w.u32(0); // no firms, accounts or positions: the reference knows no accounts (docs/accounts.md)
    w.u32(0);
    w.u32(0);
    const syms = [...this.inst.keys()].sort((a, b) => a - b);
    w.u32(syms.length);
    for (const s of syms) {
      const i = this.inst.get(s)!;
      w.u32(s);
      w.ascii(i.name, 16);
      w.ascii(i.currency, 8);
      w.u8(i.pd); w.u8(i.qd); w.u8(i.status); w.u8(0);
      for (const v of [i.tick, i.lot, i.maxQty, i.ref, i.bps, i.last]) w.f64(v);
      for (const side of [1, 2]) {
        const list = this.sorted(i, side);
        const prices = [...new Set(list.map((o) => o.price))];
        w.u32(prices.length);
        for (const p of prices) {
          const at = list.filter((o) => o.price === p);
          w.f64(p);
          w.u32(at.length);
          for (const o of at) { w.f64(o.id); w.u32(o.acct); w.u32(o.clId); w.f64(o.qty); }
        }
      }
    }
    return w.finish();
  }
}
