/**
 * An HA node serves what `bourse start` serves: the API (instruments, book), fed by the node's
 * own MDP agent. A standalone primary (no NATS: the replication-off
 * baseline) is enough to show the wiring; the HA tests show the failover itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BourseProc } from '../support/nats.ts';
import { bourse } from '../support/cli.ts';

test('an HA primary serves the API (instruments, book, readiness) from its own MDP agent; its output hashes equal a replay of its journal', { timeout: 120_000 }, async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'bourse-ha-web-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const P = new BourseProc('primary', ['start', '--port', '0', '--role', 'primary', '--data', join(root, 'p'), '--rate', '3000', '--symbols', '3', '--fsync', 'false']);
  t.after(() => P.kill());
  const url = (await P.waitFor(/^ha: dashboard (http:\/\/\S+)\//))[1]!;
  await P.waitAcked(6000);
  const instruments = (await (await fetch(`${url}/api/v1/instruments`)).json()) as { instruments: { name: string; live: boolean }[] };
  assert.equal(instruments.instruments.filter((i) => i.live).length, 3, JSON.stringify(instruments));
  const sym = instruments.instruments[0]!.name;
  const book = (await (await fetch(`${url}/api/v1/book/${sym}?depth=5`)).json()) as { bids: unknown[]; asks: unknown[]; md_seq: number };
  assert.ok(book.bids.length > 0 && book.asks.length > 0, JSON.stringify(book));
  const ready = await fetch(`${url}/readyz`);
  assert.equal(ready.status, 200);
  P.kill('SIGTERM');
  assert.equal(await P.exited, 0, P.tailText());
  // What the node hashed of its own market data equals a replay of its journal.
  const final = (await P.waitFor(/^state=(\S+) events=(\S+) md=(\S+)$/))[0];
  const replay = bourse(['replay', '--journal', join(root, 'p', 'journal')]);
  assert.equal(replay.code, 0, replay.stderr);
  assert.equal(replay.lastLine, final);
});
