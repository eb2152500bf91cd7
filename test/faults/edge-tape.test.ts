/**
 * Fault: a trade tape that is one enormous line. The CSV reader used to look for the newline
 * from the start of the pending text at every chunk (quadratic: 35.6 s and 677 MB for a 40 MB
 * line) and then echoed the whole line in its error. Now a line longer than MAX_LINE fails as
 * soon as it is seen (TAPE_PARSE), and every message quotes at most 80 characters.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_LINE, readTapeRows } from '../../server/bars/tape.ts';
import type { BourseError } from '../../server/kernel/errors.ts';
import { bourse } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'bourse-edge-tape-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const MB40 = 40 << 20;

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function refusal(path: string): Promise<{ ms: number; heapMB: number; e: BourseError }> {
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  try {
    await readTapeRows(path, () => {});
  } catch (e) {
    return { ms: performance.now() - t0, heapMB: (process.memoryUsage().heapUsed - heap0) / 2 ** 20, e: e as BourseError };
  }
  throw new Error(`${path} was accepted`);
}

test('a 40 MB single-line tape fails fast with TAPE_PARSE, bounded memory and a short message', async () => {
  for (const [name, content] of [
    ['one-line.csv', 'x'.repeat(MB40)],
    ['header-then-long-row.csv', `time,price,qty\n1700000000000,1.5,${'9'.repeat(MB40)}\n`],
    ['one-line.csv.gz', gzipSync('7'.repeat(MB40))],
  ] as const) {
    const r = await refusal(file(name, content));
    assert.equal(r.e.code, 'TAPE_PARSE', r.e.message);
    assert.match(r.e.message, new RegExp(`line \\d: line is longer than ${MAX_LINE} characters`));
    assert.ok(r.e.message.length < 300, `${name}: message of ${r.e.message.length} characters`);
    assert.ok(r.ms < 1000, `${name}: refused after ${r.ms.toFixed(0)} ms`);
    assert.ok(r.heapMB < 64, `${name}: heap grew ${r.heapMB.toFixed(0)} MB`);
  }
});

test('bourse candles on a 40 MB single-line tape: exit 2, TAPE_PARSE, in seconds, no echo', () => {
  const path = file('cli-one-line.csv', 'time,price,qty' + ','.repeat(MB40));
  const t0 = performance.now();
  const r = bourse(['candles', '--trades', path, '--interval', '1m'], { timeoutMs: 30_000 });
  const ms = performance.now() - t0;
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^bourse candles: TAPE_PARSE: .*cli-one-line\.csv line 1: line is longer than 65536 characters/);
  assert.ok(r.stderr.length < 400, `stderr of ${r.stderr.length} characters`);
  assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms`);
});

test('every error quotes at most 80 characters of the offending text', async () => {
  const long = 'Z'.repeat(50_000);
  const cases: [string, string, RegExp][] = [
    ['bad-header.csv', `${long}\n1,2,3\n`, /header "Z{80}…" must name the columns/],
    ['bad-price.csv', `time,price,qty\n1700000000000,${long},1\n`, /field price "Z{80}…" is not a positive decimal/],
    ['bad-time.csv', `time,price,qty\n${long},1,1\n`, /field time "Z{80}…" is neither/],
    ['bad-json-price.json', JSON.stringify([{ info: { p: long, q: '1', T: 1 } }]), /field price "Z{80}…" is not a positive decimal/],
    ['bad-json.json', `[${long}`, /not valid JSON/],
  ];
  for (const [name, content, re] of cases) {
    const r = await refusal(file(name, content));
    assert.equal(r.e.code, 'TAPE_PARSE');
    assert.match(r.e.message, re);
    assert.ok(r.e.message.length < 400, `${name}: message of ${r.e.message.length} characters`);
  }
});

test('leading blank lines still count: the line number of an error is right', async () => {
  const r = await refusal(file('blank-lead.csv', '\n\n  \n' + 'time,price,qty\n1700000000000,x,1\n'));
  assert.match(r.e.message, /blank-lead\.csv line 5: field price "x"/);
});
