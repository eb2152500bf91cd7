/**
 * Fault: requests fastify or Node refuse before any route runs (malformed JSON, a 2 MB body, a
 * 70 KB query, a 10 KB path parameter, garbage instead of HTTP) used to get fastify's own body
 * `{"statusCode","code":"FST_ERR_...","error","message"}`. Every one now gets the registry's
 * `{"error":{"code","num","message"}}` with the code's status, and no message echoes more than
 * a few dozen characters of what was sent. Over a real socket: Node's own limits (16 KiB of
 * headers) only act there.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../server/bars/open.ts';
import type { BarsStore } from '../../server/bars/store.ts';
import { startServer, type RunningServer } from '../../server/http/server.ts';
import { Errors, type ErrorCode } from '../../server/kernel/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'bourse-edge-errors-'));
let store: BarsStore;
let srv: RunningServer;

before(async () => {
  store = await openStore({ data: dir });
  srv = await startServer({ store, port: 0 });
});
after(async () => {
  await srv.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function expectCode(r: Response, code: ErrorCode): Promise<string> {
  const text = await r.text();
  assert.equal(r.status, Errors[code].http, text);
  assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
  const body = JSON.parse(text) as { error: { code: string; num: number; message: string } };
  assert.deepEqual(Object.keys(body), ['error']);
  assert.equal(body.error.code, code);
  assert.equal(body.error.num, Errors[code].num);
  assert.ok(body.error.message.length < 300, `message of ${body.error.message.length} characters`);
  return body.error.message;
}

const json = { 'content-type': 'application/json' };

test('malformed JSON body: 400 API_BAD_BODY (on a route and on an unknown path)', async () => {
  await expectCode(await fetch(`${srv.url}/api/v1/bars`, { method: 'POST', headers: json, body: '{"symbol":' }), 'API_BAD_BODY');
  await expectCode(await fetch(`${srv.url}/nowhere`, { method: 'POST', headers: json, body: '{bad' }), 'API_BAD_BODY');
  await expectCode(await fetch(`${srv.url}/healthz`, { method: 'POST', headers: json, body: '' }), 'API_BAD_BODY');
});

test('a 2 MB body: 413 API_TOO_LARGE', async () => {
  const m = await expectCode(await fetch(`${srv.url}/api/v1/bars`, { method: 'POST', headers: json, body: `"${'x'.repeat(2 << 20)}"` }), 'API_TOO_LARGE');
  assert.doesNotMatch(m, /xxxxxxxxxx/);
});

test('a 70 KB query string: 431 API_HEADERS_TOO_LARGE, and the server goes on', async () => {
  const m = await expectCode(await fetch(`${srv.url}/api/v1/bars?symbol=${'A'.repeat(70_000)}&interval=1m`), 'API_HEADERS_TOO_LARGE');
  assert.doesNotMatch(m, /AAAAAAAAAA/);
  assert.equal((await fetch(`${srv.url}/healthz`)).status, 200);
});

test('a 10 KB query below the header limit, and a 10 KB path parameter: 400 with a clipped echo', async () => {
  const q = await expectCode(await fetch(`${srv.url}/api/v1/bars?symbol=${'A'.repeat(10_000)}&interval=1m`), 'API_BAD_PARAM');
  assert.ok(!q.includes('A'.repeat(81)), q);
  const p = await expectCode(await fetch(`${srv.url}/api/v1/book/${'B'.repeat(10_000)}`), 'API_BAD_REQUEST');
  assert.ok(!p.includes('B'.repeat(121)) && p.includes('…'), p);
  const u = await expectCode(await fetch(`${srv.url}/${'C'.repeat(10_000)}`), 'API_NOT_FOUND');
  assert.ok(!u.includes('C'.repeat(81)) && u.includes('…'), u);
});

test('garbage instead of HTTP: 400 API_BAD_REQUEST and the connection is closed', async () => {
  const reply = await new Promise<string>((resolve, reject) => {
    let data = '';
    const s = net.connect(srv.port, '127.0.0.1', () => s.write('HELLO THERE\r\n\r\n'));
    s.on('data', (c) => { data += c.toString(); });
    s.on('error', reject);
    s.on('close', () => resolve(data));
  });
  const [head, body] = reply.split('\r\n\r\n');
  assert.match(head!, /^HTTP\/1\.1 400 Bad Request\r\n/);
  assert.match(head!, /\r\nConnection: close/);
  const b = JSON.parse(body!) as { error: { code: string; num: number } };
  assert.deepEqual([b.error.code, b.error.num], ['API_BAD_REQUEST', Errors.API_BAD_REQUEST.num]);
});
