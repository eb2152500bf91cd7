/** What the relay counts (GET /metrics and tests read them through Relay.stats()). */
export interface RelayStats {
  connections: number;
  subscriptions: number;
  channels: number;
  lagging: number;
  flushes: number;
  /** CPU time (µs, this thread) spent in flushes: building frames and writing them. */
  flushCpuUs: number;
  /** Wall time (µs) from the start to the end of flushes: more than flushCpuUs when the thread was preempted or waited in them. */
  flushWallUs: number;
  /** V8 heap bytes the flushes allocated (building and writing frames), over the flushes no collection interrupted (allocFlushes). */
  flushAllocBytes: number;
  allocFlushes: number;
  /** Flushes that reached flushSliceMs with clients still to write (the next flush carried on). */
  slicedFlushes: number;
  /** Clients waiting for their write now (flushSliceMs). */
  queued: number;
  frames: number;
  bytes: number;
  messages: number;
  updates: number;
  snapshots: number;
  conflatedUpdates: number;
  catchUps: number;
  tradeGaps: number;
  /** Trades left out of rounds' JSON updates (maxRoundTrades): counted once per channel update, not per client. */
  omittedTrades: number;
  slowConsumerCloses: number;
  rateLimitCloses: number;
  refusedConnections: number;
  inbound: number;
  errors: number;
  mdSeq: number;
  /** Least ms between the last flush and the next (flushMs, or more after a long flush: writeSharePct). */
  flushGapMs: number;
  /** The write share in force (writeSharePct, less while the loop is busier than targetLoadPct). */
  writeSharePct: number;
}

/** The relay's counters this side adds to. */
export interface OutboxStats {
  frames: number;
  bytes: number;
  messages: number;
  updates: number;
  snapshots: number;
  catchUps: number;
  tradeGaps: number;
}
