/**
 * The engine's account tables (docs/accounts.md): firms, accounts (firm, KYC status, flags, kill
 * switch, limits, cash and the cash held by open buys) and positions per (account, symbol)
 * (position, quantity held by open sells, open quantity, volume traded on the current day).
 * Typed arrays indexed by row, grown by doubling, so the engine's pre-trade checks and fill
 * bookkeeping read and write numbers only: nothing is allocated per order in steady state.
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
export const MAX_FIRM = 65535;
/** Kept equal to engine.ts's MAX_ACCOUNT (accounts 1..2^20). */
const MAX_ACCT = 1 << 20;
const SYM_SPAN = 65536;

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
  id!: Int32Array;
  firm!: Int32Array;
  kyc!: Uint8Array;
  flags!: Uint8Array;
  blocked!: Uint8Array;
  open!: Int32Array;
  maxOpen!: Float64Array;
  cash!: Float64Array;
  hold!: Float64Array;
  maxQty!: Float64Array;
  maxNotional!: Float64Array;
  maxDaily!: Float64Array;

  // --- positions per (account, symbol)
  pn = 0;
  private pcap = 0;
  pKey!: Float64Array;
  pPos!: Float64Array;
  pHold!: Float64Array;
  pOpen!: Float64Array;
  pVol!: Float64Array;
  pDay!: Float64Array;
  private slots!: Int32Array;
  private mask = 0;

  constructor() {
    this.growAccounts(64);
    this.growPositions(256);
  }

  /** Register an account (its firm checked by the caller). Returns its row. */
  addAccount(account: number, firm: number, kyc: number, flags: number, cash: number): number {
    if (this.n === this.cap) this.growAccounts(this.cap * 2);
    const r = this.n++;
    this.row[account] = r;
    this.id[r] = account;
    this.firm[r] = firm;
    this.kyc[r] = kyc;
    this.flags[r] = flags;
    this.blocked[r] = 0;
    this.open[r] = 0;
    this.maxOpen[r] = 0;
    this.cash[r] = cash;
    this.hold[r] = 0;
    this.maxQty[r] = 0;
    this.maxNotional[r] = 0;
    this.maxDaily[r] = 0;
    return r;
  }

  addFirm(firm: number, blocked: number): void {
    this.firmDefined[firm] = 1;
    this.firmBlocked[firm] = blocked;
    this.firms++;
  }

  /** Position row of (account, symbol), or -1. */
  find(account: number, sym: number): number {
    const key = account * SYM_SPAN + sym;
    const m = this.mask;
    let i = hash(account, sym) & m;
    for (;;) {
      const p = this.slots[i]!;
      if (p < 0) return -1;
      if (this.pKey[p] === key) return p;
      i = (i + 1) & m;
    }
  }

  /** Position row of (account, symbol), created (all zero) when missing. */
  ensure(account: number, sym: number): number {
    const p = this.find(account, sym);
    if (p >= 0) return p;
    if (this.pn === this.pcap) this.growPositions(this.pcap * 2);
    const q = this.pn++;
    this.pKey[q] = account * SYM_SPAN + sym;
    this.pPos[q] = 0;
    this.pHold[q] = 0;
    this.pOpen[q] = 0;
    this.pVol[q] = 0;
    this.pDay[q] = 0;
    this.insert(q);
    return q;
  }

  info(account: number): AccountInfo | undefined {
    const r = account >= 1 && account <= MAX_ACCT ? this.row[account]! : 0;
    if (r === 0) return undefined;
    return {
      account, firm: this.firm[r]!, kyc: this.kyc[r]!, flags: this.flags[r]!, blocked: this.blocked[r] === 1,
      firmBlocked: this.firmBlocked[this.firm[r]!] === 1, openOrders: this.open[r]!, maxOpenOrders: this.maxOpen[r]!,
      cash: this.cash[r]!, cashHeld: this.hold[r]!, maxQty: this.maxQty[r]!, maxNotional: this.maxNotional[r]!, maxDailyVolume: this.maxDaily[r]!,
    };
  }

  position(p: number): PositionInfo {
    const key = this.pKey[p]!;
    return { account: Math.floor(key / SYM_SPAN), symbol: key % SYM_SPAN, position: this.pPos[p]!, held: this.pHold[p]!, openQty: this.pOpen[p]!, dayVolume: this.pVol[p]!, day: this.pDay[p]! };
  }

  /** Registered account ids, ascending (cold). */
  accountIds(): number[] {
    const ids: number[] = [];
    for (let r = 1; r < this.n; r++) ids.push(this.id[r]!);
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
    return rows.sort((a, b) => this.pKey[a]! - this.pKey[b]!);
  }

  private insert(q: number): void {
    const key = this.pKey[q]!;
    const m = this.mask;
    let i = hash(Math.floor(key / SYM_SPAN), key % SYM_SPAN) & m;
    while (this.slots[i]! >= 0) i = (i + 1) & m;
    this.slots[i] = q;
  }

  private growAccounts(cap: number): void {
    const f64 = (a: Float64Array | undefined) => { const b = new Float64Array(cap); if (a) b.set(a); return b; };
    const i32 = (a: Int32Array | undefined) => { const b = new Int32Array(cap); if (a) b.set(a); return b; };
    const u8 = (a: Uint8Array | undefined) => { const b = new Uint8Array(cap); if (a) b.set(a); return b; };
    const first = this.cap === 0;
    this.id = i32(first ? undefined : this.id);
    this.firm = i32(first ? undefined : this.firm);
    this.kyc = u8(first ? undefined : this.kyc);
    this.flags = u8(first ? undefined : this.flags);
    this.blocked = u8(first ? undefined : this.blocked);
    this.open = i32(first ? undefined : this.open);
    this.maxOpen = f64(first ? undefined : this.maxOpen);
    this.cash = f64(first ? undefined : this.cash);
    this.hold = f64(first ? undefined : this.hold);
    this.maxQty = f64(first ? undefined : this.maxQty);
    this.maxNotional = f64(first ? undefined : this.maxNotional);
    this.maxDaily = f64(first ? undefined : this.maxDaily);
    this.cap = cap;
  }

  private growPositions(cap: number): void {
    const f64 = (a: Float64Array | undefined) => { const b = new Float64Array(cap); if (a) b.set(a); return b; };
    const first = this.pcap === 0;
    this.pKey = f64(first ? undefined : this.pKey);
    this.pPos = f64(first ? undefined : this.pPos);
    this.pHold = f64(first ? undefined : this.pHold);
    this.pOpen = f64(first ? undefined : this.pOpen);
    this.pVol = f64(first ? undefined : this.pVol);
    this.pDay = f64(first ? undefined : this.pDay);
    this.pcap = cap;
    // Load factor <= 1/2: twice the rows, rounded up to a power of two.
    this.slots = new Int32Array(cap * 2).fill(-1);
    this.mask = cap * 2 - 1;
    for (let q = 0; q < this.pn; q++) this.insert(q);
  }
}

function hash(account: number, sym: number): number {
  return (Math.imul(account, 0x9e3779b1) ^ Math.imul(sym + 0x7f4a7c15, 0x85ebca77)) >>> 7;
}
