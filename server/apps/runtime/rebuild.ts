/**
 * Rebuild the bars store from the journal: every input through a fresh Engine and the MDP agent
 * (the MDP has no snapshot of its own, so from seq 1), whose sink is the same BarsWriter the live
 * exchange runs. Rows are therefore exactly the live ones; upserts make it safe to run over
 * a store that already holds some or all of them (it repairs what a full queue dropped).
 *
 * The journal is replayed in chunks of inputs; between chunks the writer's queue is flushed, so
 * memory stays bounded however long the journal is.
 */
import { Engine } from '../../engine/engine.ts';
import { MdpAgent } from '../../mdp/mdp-agent.ts';
import type { Journal } from '../../sequencer/journal.ts';
import { replayInto } from '../../sequencer/recovery.ts';
import { ARCHIVE_DIR } from '../../sequencer/retention.ts';
import { join } from 'node:path';
import { BarsWriter } from '../../bars/writer.ts';
import type { BarsStore } from '../../bars/store.ts';

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
  const writer = new BarsWriter({ store: o.store, overflow: 'grow', flushMs: 3_600_000, currency: o.currency ?? '' });
  const md = new MdpAgent({ sinks: [(f64, i32, first, count) => writer.onRecords(f64, i32, first, count)] });
  const chunk = o.chunkInputs ?? 500_000;
  const batch = o.batchInputs ?? 4096;
  const last = journal.lastSeq;
  const instruments = new Set<string>();
  let inputs = 0;
  const result = (): RebuildResult => ({
    inputs, lastSeq: engine.lastSeq, mdRecords: md.mdp.lastMdSeq, bars: writer.stats().written, instruments: instruments.size,
    seconds: (performance.now() - t0) / 1000,
  });
  try {
    for (let from = 1; from <= last; from += chunk) {
      const to = Math.min(from + chunk - 1, last);
      inputs += replayInto(journal, engine, from, to, (log) => md.consumeLog(log), batch, undefined, join(journal.dir, ARCHIVE_DIR));
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
