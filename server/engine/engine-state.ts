/**
 * The engine's canonical state bytes (`Engine.stateBytes()`): the state hash `bourse replay`
 * prints, and the snapshot format `Engine.restore(bytes)` rebuilds an engine from. Equal states
 * give equal bytes; a restored engine behaves identically from there on.
 *
 *   u32 magic "BRSE"   u32 version   f64 inputSeq   f64 eventSeq   f64 tradeSeq   f64 time
 *   (version 2) accounts (accounts.ts, docs/accounts.md):
 *     u32 firms, per firm ascending: u32 firm   u8 blocked   u8 0 u8 0 u8 0
 *     u32 accounts, per account ascending: u32 account   u32 firm   u8 kyc   u8 flags   u8 blocked
 *       u8 0   u32 openOrders   f64 maxOpenOrders   f64 cash   f64 cashHeld   f64 maxQty
 *       f64 maxNotional   f64 maxDailyVolume
 *     u32 positions, per (account, symbol) ascending: u32 account   u32 symbol   f64 position
 *       f64 held (open sells)   f64 openQty   f64 dayVolume   f64 day
 *   u32 symbols, then per symbol, ascending id:
 *     u32 symbol   ascii name (NAME_BYTES)   ascii currency (CURRENCY_BYTES)
 *     u8 priceDecimals   u8 qtyDecimals   u8 status   u8 0
 *     f64 tick   f64 lot   f64 maxQty   f64 refPrice   f64 bandBps   f64 lastPrice
 *     bids, then asks:  u32 levels, then per level, best first:
 *       f64 price   u32 count, then per order, in queue order:
 *         f64 orderId   u32 account   u32 clientOrderId   f64 qty (leaves)   (v3) u32 code
 *   (version 3, issue 14) per symbol, after lastPrice: f64 volBandBps   f64 volPauseS
 *     f64 indicativeMs   u8 phase   u8 operatorHalt   u8 0   u8 0   f64 haltEnd   f64 indNext
 *     f64 indPrice   f64 indVolume   f64 indSurplus; and after its asks, the off-book queues
 *     (buy market, buy held, sell market, sell held): u32 count, then per order in queue order
 *     f64 orderId   u32 account   u32 clientOrderId   f64 qty   f64 price (its hold limit)
 *     u32 code; code = ordType | tif << 4. After the symbols: u32 GTD entries, each f64 expire
 *     time   f64 orderId, ascending.
 * Versions 1 (before accounts) and 2 (before the trading day) are still read.
 * All little-endian. Cold code: snapshots, replay checks and recovery, never per input.
 */
import { BourseError } from '../kernel/errors.ts';
import { ByteWriter, ByteReader } from '../kernel/bytes.ts';
import { Side } from '../kernel/types.ts';
import type { Ladder } from '../kernel/ladder.ts';
import { NAME_BYTES, CURRENCY_BYTES } from './commands.ts';
import type { EventWriter } from './events.ts';
import { Layout, type PoolArrays } from './pools.ts';
import type { InstrumentInfo, DayState } from './instruments.ts';
import { AF, PF, type Accounts } from './accounts.ts';

const SNAPSHOT_MAGIC = 0x45535242; // "BRSE"
const SNAPSHOT_VERSION = 3;
/** ordType Limit | tif GTC << 4: what every order of a v1/v2 snapshot was. */
const LIMIT_GTC = 1 | (1 << 4);
const TWO32 = 4294967296;
const { NIL, O_F64, O_I32, O_ID, O_KEY, O_QTY, O_NEXT, O_ACCOUNT, O_TIF, L_F64, L_I32, L_PRICE, L_COUNT, L_HEAD } = Layout;

/**
 * The parts of an engine its state is read from and rebuilt through. The engine hands them over
 * (Engine.parts()); nothing else sees them. `out` holds the input seq, event seq and time.
 */
export interface EngineParts {
  readonly out: EventWriter;
  tradeSeq: number;
  readonly symbols: readonly number[];
  instrument(sym: number): InstrumentInfo | undefined;
  readonly bids: readonly Ladder[];
  readonly asks: readonly Ladder[];
  /** The pool arrays now (a grow replaces them). */
  pools(): PoolArrays;
  /** A symbol id a restored instrument may take: in range and not defined yet. */
  isFreeSymbol(sym: number): boolean;
  install(sym: number, name: string, currency: string, tick: number, lot: number, maxQty: number, ref: number, bps: number, pd: number, qd: number, status: number, last: number): void;
  /** Put an order on the book, or in off-book queue `off` (0 market, 1 held; -1: the book). Emits RESTING. */
  rest(sym: number, side: number, price: number, qty: number, orderId: number, acct: number, clId: number, code: number, off: number): void;
  /** The account tables, written and read whole. */
  readonly accounts: Accounts;
  /** Trading day (issue 14): a symbol's state, its settings and state restored, its off-book queues, the GTD queue. */
  day(sym: number): DayState;
  setDay(sym: number, volBps: number, pauseS: number, indicativeMs: number, d: DayState): void;
  offBook(sym: number, side: number, kind: number): { orderId: number; account: number; clientOrderId: number; qty: number; price: number; code: number }[];
  gtd(): [number, number][];
  setGtd(live: [number, number][]): void;
  /** After a restore: recompute when something is next due. */
  settle(): void;
}

export function writeState(e: EngineParts): Uint8Array {
  const { lf, li, of, oi } = e.pools();
  const w = new ByteWriter();
  w.u32(SNAPSHOT_MAGIC);
  w.u32(SNAPSHOT_VERSION);
  w.f64(e.out.inputSeq);
  w.f64(e.out.seq);
  w.f64(e.tradeSeq);
  w.f64(e.out.time);
  writeAccounts(w, e.accounts);
  w.u32(e.symbols.length);
  for (const sym of e.symbols) {
    const ins = e.instrument(sym)!;
    w.u32(sym);
    w.ascii(ins.name, NAME_BYTES);
    w.ascii(ins.currency, CURRENCY_BYTES);
    w.u8(ins.priceDecimals);
    w.u8(ins.qtyDecimals);
    w.u8(ins.status);
    w.u8(0);
    w.f64(ins.tick);
    w.f64(ins.lot);
    w.f64(ins.maxQty);
    w.f64(ins.refPrice);
    w.f64(ins.bandBps);
    w.f64(ins.lastPrice);
    const d = e.day(sym);
    w.f64(ins.volBandBps);
    w.f64(ins.volPauseS);
    w.f64(ins.indicativeMs);
    w.u8(d.phase);
    w.u8(d.opHalt);
    w.u8(0);
    w.u8(0);
    for (const v of [d.haltEnd, d.indNext, d.indPx, d.indVol, d.indSur]) w.f64(v);
    for (const ladder of [e.bids[sym]!, e.asks[sym]!]) {
      w.u32(ladder.n);
      for (let i = ladder.n - 1; i >= 0; i--) {
        const lv = ladder.levels[i]!;
        w.f64(lf[lv * L_F64 + L_PRICE]!);
        w.u32(li[lv * L_I32 + L_COUNT]!);
        for (let o = li[lv * L_I32 + L_HEAD]!; o !== NIL; o = oi[o * O_I32 + O_NEXT]!) {
          w.f64(of[o * O_F64 + O_ID]!);
          w.u32(oi[o * O_I32 + O_ACCOUNT]!);
          w.u32((of[o * O_F64 + O_KEY]! % TWO32));
          w.f64(of[o * O_F64 + O_QTY]!);
          w.u32(oi[o * O_I32 + O_TIF]!);
        }
      }
    }
    for (const side of [Side.Buy, Side.Sell]) {
      for (const kind of [0, 1]) {
        const list = e.offBook(sym, side, kind);
        w.u32(list.length);
        for (const o of list) {
          w.f64(o.orderId);
          w.u32(o.account);
          w.u32(o.clientOrderId);
          w.f64(o.qty);
          w.f64(o.price);
          w.u32(o.code);
        }
      }
    }
  }
  const gtd = e.gtd();
  w.u32(gtd.length);
  for (const [t, id] of gtd) {
    w.f64(t);
    w.f64(id);
  }
  return w.finish();
}

/** Rebuild a fresh engine's state from `writeState` bytes. Throws SNAPSHOT_CORRUPT on malformed input. */
export function readState(bytes: Uint8Array, e: EngineParts): void {
  const r = new ByteReader(bytes, 'engine snapshot');
  if (r.u32() !== SNAPSHOT_MAGIC) throw new BourseError('SNAPSHOT_CORRUPT', 'bad magic');
  const version = r.u32();
  if (version < 1 || version > SNAPSHOT_VERSION) throw new BourseError('SNAPSHOT_CORRUPT', `unsupported version ${version}`);
  e.out.inputSeq = r.f64();
  e.out.seq = r.f64();
  e.tradeSeq = r.f64();
  e.out.time = r.f64();
  if (version >= 2) readAccounts(r, e.accounts);
  const nSym = r.u32();
  for (let k = 0; k < nSym; k++) {
    const sym = r.u32();
    const name = r.ascii(NAME_BYTES);
    const currency = r.ascii(CURRENCY_BYTES);
    const pd = r.u8();
    const qd = r.u8();
    const status = r.u8();
    r.u8();
    const tick = r.f64();
    const lot = r.f64();
    const maxQty = r.f64();
    const ref = r.f64();
    const bps = r.f64();
    const last = r.f64();
    if (!e.isFreeSymbol(sym)) throw new BourseError('SNAPSHOT_CORRUPT', `bad symbol ${sym}`);
    e.install(sym, name, currency, tick, lot, maxQty, ref, bps, pd, qd, status, last);
    if (version >= 3) {
      const volBps = r.f64();
      const pauseS = r.f64();
      const indMs = r.f64();
      const phase = r.u8();
      const opHalt = r.u8();
      r.u8();
      r.u8();
      const d: DayState = { phase, opHalt, haltEnd: r.f64(), indNext: r.f64(), indPx: r.f64(), indVol: r.f64(), indSur: r.f64() };
      if (phase < 1 || phase > 6 || phase === 2 || opHalt > 1) throw new BourseError('SNAPSHOT_CORRUPT', `bad phase ${phase} of symbol ${sym}`);
      e.setDay(sym, volBps, pauseS, indMs, d);
    }
    for (const side of [Side.Buy, Side.Sell] as const) {
      const nLevels = r.u32();
      for (let i = 0; i < nLevels; i++) {
        const price = r.f64();
        const count = r.u32();
        if (count === 0) throw new BourseError('SNAPSHOT_CORRUPT', `empty level ${price}`);
        for (let j = 0; j < count; j++) {
          const id = r.f64();
          const acct = r.u32();
          const clId = r.u32();
          const qty = r.f64();
          const code = version >= 3 ? r.u32() : LIMIT_GTC;
          restQuiet(e, sym, side, price, qty, id, acct, clId, code, -1);
        }
      }
    }
    if (version >= 3) {
      for (const side of [Side.Buy, Side.Sell] as const) {
        for (const kind of [0, 1]) {
          const n = r.u32();
          for (let j = 0; j < n; j++) {
            const id = r.f64();
            const acct = r.u32();
            const clId = r.u32();
            const qty = r.f64();
            const price = r.f64();
            const code = r.u32();
            restQuiet(e, sym, side, price, qty, id, acct, clId, code, kind);
          }
        }
      }
    }
  }
  if (version >= 3) {
    const n = r.u32();
    const live: [number, number][] = [];
    for (let k = 0; k < n; k++) live.push([r.f64(), r.f64()]);
    e.setGtd(live);
  }
  e.settle();
  if (!r.done) throw new BourseError('SNAPSHOT_CORRUPT', 'trailing bytes');
}

/** `rest` without an event: used only to rebuild from a snapshot. */
function restQuiet(e: EngineParts, sym: number, side: number, price: number, qty: number, id: number, acct: number, clId: number, code: number, off: number): void {
  const count = e.out.count;
  const seq = e.out.seq;
  e.rest(sym, side, price, qty, id, acct, clId, code, off);
  e.out.count = count;
  e.out.seq = seq;
}

function writeAccounts(w: ByteWriter, a: Accounts): void {
  const firms = a.firmIds();
  w.u32(firms.length);
  for (const f of firms) {
    w.u32(f);
    w.u8(a.firmBlocked[f]!);
    w.u8(0);
    w.u8(0);
    w.u8(0);
  }
  const ids = a.accountIds();
  w.u32(ids.length);
  for (const id of ids) {
    const r = a.row[id]!;
    const g = (slot: number) => a.get(r, slot);
    w.u32(id);
    w.u32(g(AF.firm));
    w.u8(g(AF.kyc));
    w.u8(g(AF.flags));
    w.u8(g(AF.blocked));
    w.u8(0);
    w.u32(g(AF.open));
    w.f64(g(AF.maxOpen));
    w.f64(g(AF.cash));
    w.f64(g(AF.hold));
    w.f64(g(AF.maxQty));
    w.f64(g(AF.maxNotional));
    w.f64(g(AF.maxDaily));
  }
  const rows = a.positionRows();
  w.u32(rows.length);
  for (const p of rows) {
    const key = a.pget(p, PF.key);
    w.u32(Math.floor(key / 65536));
    w.u32(key % 65536);
    w.f64(a.pget(p, PF.pos));
    w.f64(a.pget(p, PF.hold));
    w.f64(a.pget(p, PF.open));
    w.f64(a.pget(p, PF.vol));
    w.f64(a.pget(p, PF.day));
  }
}

function readAccounts(r: ByteReader, a: Accounts): void {
  const nFirms = r.u32();
  for (let k = 0; k < nFirms; k++) {
    const f = r.u32();
    const blocked = r.u8();
    r.u8();
    r.u8();
    r.u8();
    if (f < 1 || f > 65535 || a.firmDefined[f] !== 0 || blocked > 1) throw new BourseError('SNAPSHOT_CORRUPT', `bad firm ${f}`);
    a.addFirm(f, blocked);
  }
  const nAcc = r.u32();
  for (let k = 0; k < nAcc; k++) {
    const id = r.u32();
    const firm = r.u32();
    const kyc = r.u8();
    const flags = r.u8();
    const blocked = r.u8();
    r.u8();
    if (id < 1 || id > 1 << 20 || a.row[id] !== 0 || firm > 65535 || a.firmDefined[firm] !== 1) throw new BourseError('SNAPSHOT_CORRUPT', `bad account ${id}`);
    const row = a.addAccount(id, firm, kyc, flags, 0);
    a.set(row, AF.blocked, blocked);
    a.set(row, AF.open, r.u32());
    a.set(row, AF.maxOpen, r.f64());
    a.set(row, AF.cash, r.f64());
    a.set(row, AF.hold, r.f64());
    a.set(row, AF.maxQty, r.f64());
    a.set(row, AF.maxNotional, r.f64());
    a.set(row, AF.maxDaily, r.f64());
    a.regate(row);
  }
  const nPos = r.u32();
  for (let k = 0; k < nPos; k++) {
    const acct = r.u32();
    const sym = r.u32();
    if (a.row[acct] === undefined || a.row[acct] === 0 || sym > 65535 || a.find(acct, sym) >= 0) throw new BourseError('SNAPSHOT_CORRUPT', `bad position ${acct}/${sym}`);
    const p = a.ensure(acct, sym);
    a.pset(p, PF.pos, r.f64());
    a.pset(p, PF.hold, r.f64());
    a.pset(p, PF.open, r.f64());
    a.pset(p, PF.vol, r.f64());
    a.pset(p, PF.day, r.f64());
  }
}
