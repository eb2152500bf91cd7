/**
 * Empty runs on read: a run row (store.ts EmptyRunRow) stands for many empty bars, written once
 * whatever the gap (docs/candles.md, "Gaps"). A query that keeps empty bars gets them here,
 * merged in open-time order with the stored rows, at most `limit` of them: the work is the
 * page's, never the gap's. A stored row at an open time inside a run wins over the synthetic bar.
 */
import { BAR_FIELDS, F_CLOSE, F_HIGH, F_LOW, F_OPEN, F_OPEN_TIME, queryBounds, intervalSeconds, type BarQuery, type BarsStore, type EmptyRunRow } from './store.ts';

export interface MergedPage {
  /** Rows (BarChunk layout), `count` of them. */
  readonly data: Float64Array;
  readonly count: number;
  /** Open time of the page's last row (undefined when empty) and whether rows follow. */
  readonly last: number | undefined;
  readonly more: boolean;
}

/**
 * The first `limit` rows of `q` (omitEmpty false) with `runs` expanded: stored rows are read in
 * chunks and the synthetic bars generated between them, until limit + 1 rows are known.
 */
export async function mergedPage(store: BarsStore, q: BarQuery, runs: readonly EmptyRunRow[], limit: number): Promise<MergedPage> {
  const [lo, hi] = queryBounds(q);
  const len = intervalSeconds(q.interval) * 1000;
  const data = new Float64Array(limit * BAR_FIELDS);
  let count = 0;
  let more = false;
  // The synthetic stream: run r, next open time t.
  let r = 0;
  let t = Number.NaN;
  const seek = () => {
    while (r < runs.length) {
      const run = runs[r]!;
      if (Number.isNaN(t)) t = run.from > lo ? run.from : run.from + (Math.floor((lo - run.from) / len) + 1) * len;
      if (t < run.to && t < hi) return;
      r++;
      t = Number.NaN;
      if (r < runs.length && runs[r]!.from >= hi) r = runs.length;
    }
  };
  const synth = (upTo: number): boolean => {
    // Emit synthetic bars opening before `upTo` (exclusive); false when the page is full.
    for (seek(); r < runs.length && t < upTo; seek()) {
      if (count === limit) {
        more = true;
        return false;
      }
      const p = runs[r]!.price;
      const o = count * BAR_FIELDS;
      data[o + F_OPEN_TIME] = t;
      data[o + F_OPEN] = p;
      data[o + F_HIGH] = p;
      data[o + F_LOW] = p;
      data[o + F_CLOSE] = p;
      // volume, trades, notional stay 0
      count++;
      t += len;
    }
    return true;
  };
  const skipAt = (time: number) => {
    // A stored row at `time` replaces the synthetic bar there.
    seek();
    if (r < runs.length && t === time) t += len;
  };
  const rowsQ: BarQuery = { symbol: q.symbol, interval: q.interval, start: q.start, end: q.end, after: q.after, through: q.through };
  outer: for await (const chunk of store.queryBars(rowsQ)) {
    for (let i = 0; i < chunk.count; i++) {
      const time = chunk.data[i * BAR_FIELDS + F_OPEN_TIME]!;
      if (!synth(time)) break outer;
      if (count === limit) {
        more = true;
        break outer;
      }
      data.set(chunk.data.subarray(i * BAR_FIELDS, (i + 1) * BAR_FIELDS), count * BAR_FIELDS);
      count++;
      skipAt(time);
    }
  }
  if (!more) synth(hi);
  return { data, count, last: count > 0 ? data[(count - 1) * BAR_FIELDS + F_OPEN_TIME] : undefined, more };
}
