/**
 * Fault: the HTTP port is taken. `bourse start`, `bourse serve` and an HA node
 * (`bourse start --role primary`) must refuse with API_LISTEN naming EADDRINUSE and exit 2 —
 * `start` having stopped its core and MDP threads and closed its journal cleanly (it used to
 * print the error and go on trading and journaling with no API, forever).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'bourse-edge-port-'));
let holder: net.Server;
let port = 0;

before(async () => {
  holder = net.createServer();
  await new Promise<void>((r) => holder.listen(0, '127.0.0.1', () => r()));
  port = (holder.address() as net.AddressInfo).port;
});
after(async () => {
  await new Promise((r) => holder.close(r));
  rmSync(dir, { recursive: true, force: true });
});

function refused(r: { code: number; stderr: string }, what: string): void {
  assert.equal(r.code, 2, `${what}: exit status\n${r.stderr}`);
  assert.match(r.stderr, new RegExp(`API_LISTEN: .*cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`), what);
  assert.doesNotMatch(r.stderr, /^\s+at /m, `${what}: no stack trace`);
}

test('bourse start on a busy port exits 2 with API_LISTEN EADDRINUSE, threads stopped and journal closed cleanly', () => {
  const data = join(dir, 'start');
  const t0 = performance.now();
  const r = bourse(['start', '--data', data, '--port', String(port), '--feed', 'false', '--rate', '2000', '--fsync', 'false'], { timeoutMs: 60_000 });
  refused(r, 'start');
  assert.ok(performance.now() - t0 < 60_000, 'exited on its own');
  // The journal was closed cleanly: no torn tail, and its lock is free for the next process.
  const rep = bourse(['replay', '--journal', join(data, 'journal')]);
  assert.equal(rep.code, 0, rep.stderr);
  assert.doesNotMatch(rep.stderr, /torn tail|JOURNAL_LOCKED/);
  assert.match(rep.lastLine, /^state=[0-9a-f]{64} events=[0-9a-f]{64} md=[0-9a-f]{64}$/);
});

test('bourse serve on a busy port exits 2 with API_LISTEN EADDRINUSE', () => {
  refused(bourse(['serve', '--data', join(dir, 'serve'), '--port', String(port)], { timeoutMs: 60_000 }), 'serve');
});

test('an HA node (bourse start --role primary) on a busy port exits 2 with API_LISTEN EADDRINUSE', () => {
  refused(bourse(['start', '--role', 'primary', '--data', join(dir, 'ha'), '--port', String(port), '--rate', '100', '--fsync', 'false'], { timeoutMs: 60_000 }), 'start --role primary');
});
