/**
 * Server-to-client WebSocket frames built once and written as-is to many sockets (RFC 6455
 * section 5.2; server frames are never masked):
 *
 *   byte 0: FIN | opcode (0x81 text, 0x82 binary)
 *   byte 1: payload length 0..125, or 126 + u16 BE, or 127 + u64 BE
 *   then the payload
 *
 * Safe to interleave with ws's own writes (pings, close) because the relay runs ws without
 * permessage-deflate, so ws never holds a frame half-written.
 */
export const OP_TEXT = 0x1;
export const OP_BINARY = 0x2;

function header(n: number, opcode: number): Buffer {
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + n);
  out[0] = 0x80 | opcode;
  if (n < 126) out[1] = n;
  else if (n < 65536) {
    out[1] = 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 127;
    out.writeUInt32BE(Math.floor(n / 4294967296), 2);
    out.writeUInt32BE(n >>> 0, 6);
  }
  return out;
}

export function frame(payload: Uint8Array, opcode: number): Buffer {
  const out = header(payload.length, opcode);
  out.set(payload, out.length - payload.length);
  return out;
}

/** A text frame holding a string's UTF-8 bytes. */
export function textFrame(text: string): Buffer {
  const n = Buffer.byteLength(text, 'utf8');
  const out = header(n, OP_TEXT);
  out.write(text, out.length - n, 'utf8');
  return out;
}
