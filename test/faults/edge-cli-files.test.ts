/**
 * Faults of the batch commands' files and pipes:
 * - `lobster` used to accept an orderbook file of 500 rows against 999 messages (exit 0, the
 *   rest silently unchecked) and `--date 2012-13-45`: both are refused now, naming the problem.
 * - `--out /missing/x` threw an uncaught ENOENT (`lobster`: from a stream's 'error' event;
 *   `candles`: from openSync): now OUTPUT_FILE, exit 2, before any work, no file left behind.
 * - stdout closed early (`bourse replay --journal J | head -1`): no stack, exit 141 (cli.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOURSE, bourse } from '../support/cli.ts';
import { REPO_ROOT, marketFile } from '../support/data.ts';

const MSG = marketFile('lobster/AAPL_2012-06-21_34200000_57600000_message_10.csv');
const BOOK = marketFile('lobster/AAPL_2012-06-21_34200000_57600000_orderbook_10.csv');
const skip = MSG.skip || BOOK.skip;

const dir = mkdtempSync(join(tmpdir(), 'bourse-edge-cli-'));
const tape = join(dir, 'tape.csv');
const journal = join(dir, 'journal');
before(() => {
  const lines = ['time,price,qty'];
  for (let i = 0; i < 2000; i++) lines.push(`${1_700_000_000_000 + i * 1500},${(100 + (i % 7) / 10).toFixed(1)},${1 + (i % 5)}`);
  writeFileSync(tape, lines.join('\n') + '\n');
  const sim = bourse(['sim', '--orders', '20000', '--seed', '7', '--journal', journal, '--fsync', 'false']);
  assert.equal(sim.code, 0, sim.stderr);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function refused(r: { code: number; stderr: string }, re: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, re);
  assert.doesNotMatch(r.stderr, /^\s+at /m, 'no stack trace');
}

test('lobster refuses an orderbook file with fewer rows than messages (INPUT_FILE naming both counts)', { skip }, () => {
  const rows = readFileSync(BOOK.path, 'utf8').split('\n').slice(0, 500).join('\n');
  const cut = join(dir, 'AAPL_2012-06-21_34200000_57600000_orderbook_10-cut.csv');
  writeFileSync(cut, rows);
  const r = bourse(['lobster', '--messages', MSG.path, '--orderbook', cut, '--levels', '10']);
  refused(r, /^bourse lobster: INPUT_FILE: .*orderbook_10-cut\.csv has 500 rows but AAPL_2012-06-21_34200000_57600000_message_10\.csv has 999 messages/m);
  // And the other way round.
  const msgs = join(dir, 'AAPL_2012-06-21_x_message_10.csv');
  writeFileSync(msgs, readFileSync(MSG.path, 'utf8').split('\n').slice(0, 10).join('\n'));
  refused(bourse(['lobster', '--messages', msgs, '--orderbook', BOOK.path, '--levels', '10']), /INPUT_FILE: .* has 999 rows but .* has 10 messages/);
});

test('lobster refuses --date 2012-13-45 and a file-name date that is no calendar day', { skip }, () => {
  refused(bourse(['lobster', '--messages', MSG.path, '--orderbook', BOOK.path, '--levels', '10', '--date', '2012-13-45']), /CLI_BAD_VALUE: .*--date "2012-13-45" has month 13: months are 01 to 12/);
  refused(bourse(['lobster', '--messages', MSG.path, '--orderbook', BOOK.path, '--levels', '10', '--date', '2012-02-30']), /CLI_BAD_VALUE: .*--date "2012-02-30" has day 30: 2012-02 has days 01 to 29/);
  refused(bourse(['lobster', '--messages', MSG.path, '--orderbook', BOOK.path, '--levels', '10', '--date', 'June 21']), /CLI_BAD_VALUE: .*--date "June 21" is not a date YYYY-MM-DD/);
  const odd = join(dir, 'AAPL_2012-13-45_34200000_57600000_message_10.csv');
  writeFileSync(odd, readFileSync(MSG.path));
  refused(bourse(['lobster', '--messages', odd, '--orderbook', BOOK.path, '--levels', '10']), /INPUT_FILE: .*the date 2012-13-45 in the file name has month 13.*pass --date/);
});

test('--out in a missing directory: OUTPUT_FILE and exit 2 from lobster and candles, nothing written', { skip }, () => {
  const missing = join(dir, 'no-such-dir', 'x.csv');
  refused(bourse(['lobster', '--messages', MSG.path, '--orderbook', BOOK.path, '--levels', '10', '--out', missing]), /^bourse lobster: OUTPUT_FILE: .*--out .*no-such-dir\/x\.csv: its directory does not exist \(ENOENT\)/m);
  refused(bourse(['candles', '--trades', tape, '--interval', '1m', '--out', missing]), /^bourse candles: OUTPUT_FILE: .*--out .*no-such-dir\/x\.csv: its directory does not exist \(ENOENT\)/m);
  refused(bourse(['candles', '--trades', tape, '--interval', '1m', '--out', dir]), /OUTPUT_FILE: .*it is a directory|OUTPUT_FILE: .*EISDIR/);
  assert.ok(!existsSync(join(dir, 'no-such-dir')));
  assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp-')), [], 'no temporary file left');
  // The good path still writes the file.
  const ok = bourse(['candles', '--trades', tape, '--interval', '1m', '--out', join(dir, 'bars.csv')]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(readFileSync(join(dir, 'bars.csv'), 'utf8'), /^open_time_ms,open,high,low,close,volume,trades\n/);
});

/** Run `bourse ARGS` with its stdout closed before it writes: status and stderr. */
function closedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const c = spawn(process.execPath, [BOURSE, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    c.stdout.destroy();
    let stderr = '';
    c.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    c.on('exit', (code) => resolve({ code, stderr }));
  });
}

test('stdout closed early: no stack, exit 141 (replay, feed-config, candles, --help)', async () => {
  for (const args of [['replay', '--journal', journal], ['feed-config'], ['candles', '--trades', tape, '--interval', '1s'], ['--help']]) {
    const r = await closedStdout(args);
    assert.equal(r.code, 141, `${args[0]}: ${r.stderr}`);
    assert.equal(r.stderr, '', `${args[0]} printed: ${r.stderr}`);
  }
});

test('bourse replay --journal J | head -1: one line, no stack, status 0 or 141', () => {
  const r = spawnSync('/bin/bash', ['-c', `set -o pipefail; "$0" "$1" replay --journal "$2" | head -1`, process.execPath, BOURSE, journal], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 141, `status ${r.status}: ${r.stderr}`);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, /^seq=\d+ snapshot=0 replayed=\d+ .*\n$/);
});
