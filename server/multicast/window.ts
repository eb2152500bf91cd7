/**
 * The retransmission window of one channel: the last sent incremental packets, byte for byte,
 * in one ring of bytes plus a ring index (first seq, count, offset, length per packet). Bounded
 * by bytes and by messages; the oldest packets are evicted first. Pure, no node:*.
 *
 *   bytes:  [ ..newest.. | w -> free / evicted ... | oldest .. ]   (packets never wrap: a packet
 *            that does not fit before the end goes to offset 0)
 *
 * The publisher sends the stored copy itself on feeds A and B, so a packet is copied once.
 */
export class PacketWindow {
  readonly capacityBytes: number;
  readonly maxMessages: number;
  private readonly bytes: Uint8Array;
  private first = new Float64Array(1024);
  private cnt = new Int32Array(1024);
  private off = new Int32Array(1024);
  private len = new Int32Array(1024);
  private head = 0; // physical index of the oldest packet
  private size = 0; // packets held
  private writePos = 0;
  private msgs = 0;

  constructor(capacityBytes: number, maxMessages: number) {
    this.capacityBytes = capacityBytes;
    this.maxMessages = maxMessages;
    this.bytes = new Uint8Array(capacityBytes);
  }

  /** Packets held. */
  get packets(): number {
    return this.size;
  }

  /** Messages held. */
  get messages(): number {
    return this.msgs;
  }

  /** Oldest sequence number held (0 when empty). */
  get firstSeq(): number {
    return this.size === 0 ? 0 : this.first[this.head]!;
  }

  /** Newest sequence number held (0 when empty). */
  get lastSeq(): number {
    if (this.size === 0) return 0;
    const k = this.phys(this.size - 1);
    return this.first[k]! + this.cnt[k]! - 1;
  }

  /** Store a packet of `count` (>= 1) messages starting at `firstSeq`; returns the stored copy. */
  append(packet: Uint8Array, firstSeq: number, count: number): Uint8Array {
    const n = packet.length;
    if (n > this.capacityBytes) throw new RangeError(`packet of ${n} bytes exceeds the window of ${this.capacityBytes}`);
    while (this.size > 0 && this.msgs + count > this.maxMessages) this.evict();
    let p = this.writePos;
    if (p + n > this.capacityBytes) {
      while (this.size > 0 && this.off[this.head]! >= p) this.evict();
      p = 0;
    }
    while (this.size > 0 && this.overlaps(this.head, p, n)) this.evict();
    if (this.size === this.first.length) this.grow();
    const k = this.phys(this.size);
    this.first[k] = firstSeq;
    this.cnt[k] = count;
    this.off[k] = p;
    this.len[k] = n;
    this.size++;
    this.msgs += count;
    this.bytes.set(packet, p);
    this.writePos = p + n;
    return this.bytes.subarray(p, p + n);
  }

  /**
   * Logical indexes [from, to] of the packets covering seq..seq+count-1, or null when the range is
   * not entirely held. Views of the packets come from `packet(i)`.
   */
  find(seq: number, count: number): [number, number] | null {
    if (this.size === 0 || count < 1 || seq < this.firstSeq || seq + count - 1 > this.lastSeq) return null;
    return [this.indexOf(seq), this.indexOf(seq + count - 1)];
  }

  /** The stored bytes of logical packet i (0 = oldest). */
  packet(i: number): Uint8Array {
    const k = this.phys(i);
    return this.bytes.subarray(this.off[k]!, this.off[k]! + this.len[k]!);
  }

  clear(): void {
    this.size = 0;
    this.head = 0;
    this.msgs = 0;
    this.writePos = 0;
  }

  /** Logical index of the packet holding `seq` (binary search; packets are contiguous). */
  private indexOf(seq: number): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.first[this.phys(mid)]! <= seq) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private phys(i: number): number {
    const k = this.head + i;
    return k >= this.first.length ? k - this.first.length : k;
  }

  private overlaps(k: number, p: number, n: number): boolean {
    const o = this.off[k]!;
    return o < p + n && o + this.len[k]! > p;
  }

  private evict(): void {
    this.msgs -= this.cnt[this.head]!;
    this.head = this.phys(1);
    this.size--;
  }

  private grow(): void {
    const cap = this.first.length * 2;
    const f = new Float64Array(cap);
    const c = new Int32Array(cap);
    const o = new Int32Array(cap);
    const l = new Int32Array(cap);
    for (let i = 0; i < this.size; i++) {
      const k = this.phys(i);
      f[i] = this.first[k]!;
      c[i] = this.cnt[k]!;
      o[i] = this.off[k]!;
      l[i] = this.len[k]!;
    }
    this.first = f;
    this.cnt = c;
    this.off = o;
    this.len = l;
    this.head = 0;
  }
}
