/**
 * Benchmark results: `bench/results/NAME.json` = {"name","date","node","cpu","figures":{...}}.
 * Figures are plain numbers; a figure that could not be measured is left out (and said so in
 * the bench's table), never written as 0.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export type Figures = Record<string, number>;

export interface BenchResult {
  name: string;
  date: string;
  node: string;
  cpu: string;
  figures: Figures;
  /** Optional time series beside the figures (e.g. the gateway's p99 per second of the run): arrays of numbers. */
  series?: Record<string, unknown>;
}

/** Series a benchmark attaches to its result (attachSeries), written with its figures by writeResult. */
const attached = new Map<string, Record<string, unknown>>();
export function attachSeries(name: string, series: Record<string, unknown>): void {
  attached.set(name, series);
}

export const RESULTS_DIR = new URL('../results/', import.meta.url).pathname;

export function makeResult(name: string, figures: Figures, date = new Date()): BenchResult {
  const clean: Figures = {};
  for (const [k, v] of Object.entries(figures)) if (typeof v === 'number' && Number.isFinite(v)) clean[k] = v;
  const series = attached.get(name);
  return { name, date: date.toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', figures: clean, ...(series ? { series } : {}) };
}

/** Write bench/results/NAME.json (or into `dir`); returns the path. */
export function writeResult(name: string, figures: Figures, dir = RESULTS_DIR): string {
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(name)) throw new Error(`bad benchmark name "${name}"`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(makeResult(name, figures), null, 2) + '\n');
  return path;
}
