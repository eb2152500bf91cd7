/**
 * Ack latency on the core thread without a clock read of its own (docs/metrics.md). The
 * sequencer's stamp of each input is kept (the recorder is the sequencer's clock); a commit
 * marks the stamps so far as released; the next clock read (the next input's stamp, or the one
 * the driver takes at the end of its duty cycle) is their release time. With one commit per duty
 * cycle (the journal's group commit) that is the cycle's end; with one commit per input (memory
 * only) it is the next input's stamp: an overstatement by one input's apply at most.
 * Allocation-free: stamps live in a fixed Float64Array (inputs beyond it are not measured).
 */
import type { SharedHistogram } from '../../kernel/shared-histogram.ts';

export class AckLatency {
  private readonly h: SharedHistogram;
  private readonly wall: () => number;
  private readonly stamps: Float64Array;
  private nStamps = 0;
  private nReleased = 0;
  /** The sequencer's clock: the wall clock, each reading kept as an input's stamp. */
  readonly clock: () => number;

  constructor(h: SharedHistogram, wallClockUs: () => number, capacity: number) {
    this.h = h;
    this.wall = wallClockUs;
    this.stamps = new Float64Array(capacity);
    this.clock = () => {
      const t = this.wall();
      if (this.nReleased > 0) this.flush(t);
      if (this.nStamps < this.stamps.length) this.stamps[this.nStamps++] = t;
      return t;
    };
  }

  /** The committer released every input stamped so far (call from onDurable). */
  released(): void {
    this.nReleased = this.nStamps;
  }

  /** The committer released the next `n` inputs stamped (the pipelined commit: later ones still wait for their sync). */
  releasedCount(n: number): void {
    const r = this.nReleased + n;
    this.nReleased = r < this.nStamps ? r : this.nStamps;
  }

  /** Record the released inputs' latency with `nowUs` as their release time. */
  flush(nowUs: number): void {
    const n = this.nReleased;
    if (n === 0) return;
    const s = this.stamps;
    for (let i = 0; i < n; i++) this.h.record(nowUs - s[i]!);
    const rest = this.nStamps - n;
    if (rest > 0) s.copyWithin(0, n, this.nStamps);
    this.nStamps = rest;
    this.nReleased = 0;
  }
}
