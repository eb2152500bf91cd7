/**
 * bench/lib/lean-ws.ts, the lean load client of bench `relay`, against a real `ws` server on a real
 * socket: the upgrade is accepted (its Sec-WebSocket-Accept checked), its requests arrive as
 * masked text frames (ws refuses unmasked client frames), every frame the server sends is
 * counted with its exact payload bytes whatever its length field (7, 16, 64 bit) and however TCP
 * cuts it, text is handed over until the callback has seen enough, pings are answered with their
 * payload, and a close frame's code is reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { openLean, type LeanStats } from '../../bench/lib/lean-ws.ts';

async function serve(): Promise<{ http: Server; wss: WebSocketServer; url: string; next: () => Promise<WebSocket> }> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
  const waiting: ((ws: WebSocket) => void)[] = [];
  const ready: WebSocket[] = [];
  wss.on('connection', (ws) => {
    const w = waiting.shift();
    if (w) w(ws);
    else ready.push(ws);
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/ws`;
  return { http, wss, url, next: () => new Promise((r) => (ready.length ? r(ready.shift()!) : waiting.push(r))) };
}

const until = async (f: () => boolean, what: string) => {
  for (let i = 0; i < 500 && !f(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(f(), what);
};

test('lean client: handshake, masked requests, frames of every length counted byte for byte, text until enough, ping, close', async () => {
  const s = await serve();
  try {
    const stats: LeanStats = { frames: 0, bytes: 0 };
    const texts: string[] = [];
    let closeCode = 0;
    let opened = false;
    const sock = openLean({
      url: s.url, requests: ['{"op":"subscribe","n":1}', 'x'.repeat(300)], stats,
      onOpen: () => (opened = true),
      onText: (t) => (texts.push(t), texts.length < 3),
      onClose: (c) => (closeCode = c),
      onError: (e) => assert.fail(e),
    });
    const ws = await s.next();
    const got: string[] = [];
    ws.on('message', (d) => got.push(String(d)));
    await until(() => got.length === 2, 'both requests reach the server');
    assert.ok(opened);
    assert.deepEqual(got, ['{"op":"subscribe","n":1}', 'x'.repeat(300)]);
    // Lengths across the 7-bit, 16-bit and 64-bit forms, and an empty frame.
    const sizes = [0, 1, 125, 126, 127, 1000, 65535, 65536, 200_000, 5];
    let sent = 0;
    for (const [k, n] of sizes.entries()) {
      ws.send(k < 3 ? `t${k}`.padEnd(Math.max(n, 2), '.') : Buffer.alloc(n, k), { binary: k >= 3 });
      sent += k < 3 ? Math.max(n, 2) : n;
    }
    await until(() => stats.frames === sizes.length, 'every frame counted');
    assert.equal(stats.bytes, sent);
    // Text handed over until the callback said enough (after the third).
    assert.deepEqual(texts.map((t) => t.slice(0, 2)), ['t0', 't1', 't2']);
    assert.equal(texts[2]!.length, 125);
    ws.send('after enough');
    await until(() => stats.frames === sizes.length + 1, 'later text frames still counted');
    assert.equal(texts.length, 3);
    // A ping is answered with a pong carrying its payload.
    const pong = new Promise<string>((r) => ws.once('pong', (d) => r(String(d))));
    ws.ping('are you there');
    assert.equal(await pong, 'are you there');
    // A close frame: its code is reported, and the client closes back.
    const closed = new Promise<number>((r) => ws.once('close', (c) => r(c)));
    ws.close(4008, 'slow consumer');
    assert.equal(await closed, 4008);
    await until(() => closeCode === 4008, 'close code reported');
    assert.ok(sock.destroyed || sock.readableEnded || sock.writableEnded);
  } finally {
    s.wss.close();
    await new Promise((r) => s.http.close(r));
  }
});

test('lean client: a frame cut at every byte by the socket is still one frame of its length', async () => {
  // A bare TCP server: it answers the upgrade itself, then writes frames one byte per write with
  // Nagle off and a pause between, so the client's reads cut headers and payloads anywhere.
  const { createServer: tcp } = await import('node:net');
  const { createHash } = await import('node:crypto');
  const frame = (n: number): Buffer => {
    const head = n < 126 ? Buffer.from([0x81, n]) : n < 65536 ? Buffer.from([0x81, 126, n >> 8, n & 255]) : Buffer.concat([Buffer.from([0x81, 127]), (() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(n)); return b; })()]);
    return Buffer.concat([head, Buffer.alloc(n, 0x61)]);
  };
  const bytes = Buffer.concat([frame(3), frame(130), frame(2)]);
  const srv = tcp((c) => {
    c.setNoDelay(true);
    let req = '';
    c.on('data', (d) => {
      if (req.includes('\r\n\r\n')) return;
      req += d.toString('latin1');
      if (!req.includes('\r\n\r\n')) return;
      const key = /sec-websocket-key: *(\S+)/i.exec(req)![1]!;
      const accept = createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      c.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      void (async () => {
        for (let i = 0; i < bytes.length; i++) {
          c.write(bytes.subarray(i, i + 1));
          if (i % 7 === 0) await new Promise((r) => setTimeout(r, 1));
        }
      })();
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  try {
    const stats: LeanStats = { frames: 0, bytes: 0 };
    const texts: string[] = [];
    const sock = openLean({
      url: `ws://127.0.0.1:${(srv.address() as AddressInfo).port}/`, requests: [], stats,
      onText: (t) => (texts.push(t), true), onClose: () => {}, onError: (e) => assert.fail(e),
    });
    await until(() => stats.frames === 3, 'three frames');
    assert.equal(stats.bytes, 135);
    assert.deepEqual(texts.map((t) => t.length), [3, 130, 2]);
    sock.destroy();
  } finally {
    await new Promise((r) => srv.close(r));
  }
});

test('lean client: an upgrade refused is an error, not a client', async () => {
  const http = createServer((_q, r) => r.writeHead(403).end());
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  try {
    const err = await new Promise<Error>((resolve) => {
      openLean({ url: `ws://127.0.0.1:${(http.address() as AddressInfo).port}/ws`, requests: [], stats: { frames: 0, bytes: 0 }, onClose: () => {}, onError: resolve });
    });
    assert.match(err.message, /upgrade refused: HTTP\/1\.1 403/);
  } finally {
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  }
});
