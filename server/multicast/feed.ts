/**
 * The whole publishing side of the multicast feed, composed: the publisher (feeds A/B and the
 * instrument loop), the snapshot loop (books from the Mdp, tagged with the publisher's channel
 * sequence) and the retransmission server (the publisher's windows). One `onRecords`, one
 * `stats()`, one `close()`; lives in whichever thread runs the Mdp (it needs its books).
 */
import { bookChecksum } from '../kernel/book-checksum.ts';
import type { FeedConfig } from './config.ts';
import { Publisher, type InstrumentSeed, type PublisherStats } from './publisher.ts';
import { SnapshotLoop, type SnapshotLoopStats } from './snapshot-loop.ts';
import { RetransmitServer, type RetransmitStats } from './retransmit.ts';

/** What the feed needs of the Mdp (server/mdp/mdp.ts satisfies it). */
export interface BookSource {
  readonly lastMdSeq: number;
  snapshot(sym: number): { checksum: number; bids: { price: number; qty: number; count: number }[]; asks: { price: number; qty: number; count: number }[] } | undefined;
  instrumentList(): InstrumentSeed[];
}

export interface MulticastFeedOptions {
  config: FeedConfig;
  mdp: BookSource;
  clock?: () => number;
  sessionId?: number;
  /** Start the snapshot loop (default true). */
  snapshots?: boolean;
  /** Start the retransmission server (default true). */
  retransmission?: boolean;
}

export interface MulticastFeedStats {
  publisher: PublisherStats;
  snapshots: SnapshotLoopStats | undefined;
  retransmission: RetransmitStats | undefined;
}

export class MulticastFeed {
  readonly publisher: Publisher;
  readonly snapshots: SnapshotLoop | undefined;
  readonly retransmission: RetransmitServer | undefined;

  private constructor(p: Publisher, s: SnapshotLoop | undefined, r: RetransmitServer | undefined) {
    this.publisher = p;
    this.snapshots = s;
    this.retransmission = r;
  }

  static async start(o: MulticastFeedOptions): Promise<MulticastFeed> {
    const mdp = o.mdp;
    const publisher = await Publisher.start({
      config: o.config, mdSeqAtStart: mdp.lastMdSeq, instruments: mdp.instrumentList(),
      ...(o.clock ? { clock: o.clock } : {}), ...(o.sessionId !== undefined ? { sessionId: o.sessionId } : {}),
    });
    let snapshots: SnapshotLoop | undefined;
    let retransmission: RetransmitServer | undefined;
    try {
      if (o.snapshots !== false) {
        snapshots = await SnapshotLoop.start({
          config: o.config,
          sessionId: publisher.sessionId,
          emptyChecksum: bookChecksum([], []),
          ...(o.clock ? { clock: o.clock } : {}),
          source: {
            symbols: (ch) => publisher.symbolsOf(ch),
            lastSeq: (ch) => publisher.lastSeq(ch),
            book: (ch, sym) => {
              const b = mdp.snapshot(sym);
              if (!b) return undefined;
              return { lastSeq: publisher.lastSeq(ch), checksum: b.checksum, status: publisher.instrument(sym)?.status ?? 1, bids: b.bids, asks: b.asks };
            },
          },
        });
      }
      if (o.retransmission !== false) {
        retransmission = await RetransmitServer.start({ config: o.config.retransmission, sessionId: publisher.sessionId, window: (ch) => publisher.window(ch) });
      }
    } catch (e) {
      await snapshots?.close();
      await publisher.close();
      throw e;
    }
    return new MulticastFeed(publisher, snapshots, retransmission);
  }

  get sessionId(): number {
    return this.publisher.sessionId;
  }

  onRecords(f64: Float64Array, i32: Int32Array, first: number, count: number): void {
    this.publisher.onRecords(f64, i32, first, count);
  }

  stats(): MulticastFeedStats {
    return { publisher: this.publisher.stats(), snapshots: this.snapshots?.stats(), retransmission: this.retransmission?.stats() };
  }

  async close(): Promise<void> {
    await this.snapshots?.close();
    await this.publisher.close();
    await this.retransmission?.close();
  }
}

