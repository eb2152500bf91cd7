/**
 * The raw-write ceiling of bench `relay`, in its own process (forked by bench/relay.ts, pinned
 * like the relay): a bare HTTP server that completes WebSocket handshakes (ws) and, on
 * {cmd:'blast', text, seconds}, writes one pre-framed frame to every socket as fast as the
 * sockets take it (skipping a socket above 256 KiB unsent) - what the relay's own path, which
 * also pre-frames, cannot beat. Replies {type:'blasted', writes, seconds}.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { textFrame } from '../server/relay/frame.ts';

const sockets: Duplex[] = [];
const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, clientTracking: false });
const server = createServer((_q, r) => r.end());
server.on('upgrade', (req, socket: Duplex, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => {
    sockets.push(socket);
    ws.on('error', () => {});
  });
});
server.listen(0, '127.0.0.1', () => process.send!({ type: 'listening', port: (server.address() as AddressInfo).port }));

process.on('message', async (m: { cmd: string; text?: string; seconds?: number }) => {
  if (m.cmd === 'blast') {
    const frame = textFrame(m.text!);
    let writes = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < m.seconds! * 1000) {
      for (const s of sockets) {
        if (s.writableLength > 256 * 1024 || s.destroyed) continue;
        s.write(frame);
        writes++;
      }
      await new Promise((r) => setImmediate(r));
    }
    process.send!({ type: 'blasted', writes, seconds: (performance.now() - t0) / 1000 });
  } else if (m.cmd === 'stop') {
    for (const s of sockets) s.destroy();
    process.exit(0);
  }
});
