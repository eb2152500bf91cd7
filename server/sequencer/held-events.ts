/**
 * Events of written but not yet released batches (the HA Primary's and the core's pipelined
 * group commit hold them until an fdatasync, and the log, cover their inputs).
 */
import { EVENT_SIZE } from '../engine/events.ts';

/**
 * Events of written but unacknowledged batches, in order, in one reused byte buffer: a batch is
 * copied in at its tail and released from its head, so the hot path makes no garbage per batch
 * (at 215k inputs/s that was ~25 MB/s of young garbage). Batch i = bytes [start, start+count*80).
 */
export class HeldEvents {
  private buf = new Uint8Array(1 << 20);
  private head = 0; // bytes
  private tail = 0;
  private meta = new Float64Array(3 * 256); // ring of (lastSeq, start, count)
  private first = 0; // index of the oldest batch in meta
  length = 0;

  push(src: Uint8Array, count: number, lastSeq: number): void {
    const n = count * EVENT_SIZE;
    if (this.tail + n > this.buf.length) this.makeRoom(n);
    this.buf.set(src.subarray(0, n), this.tail);
    if (this.length * 3 === this.meta.length) this.growMeta();
    const i = ((this.first + this.length) % (this.meta.length / 3)) * 3;
    this.meta[i] = lastSeq;
    this.meta[i + 1] = this.tail;
    this.meta[i + 2] = count;
    this.length++;
    this.tail += n;
  }

  /** Last input seq of the oldest batch. */
  headSeq(): number {
    return this.meta[this.first * 3]!;
  }

  /** Removes the oldest batch and passes its events (valid during the call only) to fn. */
  shift(fn: (bytes: Uint8Array, count: number, lastSeq: number) => void): void {
    const i = this.first * 3;
    const lastSeq = this.meta[i]!;
    const start = this.meta[i + 1]!;
    const count = this.meta[i + 2]!;
    this.first = (this.first + 1) % (this.meta.length / 3);
    this.length--;
    this.head = start + count * EVENT_SIZE;
    if (this.length === 0) this.head = this.tail = 0;
    fn(this.buf.subarray(start, start + count * EVENT_SIZE), count, lastSeq);
  }

  private makeRoom(n: number): void {
    // Slide the live bytes to the front; grow when they do not leave room.
    const live = this.tail - this.head;
    let buf = this.buf;
    if (live + n > buf.length) {
      let size = buf.length * 2;
      while (live + n > size) size *= 2;
      buf = new Uint8Array(size);
    }
    buf.set(this.buf.subarray(this.head, this.tail), 0);
    const cap = this.meta.length / 3;
    for (let k = 0; k < this.length; k++) this.meta[((this.first + k) % cap) * 3 + 1]! -= this.head;
    this.buf = buf;
    this.tail = live;
    this.head = 0;
  }

  private growMeta(): void {
    const cap = this.meta.length / 3;
    const m = new Float64Array(this.meta.length * 2);
    for (let k = 0; k < this.length; k++) m.set(this.meta.subarray(((this.first + k) % cap) * 3, ((this.first + k) % cap) * 3 + 3), k * 3);
    this.meta = m;
    this.first = 0;
  }
}
