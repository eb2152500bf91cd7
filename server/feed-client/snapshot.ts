/**
 * Assembles one symbol's book from the snapshot loop: SnapshotBegin, bid_count + ask_count
 * SnapshotLevels, SnapshotEnd, with CONTIGUOUS snapshot-stream sequence numbers (docs/feed.md).
 * Anything else — a missing sequence number, a level of another symbol, counts or ids that do
 * not match, a checksum that does not match the levels — discards the snapshot in progress; the
 * loop will send the symbol again. Pure: messages in, complete snapshots out.
 */
import { bookChecksum } from '../kernel/book-checksum.ts';
import type { FeedMessage, SnapshotBeginMsg } from './decoder.ts';
import type { BookLevel } from './book.ts';

export interface CompleteSnapshot {
  symbolId: number;
  /** Incremental sequence number the book reflects. */
  lastSeq: number;
  status: number;
  checksum: number;
  snapshotId: number;
  /** Best first. */
  bids: BookLevel[];
  asks: BookLevel[];
}

export class SnapshotAssembler {
  private session: bigint | null = null;
  /** Next snapshot-stream sequence number expected inside a snapshot in progress. */
  private next = 0;
  private begin: SnapshotBeginMsg | null = null;
  private bids: BookLevel[] = [];
  private asks: BookLevel[] = [];
  /** Snapshots dropped because they were incomplete or inconsistent. */
  discarded = 0;

  /** Feed one snapshot-stream message with its sequence number; returns a snapshot when one completes. */
  push(session: bigint, seq: number, m: FeedMessage): CompleteSnapshot | undefined {
    if (session !== this.session) {
      this.session = session;
      this.drop();
    }
    if (this.begin && seq !== this.next) this.drop();
    switch (m.kind) {
      case 'snapshotBegin':
        if (this.begin) this.drop();
        this.begin = m;
        this.bids = [];
        this.asks = [];
        this.next = seq + 1;
        return undefined;
      case 'snapshotLevel': {
        const b = this.begin;
        if (!b) return undefined;
        if (m.symbolId !== b.symbolId) return this.drop();
        const lv = { price: m.price, qty: m.qty, count: m.orderCount };
        // Bids first then asks, as announced: a level on the wrong side or past a count is a broken snapshot.
        if (m.side === 1 && this.asks.length === 0 && this.bids.length < b.bidCount) this.bids.push(lv);
        else if (m.side === 2 && this.bids.length === b.bidCount && this.asks.length < b.askCount) this.asks.push(lv);
        else return this.drop();
        this.next = seq + 1;
        return undefined;
      }
      case 'snapshotEnd': {
        const b = this.begin;
        if (!b) return undefined;
        this.begin = null;
        const ok =
          m.symbolId === b.symbolId && m.lastSeq === b.lastSeq && m.snapshotId === b.snapshotId && m.checksum === b.checksum &&
          m.levelCount === b.bidCount + b.askCount && this.bids.length === b.bidCount && this.asks.length === b.askCount &&
          sorted(this.bids, -1) && sorted(this.asks, 1) && bookChecksum(this.bids, this.asks) === b.checksum;
        if (!ok) {
          this.discarded++;
          return undefined;
        }
        return { symbolId: b.symbolId, lastSeq: b.lastSeq, status: b.status, checksum: b.checksum, snapshotId: b.snapshotId, bids: this.bids, asks: this.asks };
      }
      case 'channelReset':
        this.drop();
        return undefined;
      default:
        // Heartbeats and anything unknown carry no book; inside a snapshot they break it.
        if (this.begin) this.drop();
        return undefined;
    }
  }

  private drop(): undefined {
    if (this.begin) this.discarded++;
    this.begin = null;
    this.bids = [];
    this.asks = [];
    return undefined;
  }
}

/** Prices strictly decreasing (dir -1, bids) or increasing (dir 1, asks). */
function sorted(levels: BookLevel[], dir: 1 | -1): boolean {
  for (let i = 1; i < levels.length; i++) if ((levels[i]!.price - levels[i - 1]!.price) * dir <= 0) return false;
  return true;
}
