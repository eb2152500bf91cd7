/**
 * The series of a running exchange on /metrics (docs/metrics.md lists them all): the latency
 * histograms the core, MDP and main threads write into shared memory, the multicast feed's
 * counters (copied by the MDP thread), the WebSocket relay's, errors by registry code and build
 * info. Everything is read at scrape time; nothing here runs on a hot path.
 */
import { readFileSync } from 'node:fs';
import { errorCounts, Errors } from '../../kernel/errors.ts';
import type { Metrics } from '../../http/metrics.ts';
import type { Relay } from '../../relay/relay.ts';
import type { SharedHistogram } from '../../kernel/shared-histogram.ts';
import type { Exchange } from './exchange.ts';
import { FeedStat, Lat } from './shared-stats.ts';
import { SloTracker, SLO_NAMES, BURN_WINDOWS, type SloConfig, type SloInputs, type SloName, type SloWindow } from './slo.ts';

export const VERSION = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Build info and errors by code: every process that serves /metrics. */
export function registerProcessMetrics(m: Metrics): void {
  if (m.has('bourse_build_info')) return;
  m.gauge('bourse_build_info', 'always 1: the Bourse version and the Node.js version serving', () => [[{ version: VERSION, node: process.versions.node }, 1]]);
  m.counter('bourse_errors_total', 'BourseErrors raised on the main thread (and thread failures revived there), by registry code', () =>
    [...errorCounts].map(([code, n]) => [{ code, num: String(Errors[code].num) }, n] as const));
}

/** Core, MDP and feed series of a `bourse start` exchange. */
export function registerExchangeMetrics(m: Metrics, x: Exchange): void {
  const st = () => x.stats();
  m.counter('bourse_inputs_total', 'inputs sequenced, journaled and applied', () => st().lastSeq);
  m.counter('bourse_engine_events_total', 'engine events emitted', () => st().events);
  m.gauge('bourse_resting_orders', 'orders resting in all books', () => st().resting);
  m.counter('bourse_bus_stalls_total', 'times the core waited for room in the engine->MDP ring (back-pressure)', () => st().ringStalls);
  m.counter('bourse_md_records_total', 'market-data records published by the MDP', () => st().mdRecords);
  m.gauge('bourse_md_seq_main', 'last MD sequence number folded by the main thread', () => st().mainMdSeq);
  m.gauge('bourse_core_up', '1 while the core thread runs', () => (st().coreRunning ? 1 : 0));
  m.gauge('bourse_mdp_up', '1 while the MDP thread runs', () => (st().mdpRunning ? 1 : 0));

  const h = (i: number) => () => x.latency[i]!.snapshot();
  // from="receipt" only when the gateway runs: it is the design's headline figure, measured at the socket.
  m.histogram('bourse_order_ack_latency_seconds', 'order acknowledgement latency; from="stamp": sequencer stamp -> group commit released the input; from="receipt" (with the order-entry gateway): NewOrder frame received at the gateway socket -> its ACCEPTED/REJECTED report written back', () => [
    [{ from: 'stamp' }, x.latency[Lat.ack]!.snapshot()],
    ...(x.options.gateway ? [[{ from: 'receipt' }, x.latency[Lat.receipt]!.snapshot()] as const] : []),
  ]);
  m.histogram('bourse_journal_commit_duration_seconds', 'one journal group commit: write + fdatasync', h(Lat.commit));
  m.histogram('bourse_md_record_latency_seconds', 'sequencer stamp -> MD record emitted by the MDP', h(Lat.stampToRecord));
  m.histogram('bourse_feed_send_latency_seconds', 'MD record emitted -> the multicast datagram carrying it sent', h(Lat.recordToDatagram));
  m.histogram('bourse_bus_ring_hop_seconds', 'core ring write -> MDP read of that batch (engine-event ring; sampled per batch)', () => [[{ ring: 'engine' }, x.latency[Lat.ringHop]!.snapshot()]]);

  const f = (slot: number) => () => x.feedStats[slot]!;
  m.gauge('bourse_feed_up', '1 while the MDP thread publishes the multicast feed', f(FeedStat.up));
  m.counter('bourse_feed_records_total', 'MD records handed to the feed publisher', f(FeedStat.records));
  m.counter('bourse_feed_unrouted_records_total', 'MD records of symbols no channel carries', f(FeedStat.unrouted));
  m.counter('bourse_feed_messages_total', 'feed messages published (each goes on A and B)', f(FeedStat.messages));
  m.counter('bourse_feed_datagrams_total', 'feed datagrams published, per feed (A and B each send this many)', f(FeedStat.packets));
  m.counter('bourse_feed_bytes_total', 'feed bytes published, per feed', f(FeedStat.bytes));
  m.counter('bourse_feed_heartbeats_total', 'heartbeat datagrams sent on idle channels', f(FeedStat.heartbeats));
  m.counter('bourse_feed_send_errors_total', 'feed datagram sends that failed (ENOBUFS and the like)', f(FeedStat.sendErrors));
  m.gauge('bourse_feed_retransmit_window_messages', 'messages held in the retransmission windows', f(FeedStat.windowMessages));
  m.counter('bourse_feed_snapshot_books_total', 'book snapshots sent by the snapshot loop', f(FeedStat.snapshotBooks));
  m.counter('bourse_feed_snapshot_levels_total', 'levels sent by the snapshot loop', f(FeedStat.snapshotLevels));
  m.counter('bourse_feed_snapshot_datagrams_total', 'datagrams sent by the snapshot loop', f(FeedStat.snapshotPackets));
  m.counter('bourse_feed_snapshot_cycles_total', 'full cycles of the snapshot loop over every book', f(FeedStat.snapshotCycles));
  m.counter('bourse_feed_snapshot_send_errors_total', 'snapshot datagram sends that failed', f(FeedStat.snapshotSendErrors));
  m.counter('bourse_feed_retransmit_connections_total', 'retransmission connections accepted', f(FeedStat.rtConnections));
  m.gauge('bourse_feed_retransmit_open_connections', 'retransmission connections open now', f(FeedStat.rtOpenConnections));
  m.counter('bourse_feed_retransmit_rejected_connections_total', 'retransmission connections refused at connect (per-address or global limit)', f(FeedStat.rtConnectionsRefused));
  m.counter('bourse_feed_retransmit_requests_total', 'retransmission requests received', f(FeedStat.rtRequests));
  m.counter('bourse_feed_retransmit_served_total', 'retransmission requests answered with the messages', f(FeedStat.rtServed));
  m.counter('bourse_feed_retransmit_refusals_total', 'retransmission refusals of any reason (rate limits, malformed, too old, rejected connections included)', f(FeedStat.rtRefused));
  m.counter('bourse_feed_retransmit_rate_limited_total', 'retransmission requests refused by the rate limiter', f(FeedStat.rtRateLimited));
  m.counter('bourse_feed_retransmit_malformed_total', 'malformed retransmission requests', f(FeedStat.rtMalformed));
  m.counter('bourse_feed_retransmit_messages_total', 'messages resent', f(FeedStat.rtMessagesResent));
  m.counter('bourse_feed_retransmit_datagrams_total', 'original datagrams resent', f(FeedStat.rtPacketsResent));
  m.counter('bourse_feed_retransmit_bytes_total', 'bytes sent by the retransmission server', f(FeedStat.rtBytesSent));
  m.counter('bourse_feed_retransmit_disconnects_total', 'retransmission connections closed by the server', f(FeedStat.rtDisconnected));
}

/** The WebSocket relay's series; `writeLatency` (main thread) gets the relay's flush delays. */
export function registerRelayMetrics(m: Metrics, relay: Relay, writeLatency: SharedHistogram): void {
  relay.onFlushed = (us) => writeLatency.record(us);
  const r = () => relay.stats();
  m.histogram('bourse_relay_write_latency_seconds', 'MD record reached the relay (main thread) -> the WebSocket frame carrying it written', () => writeLatency.snapshot());
  m.gauge('bourse_relay_connections', 'WebSocket connections open', () => r().connections);
  m.gauge('bourse_relay_subscriptions', 'subscriptions open', () => r().subscriptions);
  m.gauge('bourse_relay_channels', 'channels with at least one subscriber', () => r().channels);
  m.gauge('bourse_relay_lagging_connections', 'connections over their buffer budget (conflating)', () => r().lagging);
  m.counter('bourse_relay_flushes_total', 'relay flushes', () => r().flushes);
  m.counter('bourse_relay_frames_total', 'WebSocket frames written', () => r().frames);
  m.counter('bourse_relay_bytes_total', 'WebSocket bytes written', () => r().bytes);
  m.counter('bourse_relay_messages_total', 'messages written', () => r().messages);
  m.counter('bourse_relay_updates_total', 'updates written', () => r().updates);
  m.counter('bourse_relay_snapshots_total', 'snapshots written', () => r().snapshots);
  m.counter('bourse_relay_conflated_updates_total', 'updates folded into a later one for lagging clients', () => r().conflatedUpdates);
  m.counter('bourse_relay_catch_ups_total', 'catch-up snapshots sent', () => r().catchUps);
  m.counter('bourse_relay_trade_gaps_total', 'trade gaps reported to clients', () => r().tradeGaps);
  m.counter('bourse_relay_slow_consumer_closes_total', 'connections closed as slow consumers', () => r().slowConsumerCloses);
  m.counter('bourse_relay_rate_limit_closes_total', 'connections closed for sending too much', () => r().rateLimitCloses);
  m.counter('bourse_relay_refused_connections_total', 'connections refused (limits)', () => r().refusedConnections);
  m.counter('bourse_relay_inbound_messages_total', 'client messages received', () => r().inbound);
  m.counter('bourse_relay_errors_total', 'client protocol errors', () => r().errors);
}

/**
 * The SLOs of a `bourse start` exchange: a probe once a second feeds the tracker from the
 * exchange's own measurements; the objectives, event counters, burn rates and remaining budgets
 * go on /metrics. Returns the function that stops the probe.
 */
export function startSlo(m: Metrics, x: Exchange, config: SloConfig): () => void {
  const ackUs = config.ackLatency.thresholdMs * 1000;
  const mdUs = config.mdStaleness.thresholdMs * 1000;
  const inputs = (): SloInputs => {
    const s = x.stats();
    // With the gateway, acks are brokers' orders measured at its socket (receipt -> ack written back).
    const ack = x.latency[x.options.gateway ? Lat.receipt : Lat.ack]!;
    const rec = x.latency[Lat.stampToRecord]!;
    const fs = x.feedStats;
    return {
      coreUp: s.coreRunning && !x.error, mdpUp: s.mdpRunning && !x.error,
      inputs: s.lastSeq, mdFolded: s.mainMdSeq, mdPublished: s.lastMdSeq,
      acks: ack.total(), acksGood: ack.countAtOrBelow(ackUs), mdRecords: rec.total(), mdRecordsGood: rec.countAtOrBelow(mdUs),
      ...(x.options.feed ? {
        feed: {
          up: fs[FeedStat.up] === 1, sendErrors: fs[FeedStat.sendErrors]!, rtRequests: fs[FeedStat.rtRequests]!, rtServed: fs[FeedStat.rtServed]!,
          rtMalformed: fs[FeedStat.rtMalformed]!, rtRateLimited: fs[FeedStat.rtRateLimited]!, snapshotCycles: fs[FeedStat.snapshotCycles]!,
        },
      } : {}),
    };
  };
  return startSloProbe(m, config, inputs);
}

/** The SLO probe over any process's inputs (an HA node's too: ha-metrics.ts); returns its stop. */
export function startSloProbe(m: Metrics, config: SloConfig, inputs: () => SloInputs): () => void {
  const tracker = new SloTracker(config);
  tracker.probe(Date.now(), inputs());
  const timer = setInterval(() => tracker.probe(Date.now(), inputs()), 1000);
  timer.unref();
  registerSloMetrics(m, tracker, { ack_latency: config.ackLatency.thresholdMs / 1000, md_staleness: config.mdStaleness.thresholdMs / 1000 });
  return () => clearInterval(timer);
}

export function registerSloMetrics(m: Metrics, t: SloTracker, thresholdsS: Partial<Record<SloName, number>>, now = () => Date.now()): void {
  const each = (f: (w: SloWindow, name: SloName) => number) => () => SLO_NAMES.map((slo) => [{ slo }, f(t.windows[slo], slo)] as const);
  m.gauge('bourse_slo_objective_ratio', 'the objective: fraction of events that must be good over the SLO window', each((w) => w.objective));
  m.gauge('bourse_slo_window_seconds', 'the SLO window (error-budget period)', () => t.config.windowDays * 86_400);
  m.gauge('bourse_slo_latency_threshold_seconds', 'latency below which an event is good (latency SLOs)', () =>
    Object.entries(thresholdsS).map(([slo, s]) => [{ slo }, s!] as const));
  m.counter('bourse_slo_events_total', 'events counted against the SLO (good + bad), since start', each((w) => w.totalGood + w.totalBad));
  m.counter('bourse_slo_bad_events_total', 'bad events (an unavailable second, a slow ack, a stale record, an unrecoverable gap), since start', each((w) => w.totalBad));
  m.gauge('bourse_slo_burn_rate', 'error-budget burn rate over the window, computed in-process (1: spends the budget in exactly the SLO window)', () =>
    SLO_NAMES.flatMap((slo) => BURN_WINDOWS.map(([window, minutes]) => [{ slo, window }, t.windows[slo].burnRate(now(), minutes)] as const)));
  m.gauge('bourse_slo_error_budget_remaining_ratio', 'error budget left over the SLO window, computed in-process (1: untouched, 0: spent, <0: overspent)', each((w) => w.budgetRemaining(now())));
}
