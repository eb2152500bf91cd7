/**
 * The process's garbage collections and heap allocation, cumulative, for a stats line (`bourse
 * relay`): V8's GCProfiler, taken and restarted at each `sample()`, gives every collection's kind,
 * cost and the heap's used size before and after it. Bytes allocated = what the heap grew between
 * collections (before this one - after the previous), plus the growth since the last one.
 */
import { GCProfiler, getHeapStatistics } from 'node:v8';

export interface GcTotals {
  /** Scavenges (young generation). */
  minor: number;
  /** Mark-sweep-compacts and the rest (old generation, incremental marking steps included). */
  major: number;
  /** µs spent in collections (V8's `cost`, on the main thread). */
  us: number;
  /** Bytes allocated on the V8 heap. */
  allocBytes: number;
}

interface GcStat {
  gcType: string;
  cost: number;
  beforeGC: { heapStatistics: { usedHeapSize: number } };
  afterGC: { heapStatistics: { usedHeapSize: number } };
}

export class GcStats {
  readonly totals: GcTotals = { minor: 0, major: 0, us: 0, allocBytes: 0 };
  private profiler = new GCProfiler();
  private lastUsed = getHeapStatistics().used_heap_size;

  constructor() {
    this.profiler.start();
  }

  /** Folds the collections since the last call into `totals` and returns them. */
  sample(): GcTotals {
    const stats = (this.profiler.stop()?.statistics ?? []) as GcStat[];
    this.profiler = new GCProfiler();
    this.profiler.start();
    const t = this.totals;
    let used = this.lastUsed;
    for (const g of stats) {
      if (g.gcType === 'Scavenge' || g.gcType === 'MinorMarkSweep') t.minor++;
      else t.major++;
      t.us += g.cost;
      t.allocBytes += Math.max(0, g.beforeGC.heapStatistics.usedHeapSize - used);
      used = g.afterGC.heapStatistics.usedHeapSize;
    }
    const now = getHeapStatistics().used_heap_size;
    t.allocBytes += Math.max(0, now - used);
    this.lastUsed = now;
    return t;
  }

  stop(): void {
    this.profiler.stop();
  }
}
