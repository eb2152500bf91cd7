/**
 * Stamp -> MD record latency on the MDP thread (docs/metrics.md): a sink of the MDP agent that
 * reads the wall clock once per batch of records and records, for every record but bars (whose
 * time is their open time, not a stamp), now minus the sequencer's stamp it carries. Before
 * `live()` (the journal's replay at start: old stamps) nothing is recorded. `emitUs` is the
 * batch's clock reading (0 while not live), which the feed publisher uses for record -> datagram.
 */
import { Md, mdType, mdTime } from '../../mdp/records.ts';
import type { SharedHistogram } from '../../kernel/shared-histogram.ts';

export class MdLatency {
  emitUs = 0;
  readonly sink: (f64: Float64Array, i32: Int32Array, first: number, count: number) => void;

  constructor(h: SharedHistogram, live: () => boolean, wallClockUs: () => number) {
    this.sink = (f64, i32, first, count) => {
      if (!live()) {
        this.emitUs = 0;
        return;
      }
      const now = wallClockUs();
      this.emitUs = now;
      // The records of one input share its stamp: one lookup per run of equal stamps.
      let stamp = -1;
      let run = 0;
      for (let k = first, end = first + count; k < end; k++) {
        if (mdType(i32, k) === Md.Bar) continue;
        const t = mdTime(f64, k);
        if (t === stamp) run++;
        else {
          if (run > 0) h.recordN(now - stamp, run);
          stamp = t;
          run = 1;
        }
      }
      if (run > 0) h.recordN(now - stamp, run);
    };
  }
}
