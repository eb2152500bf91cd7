/**
 * Versioned, CRC'd sections for the MDP's snapshot (docs/journal.md, "MDP snapshots"). Each
 * stateful component writes ONE self-contained section with `saveState(w)` and reads it back with
 * `loadState(r)`; a component can change its own layout (bump its version, read the old ones)
 * without touching any other. Cold path: runs only when a snapshot is written or loaded.
 *
 *   section:  0        4          8             12            16
 *             +--------+----------+-------------+-------------+----------------
 *             | tag    | version  | body bytes  | crc32(body) | body (8-byte aligned start)
 *             +--------+----------+-------------+-------------+----------------
 *   tag: 4 ASCII bytes as u32 LE ('MDP ', 'L2BK', 'CNDL', ...); the body is padded to 8 bytes.
 *   body: little-endian u32 / f64 / f64 arrays (u32 count then values) / strings (u32 byte count
 *   then UTF-8, padded to 4) in the component's own order.
 *
 * The reader checks tag, version (1..the component's newest), length and CRC before the
 * component sees a byte: MDP_STATE_CORRUPT names what is wrong.
 */
import { BourseError } from '../kernel/errors.ts';
import { crc32 } from '../kernel/crc32.ts';
import { ByteWriter } from '../kernel/bytes.ts';

const HEAD = 16;
const te = new TextEncoder();
const td = new TextDecoder();

function tagCode(tag: string): number {
  if (tag.length !== 4) throw new BourseError('INVARIANT', `state section tag must be 4 characters, not ${JSON.stringify(tag)}`);
  return tag.charCodeAt(0) | (tag.charCodeAt(1) << 8) | (tag.charCodeAt(2) << 16) | ((tag.charCodeAt(3) << 24) >>> 0);
}

function tagText(code: number): string {
  let s = '';
  for (let i = 0; i < 4; i++) {
    const c = (code >>> (i * 8)) & 0xff;
    s += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '?';
  }
  return s;
}

/** ByteWriter plus this format's sections and alignment (f64s on 8 bytes, byte strings padded to 4). */
export class StateWriter extends ByteWriter {
  private sectionAt = -1;

  constructor() {
    super(4096);
  }

  /** Opens a section; `end()` closes it. Sections do not nest. */
  begin(tag: string, version: number): void {
    if (this.sectionAt >= 0) throw new BourseError('INVARIANT', 'state sections do not nest');
    this.pad(8);
    this.sectionAt = this.length;
    super.u32(tagCode(tag));
    super.u32(version);
    super.u32(0); // body bytes, filled in by end()
    super.u32(0); // crc32(body), filled in by end()
  }

  end(): void {
    const at = this.sectionAt;
    if (at < 0) throw new BourseError('INVARIANT', 'state section end without begin');
    this.pad(8);
    const len = this.length - at - HEAD;
    this.setU32(at + 8, len);
    this.setU32(at + 12, crc32(this.view(), at + HEAD, at + HEAD + len));
    this.sectionAt = -1;
  }

  override f64(v: number): void {
    this.pad(8);
    super.f64(v);
  }

  /** `n` values of `a` from `from` (default: all of it), as a u32 count then the values. */
  f64s(a: Float64Array, from = 0, n = a.length - from): void {
    this.u32(n);
    this.pad(8);
    this.f64run(a, from, n);
  }

  override bytes(a: Uint8Array): void {
    this.u32(a.length);
    super.bytes(a);
    this.pad(4);
  }

  str(s: string): void {
    this.bytes(te.encode(s));
  }

  /** The sections written so far (a copy). */
  override finish(): Uint8Array {
    if (this.sectionAt >= 0) throw new BourseError('INVARIANT', 'state section left open');
    return super.finish();
  }
}

export class StateReader {
  private readonly buf: Uint8Array;
  private readonly dv: DataView;
  private pos = 0;
  private end = 0;
  private tag = '';
  /** Where the bytes came from, for error messages. */
  readonly source: string;

  constructor(bytes: Uint8Array, source = 'MDP state') {
    this.buf = bytes;
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.source = source;
  }

  private bad(why: string): never {
    throw new BourseError('MDP_STATE_CORRUPT', `${this.source}: ${this.tag ? `section ${this.tag}: ` : ''}${why}`);
  }

  private align(to: number): void {
    this.pos = Math.ceil(this.pos / to) * to;
  }

  private need(n: number): void {
    if (this.pos + n > this.end) this.bad(`body ends ${this.pos + n - this.end} bytes early`);
  }

  /**
   * Opens the next section, which must be `tag`, with a version from 1 to `newest`. Returns the
   * version found (a component reads older layouts by it).
   */
  begin(tag: string, newest: number): number {
    this.tag = '';
    this.align(8);
    if (this.pos + HEAD > this.buf.length) this.bad(`expected section ${tag}, found the end of the state`);
    const code = this.dv.getUint32(this.pos, true);
    if (code !== tagCode(tag)) this.bad(`expected section ${tag}, found ${tagText(code)}`);
    this.tag = tag;
    const version = this.dv.getUint32(this.pos + 4, true);
    const len = this.dv.getUint32(this.pos + 8, true);
    const crc = this.dv.getUint32(this.pos + 12, true);
    if (version < 1 || version > newest) this.bad(`unsupported version ${version} (this build reads 1..${newest})`);
    const body = this.pos + HEAD;
    if (body + len > this.buf.length) this.bad(`says ${len} body bytes, ${this.buf.length - body} remain`);
    if (crc32(this.buf, body, body + len) !== crc) this.bad('crc mismatch');
    this.pos = body;
    this.end = body + len;
    return version;
  }

  /** Closes the section: the component must have read exactly its body (up to padding). */
  close(): void {
    this.align(8);
    if (this.pos !== this.end) this.bad(`${this.end - this.pos} body bytes left unread`);
    this.tag = '';
  }

  /** True when every section has been read. */
  get done(): boolean {
    return Math.ceil(this.pos / 8) * 8 >= this.buf.length;
  }

  u32(): number {
    this.need(4);
    const v = this.dv.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f64(): number {
    this.align(8);
    this.need(8);
    const v = this.dv.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /** A count-prefixed f64 array, into `into` at `at` when given (it must be large enough), else a new one. */
  f64s(into?: Float64Array, at = 0): Float64Array {
    const n = this.u32();
    this.align(8);
    this.need(n * 8);
    const out = into ?? new Float64Array(n);
    if (into && at + n > into.length) this.bad(`array of ${n} values does not fit ${into.length - at}`);
    for (let i = 0; i < n; i++) out[at + i] = this.dv.getFloat64(this.pos + i * 8, true);
    this.pos += n * 8;
    return into ? out.subarray(at, at + n) : out;
  }

  bytes(): Uint8Array {
    const n = this.u32();
    this.need(n);
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    this.align(4);
    return out;
  }

  str(): string {
    return td.decode(this.bytes());
  }

  /** A value the component found out of range: MDP_STATE_CORRUPT naming it. */
  invalid(what: string): never {
    this.bad(what);
  }
}
