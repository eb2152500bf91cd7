/**
 * Symbol name -> symbol id from the bytes of a frame, without making a string: the gateway's
 * NewOrder fast path (protocol/order-entry.ts NewOrderReader) leaves the symbol as bytes. A hash
 * (FNV-1a) picks a chain, the bytes are compared; no match is unknown (0xffffffff), as a string
 * missing from ReportBook.symbolIds is. Rebuilt from that map when it changes (cold: instruments
 * are defined rarely).
 */
export const UNKNOWN_SYMBOL = 0xffffffff;

export class SymbolBytes {
  private names: Uint8Array[] = [];
  private ids: number[] = [];
  private chain: number[] = [];
  private readonly heads = new Map<number, number>();
  /** The source's version this table was built from (ReportBook.symbolsVersion). */
  version = -1;

  rebuild(symbolIds: ReadonlyMap<string, number>, version: number): void {
    this.names = [];
    this.ids = [];
    this.chain = [];
    this.heads.clear();
    for (const [name, id] of symbolIds) {
      const b = new Uint8Array(name.length);
      for (let i = 0; i < name.length; i++) b[i] = name.charCodeAt(i) & 0xff;
      const h = hash(b, 0, b.length);
      const k = this.names.length;
      this.names.push(b);
      this.ids.push(id);
      this.chain.push(this.heads.get(h) ?? -1);
      this.heads.set(h, k);
    }
    this.version = version;
  }

  lookup(buf: Uint8Array, start: number, len: number): number {
    let k = this.heads.get(hash(buf, start, len)) ?? -1;
    while (k >= 0) {
      const name = this.names[k]!;
      if (name.length === len) {
        let i = 0;
        while (i < len && name[i] === buf[start + i]) i++;
        if (i === len) return this.ids[k]!;
      }
      k = this.chain[k]!;
    }
    return UNKNOWN_SYMBOL;
  }
}

function hash(b: Uint8Array, start: number, len: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + len; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h >>> 0;
}
