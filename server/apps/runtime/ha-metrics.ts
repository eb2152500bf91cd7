/**
 * /metrics of an HA node (`bourse start --role …`): the series `bourse status` reads from a
 * `bourse start`, from the node's own parts, and the SLOs over them (docs/metrics.md "HA nodes").
 *
 *   bourse_order_ack_latency_seconds{from="stamp"}    each term's Primary: arrival -> released
 *                                                     (local fsync and, with --ack majority, the log)
 *   bourse_order_ack_latency_seconds{from="receipt"}  the gateway thread: NewOrder frame received
 *                                                     -> its ACCEPTED/REJECTED report written back
 *   bourse_inputs_total, _engine_events_total, _resting_orders, _md_records_total, _md_seq_main,
 *   bourse_core_up / _mdp_up, bourse_ha_role{role}, bourse_ha_leading
 *
 * The histograms live in one shared block for the process (every life writes the same ones), so
 * they count from the process's start across takeovers and step-downs. SLOs: order entry is
 * available in a second when the node does its job in its role (it leads, or it follows the log
 * as a standby); booting, taking over and stepping down are unavailable seconds. Acks are the
 * receipt ones when the gateway runs, else the stamp ones. The seconds before the node first
 * reaches its role (start, journal replay) are not counted, as on `bourse start`.
 */
import type { Metrics } from '../../http/metrics.ts';
import { SharedHistogram } from '../../kernel/shared-histogram.ts';
import type { MarketState } from '../../mdp/market-state.ts';
import type { SloConfig } from './slo.ts';
import { startSloProbe } from './exchange-metrics.ts';
import { Lat } from './shared-stats.ts';
import type { HaNode } from './ha-node.ts';

const ROLES = ['booting', 'standby', 'taking-over', 'primary', 'stepped-down', 'stopped'] as const;

/** Registers the node's series and starts its SLO probe; returns the probe's stop. */
export function registerHaMetrics(m: Metrics, node: HaNode, market: MarketState, latency: SharedArrayBuffer, slo: SloConfig): () => void {
  const ack = new SharedHistogram(latency, Lat.ack);
  const receipt = new SharedHistogram(latency, Lat.receipt);
  const gateway = node.o.gateway !== undefined;
  m.counter('bourse_inputs_total', 'inputs sequenced, journaled and applied (this node\'s engine: as leader or follower)', () => node.engine?.lastSeq ?? 0);
  m.counter('bourse_engine_events_total', 'engine events emitted', () => node.engine?.lastEventSeq ?? 0);
  m.gauge('bourse_resting_orders', 'orders resting in all books', () => node.engine?.restingOrders ?? 0);
  m.counter('bourse_md_records_total', 'market-data records published by this node\'s MDP (its last MD sequence number)', () => node.md?.mdp.lastMdSeq ?? 0);
  m.gauge('bourse_md_seq_main', 'last MD sequence number folded by the main thread', () => market.mdSeq);
  m.gauge('bourse_core_up', '1 while the node does its job in its role (leads, or follows the log)', () => (up(node) ? 1 : 0));
  m.gauge('bourse_mdp_up', '1 while the node\'s MDP agent runs', () => (node.md ? 1 : 0));
  m.gauge('bourse_ha_role', '1 for the node\'s current role', () => ROLES.map((r) => [{ role: r }, node.role === r ? 1 : 0] as const));
  m.gauge('bourse_ha_leading', '1 while this node leads and its lease is certainly its own', () => (node.leadingEngine() ? 1 : 0));
  m.histogram('bourse_order_ack_latency_seconds', 'order acknowledgement latency; from="stamp": input taken by the leader -> released (local fsync and, with --ack majority, the log\'s majority); from="receipt" (with the order-entry gateway): NewOrder frame received at the gateway socket -> its ACCEPTED/REJECTED report written back', () => [
    [{ from: 'stamp' }, ack.snapshot()],
    ...(gateway ? [[{ from: 'receipt' }, receipt.snapshot()] as const] : []),
  ]);
  const ackUs = slo.ackLatency.thresholdMs * 1000;
  const acks = gateway ? receipt : ack;
  // The seconds before the node first reaches its role (the process starts, the journal is
  // replayed) are not counted, as `bourse start`'s probe starts once its recovery is done.
  let booted = false;
  return startSloProbe(m, slo, () => {
    const isUp = up(node);
    booted ||= isUp;
    return {
      coreUp: isUp || !booted, mdpUp: node.md !== undefined || !booted,
      inputs: node.engine?.lastSeq ?? 0, mdFolded: market.mdSeq, mdPublished: node.md?.mdp.lastMdSeq ?? 0,
      acks: acks.total(), acksGood: acks.countAtOrBelow(ackUs),
      // No stamp -> MD record histogram on an HA node (its MDP runs on the main thread): no staleness events.
      mdRecords: 0, mdRecordsGood: 0,
    };
  });
}

function up(node: HaNode): boolean {
  return node.role === 'primary' ? node.leadingEngine() !== undefined : node.role === 'standby';
}
