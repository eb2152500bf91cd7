/**
 * `npm run bench -- ha-snapshot`: the pause an HA node's event loop takes for one local snapshot
 * pair (engine + MDP, ha-snapshots.ts), written on the loop as HA nodes did until now
 * (writeEngineAndMdp: state bytes, MDP bytes, two files each written, fsynced, renamed, the
 * directory fsynced, then both kinds pruned with every kept file read back) against the bytes
 * taken on the loop and the files handed to the writer thread (SnapshotWriter). The state is a
 * simulated market of BENCH_HASNAP_INPUTS inputs (default 500,000; 8 symbols, ~1,000 resting
 * orders a symbol) folded by an engine and an MDP in this process; the files go to a temp dir on
 * the same disk as the repo. Medians and maxima of BENCH_HASNAP_RUNS (default 9) of each,
 * alternating; the writer thread's own time per pair is shown beside (it no longer stops the loop).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Journal } from '../server/sequencer/journal.ts';
import { Engine } from '../server/engine/engine.ts';
import { CoreAgent } from '../server/sequencer/core-agent.ts';
import { simulatorFor } from '../server/apps/runtime/sources.ts';
import { NodeMarketData } from '../server/apps/runtime/node-md.ts';
import { writeEngineAndMdp, mdpBytesAt, SnapshotWriter } from '../server/apps/runtime/ha-snapshots.ts';
import { printTable } from './lib/table.ts';
import type { Figures } from './lib/results.ts';

const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
const max = (a: number[]) => Math.max(...a);

export async function runHaSnapshotBench(): Promise<Figures> {
  const inputs = Number(process.env.BENCH_HASNAP_INPUTS ?? 500_000);
  const runs = Number(process.env.BENCH_HASNAP_RUNS ?? 9);
  const root = mkdtempSync(join(new URL('../', import.meta.url).pathname, '.bench-ha-snapshot-'));
  try {
    const journal = Journal.open({ dir: join(root, 'journal'), fsync: false });
    const engine = new Engine();
    const md = new NodeMarketData();
    const src = simulatorFor(engine, { seed: 1, symbols: 8 });
    const core = CoreAgent.sync({ engine, clock: () => src.flow.now, journal, source: src, onDurable: (ev) => {
      md.agent.consumeLog(ev);
      src.flow.observe(ev);
    } });
    for (let done = 0; done < inputs; ) done += core.doWork(Math.min(4096, inputs - done));
    journal.close();
    const seq = engine.lastSeq;
    const dir = join(root, 'snapshots');
    const writer = new SnapshotWriter(dir, (l) => console.error(l));
    const threadMs: number[] = [];
    writer.onWritten = (_s, ms) => threadMs.push(ms);
    const onLoop: number[] = [];
    const offLoop: number[] = [];
    const engineMs: number[] = [];
    const mdpMs: number[] = [];
    let engineBytes = 0;
    let mdpBytes = 0;
    // One pair first for each way (the thread's start, the JIT, the directory): not counted.
    writeEngineAndMdp(dir, seq, engine.stateBytes(), md.mdp);
    writer.write(seq, engine.stateBytes(), mdpBytesAt(md.mdp, seq)!);
    await writer.settled();
    threadMs.length = 0;
    for (let r = 0; r < runs; r++) {
      let t0 = performance.now();
      const e = engine.stateBytes();
      if (!writeEngineAndMdp(dir, seq, e, md.mdp)) throw new Error('the MDP is not at the engine\'s seq');
      onLoop.push(performance.now() - t0);
      engineBytes = e.length;
      t0 = performance.now();
      const e2 = engine.stateBytes();
      const t1 = performance.now();
      engineMs.push(t1 - t0);
      const m2 = mdpBytesAt(md.mdp, seq)!;
      mdpMs.push(performance.now() - t1);
      mdpBytes = m2.length;
      writer.write(seq, e2, m2);
      offLoop.push(performance.now() - t0);
      await writer.settled();
    }
    await writer.close();
    const figures: Figures = {
      inputs: seq,
      engine_snapshot_bytes: engineBytes,
      mdp_snapshot_bytes: mdpBytes,
      loop_pause_on_loop_p50_ms: median(onLoop),
      loop_pause_on_loop_max_ms: max(onLoop),
      loop_pause_writer_thread_p50_ms: median(offLoop),
      loop_pause_writer_thread_max_ms: max(offLoop),
      writer_thread_ms_p50: median(threadMs),
      engine_bytes_ms_p50: median(engineMs),
      mdp_bytes_ms_p50: median(mdpMs),
      pause_ratio_p50: median(onLoop) / median(offLoop),
    };
    printTable(['way', 'loop pause p50 ms', 'max ms', 'files written by'], [
      ['on the loop (before)', median(onLoop).toFixed(2), max(onLoop).toFixed(2), 'the loop'],
      ['writer thread (now)', median(offLoop).toFixed(2), max(offLoop).toFixed(2), `the thread: p50 ${median(threadMs).toFixed(2)} ms a pair (loop: engine bytes ${median(engineMs).toFixed(2)}, MDP bytes ${median(mdpMs).toFixed(2)} ms)`],
    ]);
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
