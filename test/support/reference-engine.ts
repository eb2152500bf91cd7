/**
 * The obviously-correct reference for the differential test: plain objects, arrays re-sorted
 * on every change, linear scans. Written from the rules (docs/engine.md), not from engine.ts,
 * and slow on purpose. It emits the same event records and the same canonical state bytes.
 */
import { Errors } from '../../server/kernel/errors.ts';
import { ByteWriter } from '../../server/kernel/bytes.ts';
import { decodeCommand, Cmd, CmdOff } from '../../server/engine/commands.ts';
import { EventWriter, CancelReason, Priority } from '../../server/engine/events.ts';

interface Order { id: number; acct: number; clId: number; price: number; qty: number; side: number; sym: number; time: number }
interface Inst {
  name: string; currency: string; tick: number; lot: number; maxQty: number; ref: number; bps: number;
  pd: number; qd: number; status: number; last: number; bids: Order[]; asks: Order[];
}

/** An account as docs/accounts.md describes it; its holds and open orders are summed from the book when needed. */
interface Acct { firm: number; kyc: number; flags: number; blocked: number; cash: number; maxQty: number; maxNotional: number; maxDaily: number; maxOpen: number }
interface Pos { pos: number; vol: number; day: number }
const DAY_US = 86_400_000_000;
const posKey = (acct: number, sym: number) => acct * 65536 + sym;

let arrival = 0; // queue position counter: FIFO = ascending arrival within a price

export class ReferenceEngine {
  readonly out = new EventWriter();
  private inst = new Map<number, Inst>();
  private tradeSeq = 0;
  private seq = 0;
  private now = 0;
  private firms = new Map<number, number>(); // firm -> blocked
  private accts = new Map<number, Acct>();
  private positions = new Map<number, Pos>();

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
      case Cmd.FirmAdd: case Cmd.AccountAdd: case Cmd.AccountKyc: case Cmd.AccountLimits: case Cmd.AccountFunds: case Cmd.Kill:
        return this.admin(c, buf, at);
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
    const [lo, hi] = i ? this.band(i) : [0, 0];
    const limit = c.ordType === 1 ? c.price : c.side === 1 ? hi : lo;
    if (!err && this.firms.size > 0) err = this.firmErr(c) || this.riskErr(c.symbol, c.side, limit, c.qty, c.account, undefined);
    if (err) return this.out.rejected(c.side & 0xff, err, c.symbol, Cmd.NewOrder, c.seq, c.price, c.qty, c.clientOrderId, c.account, c.session ?? 0);
    const inst = i!;
    this.out.accepted(c.side, c.ordType, c.tif, c.symbol, c.seq, c.ordType === 1 ? c.price : 0, c.qty, c.clientOrderId, c.account, c.session ?? 0);
    if (this.firms.size > 0) this.touch(c.account, c.symbol);
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
    const err = typeof o === 'number' ? o : this.firms.size > 0 ? this.firmErr(c) : 0;
    if (typeof o === 'number' || err) return this.out.rejected(0, err, c.symbol, Cmd.Cancel, c.orderId, 0, 0, 0, c.account, c.session ?? 0);
    this.out.cancelled(o.side, CancelReason.User, c.symbol, o.id, o.price, o.qty, true);
    this.remove(o);
  }

  private modify(c: any): void {
    const o = this.find(c);
    const i = this.inst.get(c.symbol);
    let err = typeof o === 'number' ? o : this.firms.size > 0 ? this.firmErr(c) : 0;
    if (!err && i!.status !== 1) err = Errors.SYMBOL_HALTED.num;
    if (!err) err = this.qtyErr(i!, c.qty);
    if (!err) err = this.priceErr(i!, c.price);
    if (!err && this.firms.size > 0 && this.accts.has(c.account)) err = this.riskErr(c.symbol, (o as Order).side, c.price, c.qty, c.account, o as Order);
    if (err) return this.out.rejected(typeof o === 'number' ? 0 : o.side, err, c.symbol, Cmd.Modify, c.orderId, c.price, c.qty, 0, c.account, c.session ?? 0);
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
      this.book(m.acct, sym, m.side, m.price, q);
      this.book(acct, sym, side, m.price, q);
      if (m.qty === 0) this.remove(m);
    }
    if (last) i.last = last;
    return left;
  }

  /** Cash, position and the day's volume of a registered account after a trade of q at price. */
  private book(acct: number, sym: number, side: number, price: number, q: number): void {
    if (!this.accts.has(acct)) return;
    const a = this.accts.get(acct)!;
    const p = this.positions.get(posKey(acct, sym))!;
    if (side === 1) { a.cash -= price * q; p.pos += q; } else { a.cash += price * q; p.pos -= q; }
    const day = Math.floor(this.now / DAY_US);
    if (p.day !== day) { p.day = day; p.vol = 0; }
    p.vol += q;
  }

  private touch(acct: number, sym: number): Pos {
    const k = posKey(acct, sym);
    if (!this.positions.has(k)) this.positions.set(k, { pos: 0, vol: 0, day: 0 });
    return this.positions.get(k)!;
  }

  private resting(acct: number): Order[] {
    return this.all().filter((o) => o.acct === acct);
  }

  private heldCash(acct: number): number {
    return this.resting(acct).filter((o) => o.side === 1).reduce((n, o) => n + o.price * o.qty, 0);
  }

  /** A session's order for an account of another firm (firm 0: no session). */
  private firmErr(c: any): number {
    const a = this.accts.get(c.account);
    return c.firm && a && a.firm !== c.firm ? Errors.ACCOUNT_NOT_OF_FIRM.num : 0;
  }

  private riskErr(sym: number, side: number, px: number, qty: number, acct: number, old: Order | undefined): number {
    const a = this.accts.get(acct);
    if (!a) return Errors.UNKNOWN_ACCOUNT.num;
    if (a.kyc !== 2) return a.kyc === 1 ? Errors.ACCOUNT_KYC_PENDING.num : a.kyc === 3 ? Errors.ACCOUNT_SUSPENDED.num : Errors.ACCOUNT_CLOSED.num;
    if (a.blocked) return Errors.ACCOUNT_KILLED.num;
    if (this.firms.get(a.firm)) return Errors.FIRM_KILLED.num;
    if (a.maxQty > 0 && qty > a.maxQty) return Errors.RISK_ORDER_QTY.num;
    if (a.maxNotional > 0 && px * qty > a.maxNotional) return Errors.RISK_ORDER_NOTIONAL.num;
    if (!old && a.maxOpen > 0 && this.resting(acct).length >= a.maxOpen) return Errors.RISK_OPEN_ORDERS.num;
    const p = this.positions.get(posKey(acct, sym));
    const mine = this.resting(acct).filter((o) => o.sym === sym);
    if (a.maxDaily > 0) {
      const vol = p && p.day === Math.floor(this.now / DAY_US) ? p.vol : 0;
      const open = mine.reduce((n, o) => n + o.qty, 0);
      if (vol + open - (old?.qty ?? 0) + qty > a.maxDaily) return Errors.RISK_DAILY_VOLUME.num;
    }
    if (side === 1) {
      if (a.cash - this.heldCash(acct) + (old ? old.price * old.qty : 0) < px * qty) return Errors.RISK_BUYING_POWER.num;
    } else if ((a.flags & 1) === 0) {
      const held = mine.filter((o) => o.side === 2).reduce((n, o) => n + o.qty, 0);
      if ((p?.pos ?? 0) - held + (old?.qty ?? 0) < qty) return Errors.RISK_POSITION.num;
    }
    return 0;
  }

  private admin(c: any, buf: Uint8Array, at: number): void {
    const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    const word = dv.getUint32(at + CmdOff.adminFirm, true);
    const acct = dv.getUint32(at + CmdOff.account, true);
    const amount = (n: number) => Number.isSafeInteger(n) && n >= 0;
    const a = this.accts.get(acct);
    const noAccount = acct < 1 || acct > 1 << 20 ? Errors.BAD_ACCOUNT.num : !a ? Errors.UNKNOWN_ACCOUNT.num : 0;
    const ev = (x: Acct, id: number, n: number) => this.out.account(c.type, x.firm, id, x.kyc, x.flags, x.blocked, x.cash, n);
    const reject = (err: number) => this.out.rejected(0, err, word, c.type, 0, 0, 0, 0, acct);
    switch (c.type) {
      case Cmd.FirmAdd:
        if (word < 1 || word > 65535) return reject(Errors.BAD_FIRM.num);
        if (this.firms.has(word)) return reject(Errors.FIRM_EXISTS.num);
        this.firms.set(word, 0);
        return this.out.account(c.type, word, 0, 0, 0, 0, 0, 0);
      case Cmd.AccountAdd: {
        if (word < 1 || word > 65535) return reject(Errors.BAD_FIRM.num);
        if (!this.firms.has(word)) return reject(Errors.UNKNOWN_FIRM.num);
        if (acct < 1 || c.count < 1 || acct + c.count - 1 > 1 << 20) return reject(Errors.BAD_ACCOUNT.num);
        if (c.kyc < 1 || c.kyc > 4) return reject(Errors.BAD_KYC_STATUS.num);
        if ((c.flags & ~1) !== 0 || !amount(c.cash)) return reject(Errors.BAD_LIMIT.num);
        for (let k = 0; k < c.count; k++) if (this.accts.has(acct + k)) return reject(Errors.ACCOUNT_EXISTS.num);
        for (let k = 0; k < c.count; k++) this.accts.set(acct + k, { firm: word, kyc: c.kyc, flags: c.flags, blocked: 0, cash: c.cash, maxQty: 0, maxNotional: 0, maxDaily: 0, maxOpen: 0 });
        for (const o of this.all()) if (o.acct >= acct && o.acct < acct + c.count) this.touch(o.acct, o.sym);
        return this.out.account(c.type, word, acct, c.kyc, c.flags, 0, c.cash, c.count);
      }
      case Cmd.AccountKyc:
        if (noAccount) return reject(noAccount);
        if (c.kyc < 1 || c.kyc > 4) return reject(Errors.BAD_KYC_STATUS.num);
        a!.kyc = c.kyc;
        return ev(a!, acct, 0);
      case Cmd.AccountLimits:
        if (noAccount) return reject(noAccount);
        if (!amount(c.maxQty) || !amount(c.maxNotional) || !amount(c.maxDailyVolume) || (c.flags !== undefined && (c.flags & ~1) !== 0)) return reject(Errors.BAD_LIMIT.num);
        Object.assign(a!, { maxQty: c.maxQty, maxNotional: c.maxNotional, maxDaily: c.maxDailyVolume, maxOpen: c.maxOpenOrders });
        if (c.flags !== undefined) a!.flags = c.flags;
        return ev(a!, acct, 0);
      case Cmd.AccountFunds: {
        const what = dv.getUint8(at + CmdOff.what);
        if (noAccount) return reject(noAccount);
        if (what === 0 || (what & ~3) !== 0) return reject(Errors.BAD_LIMIT.num);
        if ((what & 1) && !amount(c.cash)) return reject(Errors.BAD_LIMIT.num);
        if (what & 2) {
          if (!this.inst.has(word)) return reject(Errors.UNKNOWN_SYMBOL.num);
          if (!Number.isSafeInteger(c.position)) return reject(Errors.BAD_LIMIT.num);
        }
        if (what & 1) a!.cash = c.cash;
        if (what & 2) this.touch(acct, word).pos = c.position;
        return ev(a!, acct, what & 2 ? c.position : 0);
      }
      case Cmd.Kill: {
        const on = dv.getUint8(at + CmdOff.on);
        if (on > 1) return reject(Errors.BAD_COMMAND.num);
        const hit = (o: Order) => (c.target === 1 ? this.accts.get(o.acct)?.firm === word : o.acct === acct);
        let n = 0;
        const killAll = () => {
          for (const sym of [...this.inst.keys()].sort((x, y) => x - y)) {
            const i = this.inst.get(sym)!;
            for (const side of [1, 2]) {
              for (const o of [...this.sorted(i, side)].filter(hit)) {
                this.out.cancelled(o.side, CancelReason.Kill, sym, o.id, o.price, o.qty, true);
                this.remove(o);
                n++;
              }
            }
          }
        };
        if (c.target === 1) {
          if (word < 1 || word > 65535) return reject(Errors.BAD_FIRM.num);
          if (!this.firms.has(word)) return reject(Errors.UNKNOWN_FIRM.num);
          this.firms.set(word, on);
          if (on) killAll();
          return this.out.account(c.type, word, 0, 0, 0, on, 0, n);
        }
        if (c.target === 2) {
          if (noAccount) return reject(noAccount);
          a!.blocked = on;
          if (on) killAll();
          return ev(a!, acct, n);
        }
        return reject(Errors.BAD_COMMAND.num);
      }
    }
  }

  private writeAccounts(w: ByteWriter): void {
    const firms = [...this.firms.keys()].sort((x, y) => x - y);
    w.u32(firms.length);
    for (const f of firms) { w.u32(f); w.u8(this.firms.get(f)!); w.u8(0); w.u8(0); w.u8(0); }
    const ids = [...this.accts.keys()].sort((x, y) => x - y);
    w.u32(ids.length);
    for (const id of ids) {
      const a = this.accts.get(id)!;
      w.u32(id); w.u32(a.firm); w.u8(a.kyc); w.u8(a.flags); w.u8(a.blocked); w.u8(0);
      w.u32(this.resting(id).length);
      w.f64(a.maxOpen); w.f64(a.cash); w.f64(this.heldCash(id)); w.f64(a.maxQty); w.f64(a.maxNotional); w.f64(a.maxDaily);
    }
    const keys = [...this.positions.keys()].sort((x, y) => x - y);
    w.u32(keys.length);
    for (const k of keys) {
      const p = this.positions.get(k)!;
      const acct = Math.floor(k / 65536);
      const sym = k % 65536;
      const mine = this.resting(acct).filter((o) => o.sym === sym);
      w.u32(acct); w.u32(sym); w.f64(p.pos);
      w.f64(mine.filter((o) => o.side === 2).reduce((n, o) => n + o.qty, 0));
      w.f64(mine.reduce((n, o) => n + o.qty, 0));
      w.f64(p.vol); w.f64(p.day);
    }
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
    w.u32(3);
    w.f64(this.seq);
    w.f64(this.out.seq);
    w.f64(this.tradeSeq);
    w.f64(this.now);
    this.writeAccounts(w);
    const syms = [...this.inst.keys()].sort((a, b) => a - b);
    w.u32(syms.length);
    for (const s of syms) {
      const i = this.inst.get(s)!;
      w.u32(s);
      w.ascii(i.name, 16);
      w.ascii(i.currency, 8);
      w.u8(i.pd); w.u8(i.qd); w.u8(i.status); w.u8(0);
      for (const v of [i.tick, i.lot, i.maxQty, i.ref, i.bps, i.last]) w.f64(v);
      // Trading day (v3): no volatility band, 1 s indicatives, the phase continuous (the status
      // is the operator's halt over it), no halt, no call.
      for (const v of [0, 0, 1000]) w.f64(v);
      w.u8(1); w.u8(i.status === 2 ? 1 : 0); w.u8(0); w.u8(0);
      for (const v of [0, 0, 0, 0, 0]) w.f64(v);
      for (const side of [1, 2]) {
        const list = this.sorted(i, side);
        const prices = [...new Set(list.map((o) => o.price))];
        w.u32(prices.length);
        for (const p of prices) {
          const at = list.filter((o) => o.price === p);
          w.f64(p);
          w.u32(at.length);
          for (const o of at) { w.f64(o.id); w.u32(o.acct); w.u32(o.clId); w.f64(o.qty); w.u32(1 | (1 << 4)); }
        }
      }
      for (let q = 0; q < 4; q++) w.u32(0); // no off-book queues
    }
    w.u32(0); // no GTD orders
    return w.finish();
  }
}
