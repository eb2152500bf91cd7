/**
 * Token buckets per firm: `rate` tokens a second, holding at most `burst` (one second's worth).
 * One token per order-entry message that would be sequenced (NewOrder, Cancel, Replace,
 * MassCancel). Time is the gateway's monotonic clock, passed in (ms): the gateway is an edge, its
 * decisions are not journaled (a refused message never reaches the sequencer).
 */
export class FirmBuckets {
  private readonly tokens = new Map<number, number>();
  private readonly last = new Map<number, number>();
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
    let t = this.tokens.get(firm);
    const last = this.last.get(firm);
    if (t === undefined || last === undefined) t = burst;
    else t = Math.min(burst, t + ((nowMs - last) * rate) / 1000);
    this.last.set(firm, nowMs);
    if (t < 1) {
      this.tokens.set(firm, t);
      return false;
    }
    this.tokens.set(firm, t - 1);
    return true;
  }
}
