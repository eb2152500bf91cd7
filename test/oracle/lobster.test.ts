/**
 * LOBSTER oracle: NASDAQ order-level messages replayed through the sequencer and the engine
 * must give LOBSTER's own top-N book after every message (rule in server/apps/lobster/replay.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marketFile } from '../support/data.ts';
import { bourse } from '../support/cli.ts';

const AAPL_MSG = marketFile('lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv');
const AAPL_BOOK = marketFile('lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv');
const AMZN_MSG = marketFile('lobster/AMZN_2012-06-21_34200000_57600000_message_1.csv');
const AMZN_BOOK = marketFile('lobster/AMZN_2012-06-21_34200000_57600000_orderbook_1.csv');

for (const via of ['mdp', 'engine']) test(`AAPL level 10 via the ${via}: every row matches, and --out reproduces the orderbook file byte for byte`, { skip: AAPL_MSG.skip || AAPL_BOOK.skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-lobster-'));
  try {
    const out = join(dir, 'book.csv');
    const r = bourse(['lobster', '--via', via, '--messages', AAPL_MSG.path, '--orderbook', AAPL_BOOK.path, '--levels', '10', '--out', out]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.lastLine, /^rows=998 mismatches=0 refills=\d+$/);
    // The source file has no final newline; ours ends each row with one.
    assert.equal(readFileSync(out, 'utf8'), readFileSync(AAPL_BOOK.path, 'utf8') + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const via of ['mdp', 'engine']) test(`AMZN level 1 via the ${via}, a whole day: every row matches`, { skip: AMZN_MSG.skip || AMZN_BOOK.skip }, () => {
  const r = bourse(['lobster', '--via', via, '--messages', AMZN_MSG.path, '--orderbook', AMZN_BOOK.path, '--levels', '1']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.lastLine, /^rows=57514 mismatches=0 refills=\d+$/);
  assert.match(r.stdout, /wrong_maker=0/);
});

test('a doctored orderbook row is caught: mismatches > 0 and exit status 1', { skip: AAPL_MSG.skip || AAPL_BOOK.skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-lobster-'));
  try {
    const rows = readFileSync(AAPL_BOOK.path, 'utf8').split('\n');
    const f = rows[500]!.split(',');
    f[1] = String(Number(f[1]) + 1); // best ask size off by one share
    rows[500] = f.join(',');
    const doctored = join(dir, 'book.csv');
    writeFileSync(doctored, rows.join('\n'));
    const r = bourse(['lobster', '--messages', AAPL_MSG.path, '--orderbook', doctored, '--levels', '10']);
    assert.equal(r.code, 1);
    assert.match(r.lastLine, /^rows=998 mismatches=[1-9]\d* refills=\d+$/);
    assert.match(r.stdout, /first mismatch: row 500 .*ask level 1/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad input files and flags are refused with a registered error naming the problem', { skip: AAPL_MSG.skip }, () => {
  const r1 = bourse(['lobster', '--messages', AAPL_MSG.path, '--orderbook', AAPL_BOOK.path, '--levels', '5']);
  assert.equal(r1.code, 2);
  assert.match(r1.stderr, /INPUT_FILE.*:1: expected 20 columns for --levels 5, found 40/);
  const r2 = bourse(['lobster', '--messages', AAPL_MSG.path, '--orderbook', AAPL_BOOK.path]);
  assert.equal(r2.code, 2);
  assert.match(r2.stderr, /CLI_MISSING_FLAG.*--levels/);
  const r3 = bourse(['lobster', '--messages', '/nonexistent.csv', '--orderbook', AAPL_BOOK.path, '--levels', '10']);
  assert.equal(r3.code, 2);
  assert.match(r3.stderr, /INPUT_FILE.*nonexistent\.csv/);
});
