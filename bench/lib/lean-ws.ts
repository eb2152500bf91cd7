/**
 * A lean WebSocket client for load (bench `relay`'s bulk clients): a real RFC 6455 client on a
 * real TCP socket, with none of `ws`'s per-message work. It
 *   - sends the HTTP upgrade and checks the 101 answer and its Sec-WebSocket-Accept;
 *   - sends its requests as masked text frames (as every client must);
 *   - reads every byte the server sends (the socket's 'data' chunks) and walks the frame headers
 *     in them: FIN/opcode, the 7/16/64-bit length, no mask from a server (a masked or reserved
 *     frame is a protocol error: the socket is destroyed and counted as closed with 1002);
 *   - answers a ping with a pong carrying its payload, and a close with a close;
 *   - keeps the payload of text frames only until `wantText` says it has seen enough (the
 *     snapshots of its subscriptions, found by `"snapshot":true`), then skips payloads unread.
 * What it does not do, unlike `ws`: copy each message into a Buffer of its own, validate its
 * UTF-8, emit an event per message; the load it puts on the machine is the socket reads.
 */
import { connect, type Socket } from 'node:net';
import { createHash, randomBytes } from 'node:crypto';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

export interface LeanStats {
  frames: number;
  bytes: number;
}

export interface LeanOptions {
  url: string;
  localAddress?: string | undefined;
  /** Text frames to send once open (masked). */
  requests: string[];
  stats: LeanStats;
  /** Called with each text frame's payload while it returns true (after false: payloads are skipped). */
  onText?: ((text: string) => boolean) | undefined;
  onOpen?: (() => void) | undefined;
  onClose: (code: number) => void;
  onError: (e: Error) => void;
}

/** A masked client frame (FIN, opcode) with this payload. */
export function clientFrame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + 4 + n);
  out[0] = 0x80 | opcode;
  if (n < 126) out[1] = 0x80 | n;
  else if (n < 65536) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeBigUInt64BE(BigInt(n), 2);
  }
  const mask = randomBytes(4);
  mask.copy(out, head);
  for (let i = 0; i < n; i++) out[head + 4 + i] = payload[i]! ^ mask[i & 3]!;
  return out;
}

export function openLean(o: LeanOptions): Socket {
  const u = new URL(o.url);
  // Reads land in one buffer shared by every lean socket of the process (Node's `onread`: no
  // Buffer allocated and no stream 'data' event per read); each read is handled before the next.
  const sock = connect({
    host: u.hostname, port: Number(u.port), ...(o.localAddress ? { localAddress: o.localAddress } : {}),
    onread: { buffer: READ_BUFFER, callback: (nread: number, buf: Uint8Array) => (onBytes(buf as Buffer, nread), true) },
  });
  sock.setNoDelay(true);
  const key = randomBytes(16).toString('base64');
  const accept = createHash('sha1').update(key + GUID).digest('base64');
  let handshake: Buffer | null = Buffer.alloc(0);
  // Frame state across chunks: the bytes of a header cut by a chunk's end (carry), then `skip`
  // payload bytes still to come (kept in `text` while onText wants them).
  let carry: Buffer | null = null;
  let skip = 0;
  let opcode = 0;
  let fin = true;
  let wantText = o.onText !== undefined;
  let text: Buffer[] | null = null;
  let control: Buffer[] | null = null;
  let closed = false;
  const fail = (code: number, destroy = true) => {
    if (closed) return;
    closed = true;
    o.onClose(code);
    if (destroy) sock.destroy();
  };
  const endFrame = () => {
    if (control === null && !fin) return; // a fragment: the message ends at its FIN frame
    o.stats.frames++;
    if (text) {
      const t = Buffer.concat(text).toString('utf8');
      text = null;
      if (wantText) wantText = o.onText!(t);
    } else if (control) {
      const p = Buffer.concat(control);
      control = null;
      if (opcode === 0x9) sock.write(clientFrame(0xa, p));
      else if (opcode === 0x8) {
        // The closing handshake: the close frame back (the server then closes the connection).
        fail(p.length >= 2 ? p.readUInt16BE(0) : 1005, false);
        if (!sock.destroyed) sock.end(clientFrame(0x8, p.subarray(0, 2)));
      }
    }
  };
  /** The frames in a chunk (headers walked, payloads skipped or kept). */
  const frames = (chunk: Buffer, end: number) => {
    let b = chunk;
    let n = end;
    if (carry !== null) {
      b = Buffer.concat([carry, chunk.subarray(0, end)]); // a header cut by the last read's end: rare
      n = b.length;
      carry = null;
    }
    let at = 0;
    while (at < n && !closed) {
      if (skip > 0) {
        const k = Math.min(skip, n - at);
        // (copies: the read buffer is reused by the next read)
        if (text) text.push(Buffer.from(b.subarray(at, at + k)));
        else if (control) control.push(Buffer.from(b.subarray(at, at + k)));
        skip -= k;
        at += k;
        if (skip === 0) endFrame();
        continue;
      }
      // A header: 2 bytes, then 0, 2 or 8 of length; a server's frames are never masked.
      if (n - at < 2) {
        carry = Buffer.from(b.subarray(at));
        return;
      }
      const b0 = b[at]!;
      const b1 = b[at + 1]!;
      if ((b0 & 0x70) !== 0 || (b1 & 0x80) !== 0) return fail(1002);
      const len7 = b1 & 0x7f;
      const hl = len7 < 126 ? 2 : len7 === 126 ? 4 : 10;
      if (n - at < hl) {
        carry = Buffer.from(b.subarray(at));
        return;
      }
      const len = len7 < 126 ? len7 : len7 === 126 ? b.readUInt16BE(at + 2) : Number(b.readBigUInt64BE(at + 2));
      const op = b0 & 0x0f;
      at += hl;
      if (op >= 0x8) opcode = op;
      else fin = (b0 & 0x80) !== 0;
      o.stats.bytes += len;
      skip = len;
      if (op >= 0x8) control = [];
      else if (op === 0x1) text = wantText ? [] : null;
      // (op 0: a continuation adds to the text kept, if any)
      if (skip === 0) endFrame();
    }
  };
  sock.on('connect', () => {
    sock.write(`GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
  });
  const onBytes = (chunk: Buffer, n: number) => {
    if (handshake !== null) {
      handshake = Buffer.concat([handshake, chunk.subarray(0, n)]);
      const end = handshake.indexOf('\r\n\r\n');
      if (end < 0) return;
      const head = handshake.subarray(0, end).toString('latin1');
      const rest = handshake.subarray(end + 4);
      handshake = null;
      if (!/^HTTP\/1\.1 101 /.test(head) || !new RegExp(`^sec-websocket-accept: *${accept.replace(/[+/=]/g, '\\$&')}\\s*$`, 'im').test(head)) {
        o.onError(new Error(`WebSocket upgrade refused: ${head.split('\r\n')[0]}`));
        return fail(1006);
      }
      for (const r of o.requests) sock.write(clientFrame(0x1, Buffer.from(r)));
      o.onOpen?.();
      if (rest.length > 0) frames(rest, rest.length);
      return;
    }
    frames(chunk, n);
  };
  sock.on('error', (e) => {
    if (!closed) o.onError(e);
  });
  sock.on('close', () => fail(1006));
  return sock;
}
