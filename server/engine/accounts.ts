/**
 * The engine's account tables (docs/accounts.md): firms, accounts (firm, KYC status, flags, kill
 * switch, limits, cash and the cash held by open buys) and positions per (account, symbol)
 * (position, quantity held by open sells, open quantity, volume traded on the current day).
 * Typed arrays, one record per row (array of structs: an account is 128 bytes, the fields the
 * checks read first in its first cache line; a position is one 64-byte line), grown by doubling,
 * so the engine's pre-trade checks and fill bookkeeping read and write numbers only: nothing is
 * allocated per order in steady state. `gate` is the account's verdict before any limit: 0, or
 * the code that refuses its orders (KYC status, kill switch on the account or on its firm),
 * recomputed when one of those changes.
 *
 *   account id -> row:   `row[account]` (0: not registered; rows start at 1, never removed)
 *   firm id:             dense arrays over 1..MAX_FIRM (defined, blocked)
 *   (account, symbol):   open-addressing hash (linear probing) of key account * 2^16 + symbol
 *                        -> position row (>= 0); rows are never removed either
 *
 * Rows are numbered in creation order; the canonical state (engine-state.ts) writes them by id,
 * so two engines with equal contents write equal bytes whatever their row numbering.
 * A grow replaces the arrays: read them through this object, never keep one across an add.
 */
import { Errors } from '../kernel/errors.ts';
import { Kyc } from './commands.ts';

export const MAX_FIRM = 65535;
/** Kept equal to engine.ts's MAX_ACCOUNT (accounts 1..2^20). */
const MAX_ACCT = 1 << 20;
const SYM_SPAN = 65536;

/** Account record: f64 slots of row r at `r * A_STRIDE + slot`. */
export const A_STRIDE = 16;
export const AF = { gate: 0, firm: 1, maxQty: 2, maxNotional: 3, maxOpen: 4, open: 5, cash: 6, hold: 7, maxDaily: 8, flags: 9, id: 10, kyc: 11, blocked: 12 } as const;
/** Position record: f64 slots of row p at `p * P_STRIDE + slot`. */
export const P_STRIDE = 8;
export const PF = { key: 0, pos: 1, hold: 2, open: 3, vol: 4, day: 5 } as const;

export interface AccountInfo {
  account: number;
  firm: number;
  kyc: number;
  flags: number;
  blocked: boolean;
  firmBlocked: boolean;
  openOrders: number;
  maxOpenOrders: number;
  cash: number;
  cashHeld: number;
  maxQty: number;
  maxNotional: number;
  maxDailyVolume: number;
}

export interface PositionInfo {
  account: number;
  symbol: number;
  position: number;
  held: number;
  openQty: number;
  dayVolume: number;
  day: number;
}

export class Accounts {
  // --- firms
  readonly firmDefined = new Uint8Array(MAX_FIRM + 1);
  readonly firmBlocked = new Uint8Array(MAX_FIRM + 1);
  /** Firms registered. The registry is in force (orders need a known account) once this is > 0. */
  firms = 0;

  // --- accounts: row per account, row 0 unused
  readonly row = new Int32Array(MAX_ACCT + 1);
  /** Rows in use, row 0 included. */
  n = 1;
  private cap = 0;
  af = new Float64Array(0);

  // --- positions per (account, symbol)
  pn = 0;
  private pcap = 0;
  pf = new Float64Array(0);
  private slots = new Int32Array(0);
  private mask = 0;

  constructor() {
    this.growAccounts(64);
    this.growPositions(256);
  }

  get(r: number, slot: number): number {
    return this.af[r * A_STRIDE + slot]!;
  }

  set(r: number, slot: number, v: number): void {
    this.af[r * A_STRIDE + slot] = v;
  }

  /** Register an account (its firm checked by the caller). Returns its row. */
  addAccount(account: number, firm: number, kyc: number, flags: number, cash: number): number {
    if (this.n === this.cap) this.growAccounts(this.cap * 2);
    const r = this.n++;
    this.row[account] = r;
    this.af.fill(0, r * A_STRIDE, (r + 1) * A_STRIDE);
    this.set(r, AF.id, account);
    this.set(r, AF.firm, firm);
    this.set(r, AF.kyc, kyc);
    this.set(r, AF.flags, flags);
    this.set(r, AF.cash, cash);
    this.regate(r);
    return r;
  }

  addFirm(firm: number, blocked: number): void {
    this.firmDefined[firm] = 1;
    this.firmBlocked[firm] = blocked;
    this.firms++;
  }

  /** Recompute an account's gate after its KYC status, its kill switch or its firm's changed. */
  regate(r: number): void {
    const kyc = this.get(r, AF.kyc);
    this.set(r, AF.gate,
      kyc === Kyc.Pending ? Errors.ACCOUNT_KYC_PENDING.num
      : kyc === Kyc.Suspended ? Errors.ACCOUNT_SUSPENDED.num
      : kyc !== Kyc.Verified ? Errors.ACCOUNT_CLOSED.num
      : this.get(r, AF.blocked) !== 0 ? Errors.ACCOUNT_KILLED.num
      : this.firmBlocked[this.get(r, AF.firm)] !== 0 ? Errors.FIRM_KILLED.num
      : 0);
  }

  /** Block or unblock a firm (cold: every account of it is re-gated). */
  setFirmBlocked(firm: number, blocked: number): void {
    this.firmBlocked[firm] = blocked;
    for (let r = 1; r < this.n; r++) if (this.get(r, AF.firm) === firm) this.regate(r);
  }

  /** Position row of (account, symbol), or -1. */
  find(account: number, sym: number): number {
    const key = account * SYM_SPAN + sym;
    const m = this.mask;
    let i = hash(account, sym) & m;
    for (;;) {
      const p = this.slots[i]!;
      if (p < 0) return -1;
      if (this.pf[p * P_STRIDE]! === key) return p;
      i = (i + 1) & m;
    }
  }

  /** Position row of (account, symbol), created (all zero) when missing. */
  ensure(account: number, sym: number): number {
    const p = this.find(account, sym);
    if (p >= 0) return p;
    if (this.pn === this.pcap) this.growPositions(this.pcap * 2);
    const q = this.pn++;
    this.pf.fill(0, q * P_STRIDE, (q + 1) * P_STRIDE);
    this.pf[q * P_STRIDE + PF.key] = account * SYM_SPAN + sym;
    this.insert(q);
    return q;
  }

  pget(p: number, slot: number): number {
    return this.pf[p * P_STRIDE + slot]!;
  }

  pset(p: number, slot: number, v: number): void {
    this.pf[p * P_STRIDE + slot] = v;
  }

  info(account: number): AccountInfo | undefined {
    const r = account >= 1 && account <= MAX_ACCT ? this.row[account]! : 0;
    if (r === 0) return undefined;
    const g = (slot: number) => this.get(r, slot);
    return {
      account, firm: g(AF.firm), kyc: g(AF.kyc), flags: g(AF.flags), blocked: g(AF.blocked) === 1,
      firmBlocked: this.firmBlocked[g(AF.firm)] === 1, openOrders: g(AF.open), maxOpenOrders: g(AF.maxOpen),
      cash: g(AF.cash), cashHeld: g(AF.hold), maxQty: g(AF.maxQty), maxNotional: g(AF.maxNotional), maxDailyVolume: g(AF.maxDaily),
    };
  }

  position(p: number): PositionInfo {
    const key = this.pget(p, PF.key);
    return { account: Math.floor(key / SYM_SPAN), symbol: key % SYM_SPAN, position: this.pget(p, PF.pos), held: this.pget(p, PF.hold), openQty: this.pget(p, PF.open), dayVolume: this.pget(p, PF.vol), day: this.pget(p, PF.day) };
  }

  /** Registered account ids, ascending (cold). */
  accountIds(): number[] {
    const ids: number[] = [];
    for (let r = 1; r < this.n; r++) ids.push(this.get(r, AF.id));
    return ids.sort((a, b) => a - b);
  }

  firmIds(): number[] {
    const ids: number[] = [];
    for (let f = 1; f <= MAX_FIRM && ids.length < this.firms; f++) if (this.firmDefined[f] === 1) ids.push(f);
    return ids;
  }

  /** Position rows in ascending (account, symbol) order (cold). */
  positionRows(): number[] {
    const rows: number[] = [];
    for (let p = 0; p < this.pn; p++) rows.push(p);
    return rows.sort((a, b) => this.pget(a, PF.key) - this.pget(b, PF.key));
  }

  private insert(q: number): void {
    const key = this.pget(q, PF.key);
    const m = this.mask;
    let i = hash(Math.floor(key / SYM_SPAN), key % SYM_SPAN) & m;
    while (this.slots[i]! >= 0) i = (i + 1) & m;
    this.slots[i] = q;
  }

  private growAccounts(cap: number): void {
    const af = new Float64Array(cap * A_STRIDE);
    af.set(this.af);
    this.af = af;
    this.cap = cap;
  }

  private growPositions(cap: number): void {
    const pf = new Float64Array(cap * P_STRIDE);
    pf.set(this.pf);
    this.pf = pf;
    this.pcap = cap;
    // Load factor <= 1/2: twice the rows, a power of two.
    this.slots = new Int32Array(cap * 2).fill(-1);
    this.mask = cap * 2 - 1;
    for (let q = 0; q < this.pn; q++) this.insert(q);
  }
}

function hash(account: number, sym: number): number {
  return (Math.imul(account, 0x9e3779b1) ^ Math.imul(sym + 0x7f4a7c15, 0x85ebca77)) >>> 7;
}
