/**
 * Call-auction uncross (issue 14): the price at which a call phase's orders execute, by Xetra's
 * rules, in this order:
 *   1. the highest executable volume;
 *   2. then the lowest surplus (|buy volume - sell volume| at the price);
 *   3. then market pressure: a surplus on the buy side at every remaining price -> the highest of
 *      them; on the sell side at every one -> the lowest;
 *   4. then the reference price: itself if it lies within the remaining prices' range, else the
 *      remaining price nearest to it.
 * Candidate prices are the limit prices of the orders. Market orders (MOO/MOC) take part at any
 * price. No executable volume: no uncross. Only market orders: the reference price.
 *
 * Pure: `uncrossLevels` sweeps price-aggregated levels once (O(levels), no allocation; the
 * engine feeds it its ladders); `uncross` first aggregates loose orders (a sort per side,
 * O(n log n)). Nothing here reads a clock.
 */

export interface UncrossResult {
  /** The auction price (0 when nothing executes). */
  readonly price: number;
  /** Quantity that executes at `price` (min of the buy and sell volumes there). */
  readonly volume: number;
  /** Buy volume - sell volume at `price`: > 0 unmatched buying (imbalance), < 0 selling. */
  readonly surplus: number;
}

export const NO_UNCROSS: UncrossResult = { price: 0, volume: 0, surplus: 0 };

/**
 * Orders as parallel arrays: limit price (0 = market order) and quantity, per side. `n*` give
 * the counts used. `ref` is the reference price (last trade or the instrument's reference).
 */
export function uncross(
  buyPx: Float64Array, buyQty: Float64Array, nBuy: number,
  sellPx: Float64Array, sellQty: Float64Array, nSell: number,
  ref: number,
): UncrossResult {
  // Market quantity and the limit orders' prices, per side.
  let mktBuy = 0;
  let mktSell = 0;
  const bp = new Float64Array(nBuy);
  const bq = new Float64Array(nBuy);
  let nb = 0;
  for (let i = 0; i < nBuy; i++) {
    if (buyPx[i] === 0) mktBuy += buyQty[i]!;
    else {
      bp[nb] = buyPx[i]!;
      bq[nb++] = buyQty[i]!;
    }
  }
  const sp = new Float64Array(nSell);
  const sq = new Float64Array(nSell);
  let ns = 0;
  for (let i = 0; i < nSell; i++) {
    if (sellPx[i] === 0) mktSell += sellQty[i]!;
    else {
      sp[ns] = sellPx[i]!;
      sq[ns++] = sellQty[i]!;
    }
  }
  // Each side aggregated into levels by price, ascending (a native numeric sort, then one
  // binary search per order), then the level sweep the engine runs over its own ladders.
  const [blp, blq, nbl] = levels(bp, bq, nb);
  const [slp, slq, nsl] = levels(sp, sq, ns);
  const r = new Float64Array(3);
  uncrossLevels(blp, blq, nbl, slp, slq, nsl, mktBuy, mktSell, ref, r);
  return r[1] === 0 ? NO_UNCROSS : { price: r[0]!, volume: r[1]!, surplus: r[2]! };
}

/**
 * The uncross over price-aggregated levels (the engine's ladders give them without a sort):
 * `bp`/`sp` distinct limit prices ascending with their total quantity, plus the market
 * quantities. Writes [price, volume, surplus] into `out` (all 0 when nothing executes).
 * O(levels), no allocation.
 */
export function uncrossLevels(
  bp: Float64Array, bq: Float64Array, nbl: number,
  sp: Float64Array, sq: Float64Array, nsl: number,
  mktBuy: number, mktSell: number, ref: number, out: Float64Array,
): void {
  out[0] = 0;
  out[1] = 0;
  out[2] = 0;
  if (nbl === 0 && nsl === 0) {
    const v = mktBuy < mktSell ? mktBuy : mktSell;
    if (v > 0 && ref > 0) {
      out[0] = ref;
      out[1] = v;
      out[2] = mktBuy - mktSell;
    }
    return;
  }
  // Buy volume at p = market buys + buys with limit >= p: start from the total and drop as p rises.
  let buyAt = mktBuy;
  for (let i = 0; i < nbl; i++) buyAt += bq[i]!;
  let sellAt = mktSell; // sells with limit <= p, growing as p rises
  let ib = 0;
  let is = 0;
  // Best so far; rules 3 and 4 need the tie set (contiguous: volume is unimodal in p and the
  // surplus non-increasing): its bounds, their surpluses and the surplus signs over it.
  let bestVol = 0;
  let bestSur = Infinity;
  let tieLo = 0;
  let tieHi = 0;
  let allBuySurplus = true;
  let allSellSurplus = true;
  let tieLoSur = 0;
  let tieHiSur = 0;
  while (ib < nbl || is < nsl) {
    const pb = ib < nbl ? bp[ib]! : Infinity;
    const ps = is < nsl ? sp[is]! : Infinity;
    const p = pb < ps ? pb : ps;
    if (ps === p) sellAt += sq[is++]!; // sells at p join
    const vol = buyAt < sellAt ? buyAt : sellAt;
    const sur = buyAt - sellAt;
    const abs = sur < 0 ? -sur : sur;
    if (vol > bestVol || (vol === bestVol && vol > 0 && abs < bestSur)) {
      bestVol = vol;
      bestSur = abs;
      tieLo = tieHi = p;
      tieLoSur = tieHiSur = sur;
      allBuySurplus = sur > 0;
      allSellSurplus = sur < 0;
    } else if (vol === bestVol && vol > 0 && abs === bestSur) {
      tieHi = p;
      tieHiSur = sur;
      if (!(sur > 0)) allBuySurplus = false;
      if (!(sur < 0)) allSellSurplus = false;
    }
    if (pb === p) buyAt -= bq[ib++]!; // buys at p leave before the next price
  }
  if (bestVol === 0) return;
  let price: number;
  let sur: number;
  if (tieLo === tieHi) {
    price = tieLo;
    sur = tieLoSur;
  } else if (allBuySurplus) {
    price = tieHi;
    sur = tieHiSur;
  } else if (allSellSurplus) {
    price = tieLo;
    sur = tieLoSur;
  } else if (ref >= tieLo && ref <= tieHi) {
    // The reference price inside the tie range: the volumes there, summed over the levels.
    let b = mktBuy;
    let s = mktSell;
    for (let i = 0; i < nbl; i++) if (bp[i]! >= ref) b += bq[i]!;
    for (let i = 0; i < nsl; i++) if (sp[i]! <= ref) s += sq[i]!;
    out[0] = ref;
    out[1] = b < s ? b : s;
    out[2] = b - s;
    return;
  } else if (ref < tieLo) {
    price = tieLo;
    sur = tieLoSur;
  } else {
    price = tieHi;
    sur = tieHiSur;
  }
  out[0] = price;
  out[1] = bestVol;
  out[2] = sur;
}

/** Orders (price, qty) aggregated by price: distinct prices ascending, their total quantity, count. */
function levels(px: Float64Array, qty: Float64Array, n: number): [Float64Array, Float64Array, number] {
  const sorted = px.slice(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[m++] = sorted[i]!;
  const q = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const p = px[i]!;
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    q[lo]! += qty[i]!;
  }
  return [sorted, q, m];
}
