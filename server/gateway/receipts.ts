/**
 * Receipt -> ack latency, measured in the gateway thread (docs/metrics.md, from="receipt"): the
 * time a NewOrder frame was received at the gateway's socket to the time its answer (the
 * ACCEPTED or REJECTED report derived from the engine's event) was written back to the socket.
 *
 * The core takes the gateway's commands in ring order and every NewOrder yields exactly one
 * ACCEPTED or REJECTED naming its session and client order id, so the answers come back in the
 * order the orders went in: a FIFO of (session, client order id, receipt time) matches them
 * without a map. An answer that does not match the head (an order of the journal's replay, or an
 * order whose entry was not kept) is looked for a few entries further; entries it skips are
 * dropped (counted, never measured). Fixed typed arrays: nothing allocated per order, nothing
 * grows; orders beyond the capacity are not measured (counted).
 *
 *   receive(frame) ─▶ push(session, clOrdId, t)      report ACCEPTED/REJECTED ─▶ answered(session, clOrdId)
 *                                                      └─▶ pending t ... after the socket writes: flush(now)
 */
export class ReceiptClock {
  private readonly sessions: Float64Array;
  private readonly ids: Float64Array;
  private readonly times: Float64Array;
  private readonly mask: number;
  private head = 0;
  private tail = 0;
  private readonly pending: Float64Array;
  private nPending = 0;
  /** Orders not measured: the FIFO was full, or their answer was not found in order. */
  skipped = 0;
  private readonly record: (us: number) => void;

  /** `capacity` is rounded up to a power of two; `record` gets each latency in µs. */
  constructor(capacity: number, record: (us: number) => void) {
    let cap = 1;
    while (cap < capacity) cap *= 2;
    this.sessions = new Float64Array(cap);
    this.ids = new Float64Array(cap);
    this.times = new Float64Array(cap);
    this.mask = cap - 1;
    this.pending = new Float64Array(cap);
    this.record = record;
  }

  /** A NewOrder of `session` received at `ms` (performance.now()) was queued for the core. */
  push(session: number, clientOrderId: number, ms: number): void {
    if (this.tail - this.head > this.mask) {
      this.skipped++;
      return;
    }
    const i = this.tail++ & this.mask;
    this.sessions[i] = session;
    this.ids[i] = clientOrderId;
    this.times[i] = ms;
  }

  /** The answer to a NewOrder of `session` went to its connection's buffer (called in event order). */
  answered(session: number, clientOrderId: number): void {
    const end = Math.min(this.tail, this.head + 64);
    for (let k = this.head; k < end; k++) {
      const i = k & this.mask;
      if (this.sessions[i] !== session || this.ids[i] !== clientOrderId) continue;
      this.skipped += k - this.head;
      this.head = k + 1;
      if (this.nPending <= this.mask) this.pending[this.nPending++] = this.times[i]!;
      return;
    }
  }

  /** The answers so far were written to their sockets at `nowMs`: record their latency. */
  flush(nowMs: number): void {
    const n = this.nPending;
    if (n === 0) return;
    const p = this.pending;
    for (let k = 0; k < n; k++) this.record((nowMs - p[k]!) * 1000);
    this.nPending = 0;
  }

  /** Orders received and not answered yet. */
  get inFlight(): number {
    return this.tail - this.head;
  }
}
