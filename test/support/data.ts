/**
 * Where the real market data lives: `../shared/data/market` beside the clone (CI puts it there).
 * Tests that need a file call `marketFile()` and skip with a message naming what is missing.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const MARKET_DIR = process.env.BOURSE_MARKET_DATA ?? join(REPO_ROOT, '..', 'shared', 'data', 'market');

/** Absolute path of a market-data file, or a skip reason when it is absent. */
export function marketFile(rel: string): { path: string; skip: false } | { path: string; skip: string } {
  const path = join(MARKET_DIR, rel);
  return existsSync(path) ? { path, skip: false } : { path, skip: `market data missing: ${path} (expected ../shared/data/market beside the clone)` };
}
