/**
 * Bytes on the wire: one client's messages as frames (JSON text, or protobuf binary runs with
 * JSON text for control messages), the ws fallback path, and refused upgrades.
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { Errors, type ErrorCode } from '../kernel/errors.ts';
import { errorMessage } from './protocol.ts';
import type { OutMsg } from './messages.ts';
import { frame, textFrame, OP_BINARY } from './frame.ts';

/** One frame (or, for a protobuf client, alternating text/binary frames) holding `msgs`. */
export function encodeFrames(proto: boolean, msgs: OutMsg[]): Buffer {
  if (!proto) {
    let s = '[';
    for (let i = 0; i < msgs.length; i++) s += (i ? ',' : '') + msgs[i]!.json;
    return textFrame(s + ']');
  }
  const parts: Buffer[] = [];
  let i = 0;
  while (i < msgs.length) {
    if (msgs[i]!.makeProto === undefined) {
      let s = '[';
      for (let first = true; i < msgs.length && msgs[i]!.makeProto === undefined; i++, first = false) s += (first ? '' : ',') + msgs[i]!.json;
      parts.push(textFrame(s + ']'));
    } else {
      const bin: Uint8Array[] = [];
      for (; i < msgs.length && msgs[i]!.makeProto !== undefined; i++) {
        const m = msgs[i]!;
        bin.push((m.proto ??= m.makeProto!()));
      }
      parts.push(frame(Buffer.concat(bin), OP_BINARY));
    }
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

/** The ws path (options.preframed = false): unwrap our frames and let ws frame them again. */
export function sendViaWs(ws: WebSocket, buf: Buffer): void {
  let p = 0;
  while (p < buf.length) {
    const op = buf[p]! & 0x0f;
    let n = buf[p + 1]!;
    let head = 2;
    if (n === 126) {
      n = buf.readUInt16BE(p + 2);
      head = 4;
    } else if (n === 127) {
      n = buf.readUInt32BE(p + 2) * 4294967296 + buf.readUInt32BE(p + 6);
      head = 10;
    }
    ws.send(buf.subarray(p + head, p + head + n), { binary: op === OP_BINARY, compress: false });
    p += head + n;
  }
}

/** Answer a refused upgrade with an HTTP status and the error as JSON, then close the socket. */
export function refuse(socket: Duplex, code: ErrorCode, detail: string | undefined): void {
  const spec = Errors[code];
  const body = errorMessage(code, detail, undefined);
  const reasons: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' };
  const reason = reasons[spec.http] ?? 'Error';
  socket.end(`HTTP/1.1 ${spec.http} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`, () => socket.destroy());
}
