/**
 * Rebuild the bars store from the journal: every input through a fresh Engine and Mdp (the MDP
 * has no snapshot of its own, so from seq 1), and the MD records through the same BarsWriter the
 * live exchange runs. Rows are therefore exactly the live ones; upserts make it safe to run over
 * a store that already holds some or all of them (it repairs what a full queue dropped).
 *
 * The journal is replayed in chunks of inputs; between chunks the writer's queue is flushed, so
 * memory stays bounded however long the journal is.
 */
import { Engine } from '../engine/engine.ts';
import { Mdp } from '../mdp/mdp.ts';
import type { Journal } from '../sequencer/journal.ts';
import { BarsWriter } from './writer.ts';
import type { BarsStore } from './store.ts';

export interface RebuildOptions {
  readonly journal: Journal;
  readonly store: BarsStore;
  /** Inputs replayed between two flushes (default 500,000). */
  readonly chunkInputs?: number;
  /** Engine events handed to the MDP at a time (default 4096 inputs). */
  readonly batchInputs?: number;
  readonly currency?: string;
  readonly onProgress?: (p: RebuildResult) => void;
}

export interface RebuildResult {
  inputs: number;
  lastSeq: number;
  mdRecords: number;
  bars: number;
  instruments: number;
  seconds: number;
}

export async function rebuildBars(o: RebuildOptions): Promise<RebuildResult> {
  const t0 = performance.now();
  const journal = o.journal;
  const engine = new Engine();
  const mdp = new Mdp();
  const writer = new BarsWriter({ store: o.store, overflow: 'grow', flushMs: 3_600_000, currency: o.currency ?? '' });
  const chunk = o.chunkInputs ?? 500_000;
  const batch = o.batchInputs ?? 4096;
  const last = journal.lastSeq;
  const instruments = new Set<string>();
  let inputs = 0;
  let inBatch = 0;
  const drain = (): void => {
    mdp.consumeLog(engine.out);
    engine.out.clear();
    const out = mdp.out;
    writer.onRecords(out.f64, out.i32, 0, out.count);
    out.clear();
  };
  // Apply through a view of the journal's whole read buffer: the engine keeps its DataView.
  let whole: Uint8Array = new Uint8Array(0);
  const result = (): RebuildResult => ({
    inputs, lastSeq: engine.lastSeq, mdRecords: mdp.lastMdSeq, bars: writer.stats().written, instruments: instruments.size,
    seconds: (performance.now() - t0) / 1000,
  });
  try {
    for (let from = 1; from <= last; from += chunk) {
      const to = Math.min(from + chunk - 1, last);
      inputs += journal.replay(from, (rec) => {
        if (rec.buffer !== whole.buffer) whole = new Uint8Array(rec.buffer);
        engine.apply(whole, rec.byteOffset);
        if (++inBatch === batch) {
          inBatch = 0;
          drain();
        }
      }, to);
      drain();
      await writer.flush();
      for (const s of engine.symbols()) {
        const name = writer.instrumentOf(s)?.name;
        if (name) instruments.add(name);
      }
      o.onProgress?.(result());
    }
    await writer.flush();
  } finally {
    await writer.close().catch(() => {});
  }
  return result();
}
