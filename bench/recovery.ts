/**
 * `npm run bench -- recovery`: how long `bourse start` takes to a serving exchange on a journal
 * of 100,000,000 inputs made by `bourse sim` (issue 15: under 5 s).
 *
 *  1. The journal: `bourse sim` (100M inputs, 8 symbols, seed 1, engine snapshots every 1M),
 *     generated ONCE into a cache directory outside the repo ($BOURSE_BENCH_CACHE, default
 *     $TMPDIR/bourse-bench-100m; about 7 GB, checked with statfs first) and reused while its
 *     ready.json says it is complete. Progress is printed while it is made.
 *  2. The baseline, in the same run: the first `bourse start` on it has no MDP snapshot, so it
 *     replays all 100M inputs through engine, ring and MDP (what every start did before), and
 *     leaves an engine + MDP snapshot pair at the end. Its time is `restart_ms_full`, its rate
 *     `replay_inputs_per_s`.
 *  3. A realistic tail: DEFAULT_SNAPSHOT_EVERY (100,000) more inputs appended after that pair (the
 *     default snapshot interval of `bourse start`: the most a restart replays). A directory
 *     prepared with another tail is re-tailed without a new baseline: one start replays its tail
 *     and leaves a pair at its end, then the new tail is appended., by the same simulator in this process on the
 *     journal's own simulated clock (a live `bourse start` would stamp them with today's wall
 *     clock, months after the simulated day: the candle builder would then emit every empty bar
 *     in between, hundreds of millions of records: see the report of issue 15).
 *  4. `restart_ms_100m`: the median of several restarts, each timed from spawn to the first 200
 *     from GET /readyz (rate 0, --snapshot-every 0 so the tail stays), then SIGTERM.
 * The feed is off (--feed false): its fixed retransmission port would collide with other runs
 * on a shared machine; it opens sockets only, after recovery.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statfsSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { printTable } from './lib/table.ts';
import { Journal } from '../server/sequencer/journal.ts';
import { recover } from '../server/sequencer/recovery.ts';
import { CoreAgent } from '../server/sequencer/core-agent.ts';
import { simulatorFor } from '../server/apps/runtime/sources.ts';
import { DEFAULT_SNAPSHOT_EVERY } from '../server/apps/runtime/options.ts';
import type { Figures } from './lib/results.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BIN = join(ROOT, 'bin', 'bourse.js');
/** BOURSE_BENCH_INPUTS overrides the journal's size (then the figure is restart_ms, not restart_ms_100m). */
const INPUTS = Number(process.env.BOURSE_BENCH_INPUTS ?? 100_000_000);
const SYMBOLS = 8;
/** The tail after the newest snapshot pair: the default --snapshot-every of `bourse start` (the most a restart replays). */
const TAIL = DEFAULT_SNAPSHOT_EVERY;
const RESTARTS = 5;
const SPEC = { inputs: INPUTS, symbols: SYMBOLS, seed: 1, batch: 4096, snapshotEvery: 1_000_000, format: 1 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function cacheDir(): string {
  return process.env.BOURSE_BENCH_CACHE ?? join(tmpdir(), INPUTS === 100_000_000 ? 'bourse-bench-100m' : `bourse-bench-${INPUTS}`);
}

/** The journal, made once: sim output to sim.log, ready.json written only when sim succeeded. */
async function ensureJournal(dir: string): Promise<void> {
  const ready = join(dir, 'ready.json');
  if (existsSync(ready) && JSON.stringify(JSON.parse(readFileSync(ready, 'utf8'))) === JSON.stringify(SPEC)) {
    console.log(`journal: reusing ${dir} (${ready})`);
    return;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const fs = statfsSync(dir);
  const free = fs.bavail * fs.bsize;
  if (free < (INPUTS * 90) + 2e9) throw new Error(`${dir}: ${(free / 1e9).toFixed(1)} GB free; the 100M-input journal and its snapshots need about 7 GB (+ bars store): set BOURSE_BENCH_CACHE elsewhere`);
  console.log(`journal: generating ${INPUTS.toLocaleString('en-US')} inputs into ${dir} (${(free / 1e9).toFixed(0)} GB free; takes minutes, once)`);
  const t0 = performance.now();
  await run(['sim', '--orders', String(INPUTS - SYMBOLS), '--symbols', String(SYMBOLS), '--seed', '1', '--journal', join(dir, 'data', 'journal'), '--fsync', 'false', '--batch', '4096', '--snapshot-every', '1000000'], (line) => {
    const m = /^acked=(\d+)/.exec(line);
    if (m) {
      const at = Number(m[1]);
      const secs = (performance.now() - t0) / 1000;
      process.stderr.write(`\rjournal: ${(at / 1e6).toFixed(1)}M / ${INPUTS / 1e6}M inputs, ${Math.round(at / secs).toLocaleString('en-US')}/s, ETA ${Math.round((INPUTS - at) / (at / secs))} s   `);
    }
  });
  process.stderr.write('\n');
  writeFileSync(ready, JSON.stringify(SPEC) + '\n');
}

function run(args: string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        onLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bourse ${args[0]} exited ${code}`))));
  });
}

interface StartRun {
  readyMs: number;
  recoveredSeq: number;
  replayed: number;
  recoveryMs: number;
  lastSeq: number;
  /** CPU time of the whole process (every thread) at the first 200 from /readyz: what load cannot inflate. */
  cpuMs: number;
  /** The phases start printed ("serving ... after the process started: ..."), ms. */
  phases: Record<string, number>;
}

/** The process's user + system CPU time so far (ms), from /proc (0 where there is none). */
function processCpuMs(pid: number): number {
  try {
    const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
  } catch {
    return 0;
  }
}

/** `bourse: serving 3.49 s after the process started: threads loaded 0.94 s, journal open 0.20 s, ...` -> ms per phase. */
function parsePhases(line: string): Record<string, number> | undefined {
  const m = /^bourse: serving ([\d.]+) s after the process started: threads loaded ([\d.]+) s, journal open ([\d.]+) s, snapshots ([\d.]+) s, replay of [\d,]+ inputs ([\d.]+) s.*, store \+ HTTP ([\d.]+) s$/.exec(line);
  if (!m) return undefined;
  const [serving, boot, open, snapshots, replay, http] = m.slice(1).map((v) => Math.round(Number(v) * 1000)) as [number, number, number, number, number, number];
  return { serving, boot, open, snapshots, replay, http };
}

/**
 * Spawns `bourse start`, times spawn -> first 200 from /readyz, then (after `until` resolves
 * true for a report line, or at once) SIGTERM; resolves once it exited 0.
 */
function start(data: string, extra: string[], until?: (line: string) => boolean): Promise<StartRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [BIN, 'start', '--data', data, '--port', '0', '--feed', 'false', '--show', '0', '--retain', 'keep', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
    const r: StartRun = { readyMs: 0, recoveredSeq: 0, replayed: 0, recoveryMs: 0, lastSeq: 0, cpuMs: 0, phases: {} };
    let out = '';
    let err = '';
    let polling = false;
    let stopping = false;
    const stop = () => {
      if (!stopping) {
        stopping = true;
        p.kill('SIGTERM');
      }
    };
    const poll = async (url: string) => {
      for (;;) {
        try {
          const res = await fetch(`${url}/readyz`);
          if (res.status === 200) {
            r.readyMs = performance.now() - t0;
            r.cpuMs = processCpuMs(p.pid!);
            if (!until) stop();
            return;
          }
        } catch {
          /* not listening yet */
        }
        await new Promise((s) => setTimeout(s, 5));
      }
    };
    p.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.length > 100_000) err = err.slice(-50_000);
    });
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      let i;
      while ((i = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, i);
        out = out.slice(i + 1);
        const rec = /recovered to seq (\d+); engine snapshot \d+, MDP snapshot \d+, (\d+) inputs replayed in ([\d.]+) s;/.exec(line);
        if (rec) [r.recoveredSeq, r.replayed, r.recoveryMs] = [Number(rec[1]), Number(rec[2]), Number(rec[3]) * 1000];
        const phases = parsePhases(line);
        if (phases) r.phases = phases;
        const url = /dashboard (http:\/\/[^/ ]+)\//.exec(line);
        if (url && !polling) {
          polling = true;
          void poll(url[1]!);
        }
        const seq = /\bseq (\d+) {2}md seq/.exec(line);
        if (seq) r.lastSeq = Number(seq[1]);
        const stopped = /stopped at seq (\d+)/.exec(line);
        if (stopped) r.lastSeq = Number(stopped[1]);
        if (until && until(line)) stop();
      }
    });
    p.on('exit', (code) => (code === 0 ? resolve(r) : reject(new Error(`bourse start exited ${code}: ${err.slice(-2000)}`))));
  });
}

/** Appends `n` simulated inputs to the journal, on its own simulated clock; returns the last seq. */
function appendTail(dir: string, n: number): number {
  const journal = Journal.open({ dir, fsync: false });
  try {
    const engine = recover(journal, {}).engine;
    const src = simulatorFor(engine, { seed: 2, symbols: SYMBOLS, startTime: engine.time + 1 });
    const core = CoreAgent.sync({ engine, clock: () => src.flow.now, journal, onDurable: (ev) => src.flow.observe(ev), source: src });
    for (let done = 0; done < n; ) done += core.doWork(Math.min(4096, n - done));
    return engine.lastSeq;
  } finally {
    journal.close();
  }
}

function mdpSnapshots(data: string): number[] {
  const dir = join(data, 'journal', 'snapshots');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => /^mdp-\d{20}\.bin$/.test(n)).map((n) => Number(n.slice(4, 24))).sort((a, b) => b - a);
}

export async function runRecoveryBench(): Promise<Figures> {
  const dir = cacheDir();
  await ensureJournal(dir);
  const data = join(dir, 'data');
  const figures: Figures = {};
  const rows: (string | number | undefined)[][] = [];

  // 2. Baseline: full replay (first start on a sim journal, or a journal whose MDP snapshots were removed).
  const state = join(dir, 'state.json');
  let prepared = existsSync(state) ? (JSON.parse(readFileSync(state, 'utf8')) as { fullMs: number; fullRate: number; tailTo: number; tail?: number; fullInputs?: number }) : undefined;
  if (prepared && mdpSnapshots(data).length === 0) prepared = undefined; // its pair is gone: prepare again
  if (prepared && prepared.tail !== TAIL) {
    // Prepared with another tail: a start replays it and leaves a pair at the end; the new tail follows.
    const fullInputs = prepared.fullInputs ?? prepared.tailTo - (prepared.tail ?? 1_000_000);
    console.log(`tail: re-tailing ${dir} (${(prepared.tail ?? 1_000_000).toLocaleString('en-US')} -> ${TAIL.toLocaleString('en-US')} inputs)...`);
    const r = await start(data, ['--rate', '0', '--snapshot-every', String(TAIL)]);
    for (let i = 0; i < 600 && mdpSnapshots(data)[0] !== r.recoveredSeq; i++) await new Promise((s) => setTimeout(s, 100));
    const tailTo = appendTail(join(data, 'journal'), TAIL);
    console.log(`tail: appended ${TAIL.toLocaleString('en-US')} inputs after the pair at ${r.recoveredSeq.toLocaleString('en-US')}, journal ends at seq ${tailTo.toLocaleString('en-US')}`);
    prepared = { ...prepared, tailTo, tail: TAIL, fullInputs };
    writeFileSync(state, JSON.stringify(prepared) + '\n');
  }
  if (!prepared) {
    rmSync(join(data, 'bars.sqlite'), { force: true });
    // No MDP snapshot: the start replays the whole journal, as every start did before.
    for (const m of mdpSnapshots(data)) rmSync(join(data, 'journal', 'snapshots', `mdp-${String(m).padStart(20, '0')}.bin`));
    console.log('baseline: first start on the sim journal replays all of it (no MDP snapshot yet)...');
    const full = await start(data, ['--rate', '0', '--snapshot-every', '1000000']);
    // It asked the MDP thread for a snapshot at the end of recovery: wait for it to be on disk.
    for (let i = 0; i < 600 && mdpSnapshots(data)[0] !== full.recoveredSeq; i++) await new Promise((s) => setTimeout(s, 100));
    console.log(`baseline: ${full.recoveredSeq.toLocaleString('en-US')} inputs replayed, ready in ${(full.readyMs / 1000).toFixed(1)} s; MDP snapshots ${mdpSnapshots(data).join(', ')}`);
    // 3. A 1M-input tail after the newest snapshot pair (no snapshot written meanwhile).
    const tailTo = appendTail(join(data, 'journal'), TAIL);
    console.log(`tail: appended ${TAIL.toLocaleString('en-US')} inputs after the pair, journal ends at seq ${tailTo.toLocaleString('en-US')}`);
    prepared = { fullMs: full.readyMs, fullRate: full.recoveredSeq / (full.recoveryMs / 1000), tailTo, tail: TAIL, fullInputs: full.recoveredSeq };
    writeFileSync(state, JSON.stringify(prepared) + '\n');
  } else console.log(`baseline: reusing the prepared data directory (${state})`);
  figures.restart_ms_full = Math.round(prepared.fullMs);
  figures.replay_inputs_per_s = Math.round(prepared.fullRate);
  rows.push(['full replay (first start, no MDP snapshot)', Math.round(prepared.fullMs), prepared.fullInputs ?? prepared.tailTo - TAIL, Math.round(prepared.fullRate), '-', '-']);

  // 4. Restarts from the snapshot pair + the tail.
  const times: number[] = [];
  const tailRates: number[] = [];
  const cpus: number[] = [];
  const phases: Record<string, number[]> = {};
  let replayed = 0;
  for (let k = 0; k < RESTARTS; k++) {
    const r = await start(data, ['--rate', '0', '--snapshot-every', '0']);
    times.push(r.readyMs);
    cpus.push(r.cpuMs);
    for (const [name, ms] of Object.entries(r.phases)) (phases[name] ??= []).push(ms);
    replayed = r.replayed;
    const replayMs = r.phases.replay ?? r.recoveryMs;
    if (replayMs > 0) tailRates.push(r.replayed / (replayMs / 1000));
    rows.push([`restart ${k + 1} (snapshot + tail)`, Math.round(r.readyMs), r.replayed, Math.round(r.replayed / (replayMs / 1000)), Math.round(r.cpuMs),
      ['boot', 'open', 'snapshots', 'replay', 'http'].map((n) => r.phases[n] ?? '-').join(' / ')]);
  }
  figures[INPUTS === 100_000_000 ? 'restart_ms_100m' : 'restart_ms'] = Math.round(median(times));
  figures.restart_ms_min = Math.round(Math.min(...times));
  figures.restart_ms_max = Math.round(Math.max(...times));
  figures.restart_tail_inputs = replayed;
  figures.journal_inputs = prepared.tailTo;
  figures.tail_replay_inputs_per_s = Math.round(median(tailRates));
  figures.restart_cpu_ms = Math.round(median(cpus));
  // Medians of start's own phase timings (ms): module loading and threads, journal open, snapshots, tail replay, store + HTTP.
  for (const [name, ms] of Object.entries(phases)) figures[`restart_${name}_ms`] = median(ms);
  figures.speedup_vs_full = Math.round((prepared.fullMs / median(times)) * 10) / 10;
  figures.load_avg_1m = Math.round(loadavg()[0]! * 10) / 10;
  printTable(['run', 'ms to /readyz 200', 'inputs replayed', 'replay inputs/s', 'process CPU ms', 'boot / open / snapshots / replay / http ms'], rows);
  const du = spawnSync('du', ['-sb', data], { encoding: 'utf8' }).stdout.split('\t')[0];
  if (du) figures.data_bytes = Number(du);
  return figures;
}
