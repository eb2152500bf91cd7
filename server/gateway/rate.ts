/**
 * Token buckets per firm: `rate` tokens a second, holding at most `burst` (one second's worth).
 * One token per order-entry message that would be sequenced (NewOrder, Cancel, Replace,
 * MassCancel). Time is the gateway's monotonic clock, passed in (ms): the gateway is an edge, its
 * decisions are not journaled (a refused message never reaches the sequencer).
 */
export class FirmBuckets {
  /**
   * Each firm's bucket is a slot of two Float64Arrays (tokens, time of the last take), found by a
   * Map from firm to slot: a take stores two doubles in place, where Map values allocated a
   * HeapNumber for each on every order.
   */
  private readonly slots = new Map<number, number>();
  private tokens = new Float64Array(16);
  private last = new Float64Array(16);
  private readonly rates = new Map<number, number>();
  readonly defaultRate: number;

  constructor(defaultRate: number) {
    this.defaultRate = defaultRate;
  }

  /** Orders/s of a firm (0 = the default). */
  setRate(firm: number, rate: number): void {
    this.rates.set(firm, rate > 0 ? rate : this.defaultRate);
  }

  rate(firm: number): number {
    return this.rates.get(firm) ?? this.defaultRate;
  }

  /** Takes one token of `firm` at time `nowMs`; false when the bucket is empty. */
  take(firm: number, nowMs: number): boolean {
    const rate = this.rate(firm);
    const burst = rate;
    let i = this.slots.get(firm);
    let t: number;
    if (i === undefined) {
      // A firm's first take: a full bucket (one slot per firm that ever sent; firms are few).
      i = this.slots.size;
      this.slots.set(firm, i);
      if (i >= this.tokens.length) {
        const tokens = new Float64Array(this.tokens.length * 2);
        const last = new Float64Array(this.last.length * 2);
        tokens.set(this.tokens);
        last.set(this.last);
        this.tokens = tokens;
        this.last = last;
      }
      t = burst;
    } else t = Math.min(burst, this.tokens[i]! + ((nowMs - this.last[i]!) * rate) / 1000);
    this.last[i] = nowMs;
    if (t < 1) {
      this.tokens[i] = t;
      return false;
    }
    this.tokens[i] = t - 1;
    return true;
  }
}
