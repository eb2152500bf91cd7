/**
 * Bench `journal`: durable input rate with group commit (fsync on), commit latency, replay rate.
 * Stamps seq + time into a 64-byte NewOrder record, appends `batch` of them, commits (one write +
 * fdatasync), repeats; then replays everything through replay() (CRC re-checked per record).
 *
 *   node bench/journal.ts [records]   (sweeps batch sizes; writes bench/results/journal.json)
 *
 * Replay reads the files right after writing them, so from the page cache: it measures framing +
 * CRC + callback, not the disk. Runs in a temp dir under os.tmpdir() (the disk under test).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Journal } from '../server/sequencer/journal.ts';
import { Cmd, CmdOff, encodeCommand } from '../server/engine/commands.ts';
import { OrdType, Side, TimeInForce } from '../server/kernel/types.ts';
import { Histogram } from '../server/kernel/histogram.ts';
import { writeResult } from './lib/results.ts';
import { printTable } from './lib/table.ts';

export interface JournalFigures {
  journal_inputs_per_s: number;
  journal_commit_p50_us: number;
  journal_commit_p99_us: number;
  journal_read_records_per_s: number;
  batch: number;
}

export interface JournalBenchOptions {
  records?: number; // per run (default 1,000,000)
  batch?: number; // records per commit (default 512)
  runs?: number; // median of this many runs (default 3)
}

export const DEFAULT_BATCH = 512;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** One run in a fresh temp dir (removed afterwards). */
function runOnce(records: number, batch: number): JournalFigures {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-bench-journal-'));
  try {
    const rec = new Uint8Array(64);
    encodeCommand({ type: Cmd.NewOrder, symbol: 7, side: Side.Buy, ordType: OrdType.Limit, tif: TimeInForce.GTC, price: 10_050, qty: 100, account: 3, clientOrderId: 1 }, rec);
    const f64 = new Float64Array(rec.buffer);
    const seqSlot = CmdOff.seq >> 3;
    const timeSlot = CmdOff.time >> 3;
    const hist = new Histogram();
    const j = Journal.open({ dir, fsync: true });
    let seq = 0;
    const t0 = performance.now();
    while (seq < records) {
      const n = Math.min(batch, records - seq);
      for (let i = 0; i < n; i++) {
        f64[seqSlot] = ++seq;
        f64[timeSlot] = 1_700_000_000_000_000 + seq;
        j.append(rec);
      }
      const c0 = performance.now();
      j.commit();
      hist.record((performance.now() - c0) * 1e6); // ns
    }
    const writeMs = performance.now() - t0;
    let sum = 0;
    const r0 = performance.now();
    const read = j.replay(1, (r, s) => {
      sum += r[0]! + s; // touch every record
    });
    const readMs = performance.now() - r0;
    j.close();
    if (read !== records || sum !== records * Cmd.NewOrder + (records * (records + 1)) / 2) throw new Error(`journal bench: replay returned ${read} of ${records} records`);
    return {
      journal_inputs_per_s: Math.round((records / writeMs) * 1000),
      journal_commit_p50_us: hist.percentile(50) / 1000,
      journal_commit_p99_us: hist.percentile(99) / 1000,
      journal_read_records_per_s: Math.round((records / readMs) * 1000),
      batch,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median of `runs` runs (each figure's own median), after a short unmeasured warm-up. */
export async function measureJournal(opts: JournalBenchOptions = {}): Promise<JournalFigures> {
  const records = opts.records ?? 1_000_000;
  const batch = opts.batch ?? DEFAULT_BATCH;
  const runs = opts.runs ?? 3;
  if (!(Number.isSafeInteger(records) && records > 0 && Number.isSafeInteger(batch) && batch > 0 && Number.isSafeInteger(runs) && runs > 0)) {
    throw new Error(`measureJournal: records, batch and runs must be positive integers (got ${records}, ${batch}, ${runs})`);
  }
  runOnce(Math.min(records, 50_000), batch); // JIT warm-up
  const all: JournalFigures[] = [];
  for (let i = 0; i < runs; i++) {
    all.push(runOnce(records, batch));
    await new Promise((r) => setImmediate(r)); // let the event loop breathe between runs
  }
  return {
    journal_inputs_per_s: median(all.map((f) => f.journal_inputs_per_s)),
    journal_commit_p50_us: median(all.map((f) => f.journal_commit_p50_us)),
    journal_commit_p99_us: median(all.map((f) => f.journal_commit_p99_us)),
    journal_read_records_per_s: median(all.map((f) => f.journal_read_records_per_s)),
    batch,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const records = Number(process.argv[2] ?? 1_000_000);
  const rows: (string | number)[][] = [];
  let chosen: JournalFigures | undefined;
  for (const batch of [256, 512, 1024]) {
    const f = await measureJournal({ records, batch });
    if (batch === DEFAULT_BATCH) chosen = f;
    rows.push([batch, f.journal_inputs_per_s, f.journal_commit_p50_us, f.journal_commit_p99_us, f.journal_read_records_per_s]);
  }
  printTable(['batch', 'inputs/s', 'commit p50 µs', 'commit p99 µs', 'replay records/s'], rows, `journal: ${records.toLocaleString('en-US')} x 64-byte records, fsync on, median of 3 runs (goal >= 500,000 inputs/s)`);
  console.log(`wrote ${writeResult('journal', { ...chosen! })}`);
}
