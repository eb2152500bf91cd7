/**
 * The journal's byte layout: a segment's header and the frames that follow it (docs/journal.md).
 * Pure: builds and checks bytes in memory; segments.ts and journal.ts do the file I/O.
 *
 *   NNNNNNNNNNNNNNNNNNNN.seg (20-digit first seq)
 *
 *   offset 0                                                                         32
 *   +----------+-----------+----------------------+--------------+----------+--------+
 *   | magic    | version   | firstSeq f64         | headerBytes  | reserved | crc32  |
 *   | 'BJNL'   | u32 = 1   | (= the file's name)  | u32 = 32     | 8 zeros  | of 0..27
 *   +----------+-----------+----------------------+--------------+----------+--------+
 *     0          4           8                      16             20         28
 *
 *   then frames, back to back, to the end of the file:
 *
 *   +----------------+----------------------+---------------------------------------+
 *   | len u32        | crc u32              | payload: one command record           |
 *   | payload bytes  | crc32(payload bytes) | (len bytes; seq f64 at payload byte 8) |
 *   +----------------+----------------------+---------------------------------------+
 *     0                4                      8                                  8+len
 *
 * Little-endian. Payload lengths are multiples of 8 (24..4096): every payload is 8-byte aligned
 * in files and read buffers, so Uint32Array/Float64Array views index frames without copying.
 * Zero is never a valid length: that is how unwritten (zero-filled) space is recognised.
 */
import { CmdOff } from '../engine/commands.ts';
import { crc32 } from '../kernel/crc32.ts';

export const SEGMENT_MAGIC = 0x4c4e4a42; // 'BJNL' as little-endian bytes
export const SEGMENT_VERSION = 1;
export const SEGMENT_HEADER_BYTES = 32;
export const FRAME_HEADER_BYTES = 8;
/** A payload must hold at least type..time (bytes 0..23); the cap bounds what a bad length can claim. */
export const MIN_RECORD_BYTES = 24;
export const MAX_RECORD_BYTES = 4096;
/** seq f64 inside a record. */
export const SEQ_OFF = CmdOff.seq;

export function validRecordLen(len: number): boolean {
  return len >= MIN_RECORD_BYTES && len <= MAX_RECORD_BYTES && (len & 7) === 0;
}

/** Writes a segment header for `firstSeq` into buf[0..31]. */
export function writeHeader(buf: Uint8Array, firstSeq: number): void {
  const dv = new DataView(buf.buffer, buf.byteOffset, SEGMENT_HEADER_BYTES);
  buf.fill(0, 0, SEGMENT_HEADER_BYTES);
  dv.setUint32(0, SEGMENT_MAGIC, true);
  dv.setUint32(4, SEGMENT_VERSION, true);
  dv.setFloat64(8, firstSeq, true);
  dv.setUint32(16, SEGMENT_HEADER_BYTES, true);
  dv.setUint32(28, crc32(buf, 0, 28), true);
}

/**
 * Why a header is unusable ('' when it is good and names `firstSeq`). `torn` marks what an
 * interrupted first write leaves (short file, CRC mismatch); a whole header that says something
 * else (another version, another seq) is never torn and never deleted.
 */
export function headerProblem(h: Uint8Array, firstSeq: number): { problem: string; torn: boolean } {
  if (h.length < SEGMENT_HEADER_BYTES) return { problem: `file is ${h.length} bytes, shorter than the header`, torn: true };
  const dv = new DataView(h.buffer, h.byteOffset, SEGMENT_HEADER_BYTES);
  if (dv.getUint32(28, true) !== crc32(h, 0, 28)) return { problem: 'header crc mismatch', torn: true };
  let problem = '';
  if (dv.getUint32(0, true) !== SEGMENT_MAGIC) problem = 'bad magic';
  else if (dv.getUint32(4, true) !== SEGMENT_VERSION) problem = `unsupported version ${dv.getUint32(4, true)}`;
  else if (dv.getUint32(16, true) !== SEGMENT_HEADER_BYTES) problem = 'bad header size';
  else if (dv.getFloat64(8, true) !== firstSeq) problem = `header names first seq ${dv.getFloat64(8, true)}, file name says ${firstSeq}`;
  return { problem, torn: false };
}

/**
 * Frames the payload already at buf[at + 8 .. at + 8 + len): writes its length and CRC in front.
 * `u32` is a view of buf's whole buffer; `at` is a multiple of 8.
 */
export function encodeFrame(buf: Uint8Array, u32: Uint32Array, at: number, len: number): void {
  u32[at >> 2] = len;
  u32[(at >> 2) + 1] = crc32(buf, at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + len);
}

/** Whether the payload at buf[payload .. payload + len) matches the CRC in front of it. */
export function frameCrcOk(buf: Uint8Array, u32: Uint32Array, payload: number, len: number): boolean {
  return crc32(buf, payload, payload + len) === u32[(payload >> 2) - 1];
}

/**
 * First offset q in buf[0..got) (8-byte steps, from FRAME_HEADER_BYTES on) holding a frame that
 * would pass: sane length, whole, CRC, seq > afterSeq. buf's byteOffset is 0 (its own buffer).
 */
export function scanForFrame(buf: Uint8Array, got: number, afterSeq: number): { at: number; seq: number } | undefined {
  const u32 = new Uint32Array(buf.buffer);
  const f64 = new Float64Array(buf.buffer);
  for (let q = FRAME_HEADER_BYTES; q + FRAME_HEADER_BYTES + MIN_RECORD_BYTES <= got; q += 8) {
    const len = u32[q >> 2]!;
    if (!validRecordLen(len) || q + FRAME_HEADER_BYTES + len > got) continue;
    if (!frameCrcOk(buf, u32, q + FRAME_HEADER_BYTES, len)) continue;
    const seq = f64[(q + FRAME_HEADER_BYTES + SEQ_OFF) >> 3]!;
    if (Number.isSafeInteger(seq) && seq > afterSeq) return { at: q, seq };
  }
  return undefined;
}
