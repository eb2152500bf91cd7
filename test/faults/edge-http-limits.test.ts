/**
 * Fault: idle and slow-loris connections. Each sends half a request header and waits. With no
 * limit, 450 of them under `ulimit -n 400` took every file descriptor: /healthz was refused and
 * the core thread died at its next open. The HTTP server now holds at most maxConnections
 * (default 256; beyond, closed at accept) and cuts a request whose headers do not arrive within
 * headersTimeoutMs with `408 API_TIMEOUT` (server/http/limits.ts).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../server/bars/open.ts';
import { startServer } from '../../server/http/server.ts';
import { httpLimits, DEFAULT_LIMITS } from '../../server/http/limits.ts';
import type { BourseError } from '../../server/kernel/errors.ts';
import { halfRequests, runBourse } from './edge-support.ts';
import { sleep, until } from '../support/wait.ts';

const dir = mkdtempSync(join(tmpdir(), 'bourse-edge-limits-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const TIMEOUT_BODY = /^HTTP\/1\.1 408 Request Timeout\r\n[\s\S]*Connection: close\r\n\r\n\{"error":\{"code":"API_TIMEOUT","num":6015,"message":"[^"]+"\}\}$/;

test('half-header connections are cut with 408 API_TIMEOUT after headersTimeoutMs, and /healthz answers meanwhile', async () => {
  const store = await openStore({ data: join(dir, 'a') });
  const srv = await startServer({ store, port: 0, limits: { maxConnections: 64, headersTimeoutMs: 600, requestTimeoutMs: 1200 } });
  try {
    const slow = await halfRequests(srv.port, 40);
    const health = await fetch(`${srv.url}/healthz`);
    assert.equal(health.status, 200, '/healthz answers while 40 slow connections are open');
    assert.deepEqual(await health.json(), { status: 'ok' });
    const closed = await Promise.all(slow.map((s) => s.closed));
    for (const c of closed) {
      assert.match(c.data, TIMEOUT_BODY);
      assert.ok(c.afterMs >= 500 && c.afterMs < 3000, `cut after ${c.afterMs.toFixed(0)} ms (headersTimeoutMs 600)`);
    }
  } finally {
    await srv.close();
    await store.close();
  }
});

test('connections above maxConnections are closed at once; the held ones time out; then /healthz answers', async () => {
  const store = await openStore({ data: join(dir, 'b') });
  const srv = await startServer({ store, port: 0, limits: { maxConnections: 32, headersTimeoutMs: 800, requestTimeoutMs: 800 } });
  try {
    const all = await halfRequests(srv.port, 60);
    const closed = await Promise.all(all.map((s) => s.closed));
    const atOnce = closed.filter((c) => c.data === '');
    const timedOut = closed.filter((c) => TIMEOUT_BODY.test(c.data));
    assert.equal(timedOut.length, 32, 'the 32 held connections get 408');
    assert.equal(atOnce.length, 28, 'the other 28 are closed at accept');
    for (const c of atOnce) assert.ok(c.afterMs < 700, `closed at accept, not after ${c.afterMs.toFixed(0)} ms`);
    assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
  } finally {
    await srv.close();
    await store.close();
  }
});

test('an idle keep-alive connection is closed after keepAliveTimeoutMs', async () => {
  const store = await openStore({ data: join(dir, 'c') });
  const srv = await startServer({ store, port: 0, limits: { keepAliveTimeoutMs: 300 } });
  try {
    const s = net.connect(srv.port, '127.0.0.1');
    let data = '';
    s.on('data', (c) => { data += c.toString(); });
    const t0 = performance.now();
    const closed = new Promise<number>((r) => s.once('close', () => r(performance.now() - t0)));
    s.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    const ms = await closed;
    assert.match(data, /^HTTP\/1\.1 200 OK\r\n[\s\S]*Keep-Alive: timeout=0?\d*/i);
    assert.ok(ms >= 250 && ms < 3000, `closed after ${ms.toFixed(0)} ms`);
  } finally {
    await srv.close();
    await store.close();
  }
});

test('limits are validated once: a bad value is API_BAD_OPTION naming it', () => {
  assert.deepEqual(httpLimits(), DEFAULT_LIMITS);
  assert.equal(DEFAULT_LIMITS.maxConnections, 256);
  const bad = (l: Record<string, number>, re: RegExp): void => {
    assert.throws(() => httpLimits(l), (e: BourseError) => e.code === 'API_BAD_OPTION' && re.test(e.message));
  };
  bad({ maxConnections: 0 }, /maxConnections must be an integer from 1/);
  bad({ headersTimeoutMs: 1.5 }, /headersTimeoutMs/);
  bad({ headersTimeoutMs: 5000, requestTimeoutMs: 1000 }, /must not exceed requestTimeoutMs/);
  bad({ maxConnection: 3 }, /unknown HTTP limit "maxConnection"/);
});

test('bourse start under ulimit -n 400: 450 half-header connections neither starve /healthz for long nor kill the core thread', async () => {
  const data = join(dir, 'start');
  const x = runBourse(['start', '--data', data, '--port', '0', '--feed', 'false', '--rate', '2000', '--fsync', 'false', '--show', '0', '--seconds', '120'], { fdLimit: 400 });
  try {
    const url = (await x.waitFor(/dashboard (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    const port = Number(new URL(url).port);
    const inputs = async (): Promise<number> => Number(/^bourse_inputs_total (\d+)/m.exec(await (await fetch(`${url}/metrics`)).text())![1]);
    const before = await inputs();
    const slow = await halfRequests(port, 450);
    const closed = await Promise.all(slow.map((s) => s.closed));
    // Up to 256 held (the default limit; our /metrics keep-alive connection may hold one)
    // until the 10 s header timeout; the rest closed at accept.
    const held = closed.filter((c) => TIMEOUT_BODY.test(c.data));
    assert.ok(held.length >= 250 && held.length <= 256, `${held.length} held`);
    assert.equal(closed.filter((c) => c.data === '').length, 450 - held.length);
    for (const c of held) assert.ok(c.afterMs < 15_000, `held ${c.afterMs.toFixed(0)} ms`);
    assert.equal(x.child.exitCode, null, `bourse start died: ${x.err}`);
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    const later = await until(async () => { const n = await inputs(); return n > before + 1000 && n; }, 30_000, 'inputs to keep growing');
    assert.ok(later > before);
    await sleep(200);
    const s = await x.stop();
    assert.deepEqual(s, { code: 0, signal: null }, x.err);
    assert.match(x.out, /bourse: stopped at seq \d+/);
    assert.doesNotMatch(x.err, /EMFILE|exited unexpectedly/);
  } finally {
    await x.stop();
  }
});

test('bourse serve takes the limits as flags: --max-connections 8 --headers-timeout-ms 500', async () => {
  const x = runBourse(['serve', '--data', join(dir, 'serve'), '--port', '0', '--max-connections', '8', '--headers-timeout-ms', '500']);
  try {
    const url = (await x.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    const closed = await Promise.all((await halfRequests(Number(new URL(url).port), 12)).map((s) => s.closed));
    assert.equal(closed.filter((c) => TIMEOUT_BODY.test(c.data)).length, 8);
    assert.equal(closed.filter((c) => c.data === '').length, 4);
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.deepEqual(await x.stop(), { code: 0, signal: null });
  } finally {
    await x.stop();
  }
});
