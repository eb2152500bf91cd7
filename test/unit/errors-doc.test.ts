/** The error registry is the single source of codes, and every code is documented. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Errors, errorName, BourseError, reviveError } from '../../server/kernel/errors.ts';
import { renderErrorsDoc } from '../../tools/errors-doc.ts';

test('docs/errors.md documents every code with its number (npm run docs:errors regenerates it)', () => {
  const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
  for (const [name, spec] of Object.entries(Errors)) {
    assert.match(doc, new RegExp(`\\| ${spec.num} \\| \`${name}\` \\| ${spec.http} \\|`), `${name} (${spec.num}) missing from docs/errors.md`);
  }
  assert.equal(doc, renderErrorsDoc(), 'docs/errors.md is stale: run npm run docs:errors');
});

test('numbers are unique, in their block, and map back to their names', () => {
  const seen = new Set<number>();
  for (const [name, spec] of Object.entries(Errors)) {
    assert.ok(!seen.has(spec.num), `${spec.num} used twice`);
    seen.add(spec.num);
    assert.equal(errorName(spec.num), name);
    assert.ok(spec.num >= 1000 && spec.num < 10000);
    assert.ok([400, 403, 404, 408, 409, 413, 422, 429, 431, 500, 503].includes(spec.http), `${name}: unusual HTTP status ${spec.http}`);
    assert.ok(spec.message.length > 5);
  }
});

test('a BourseError carries code, number, status and a message naming the detail', () => {
  const e = new BourseError('PRICE_OFF_TICK', 'price 985 with tick 10');
  assert.equal(e.code, 'PRICE_OFF_TICK');
  assert.equal(e.num, Errors.PRICE_OFF_TICK.num);
  assert.equal(e.http, 400);
  assert.match(e.message, /^PRICE_OFF_TICK: price is not a multiple of the tick size: price 985 with tick 10$/);
});

test('a BourseError that crossed a thread (a clone: code and message, not the class) is revived as itself; an uncoded error is not', async () => {
  const { Worker } = await import('node:worker_threads');
  const url = new URL('../../server/kernel/errors.ts', import.meta.url).href;
  const w = new Worker(`const { BourseError } = await import(${JSON.stringify(url)}); throw new BourseError('JOURNAL_IO', 'commit failed: ENOSPC', { cause: Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }) });`, { eval: true, type: 'module' } as import('node:worker_threads').WorkerOptions);
  const crossed = await new Promise<unknown>((resolve) => w.once('error', resolve));
  assert.ok(!(crossed instanceof BourseError), 'the class does not cross');
  const e = reviveError(crossed);
  assert.ok(e instanceof BourseError);
  assert.equal(e.code, 'JOURNAL_IO');
  assert.equal(e.num, Errors.JOURNAL_IO.num);
  assert.equal(e.message, 'JOURNAL_IO: journal i/o failed: commit failed: ENOSPC');
  assert.equal((e.cause as NodeJS.ErrnoException).code, 'ENOSPC');
  assert.equal(reviveError(new Error('plain')), undefined);
  assert.equal(reviveError(Object.assign(new Error('x'), { code: 'ENOSPC' })), undefined);
  assert.equal(reviveError('text'), undefined);
});
