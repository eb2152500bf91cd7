/**
 * The gateway thread: the order-entry sessions (server/gateway) between brokers' TCP connections
 * and the core thread's two gateway rings (commands in, events out). It starts listening once the
 * core has recovered (the main thread says up to which seq) and its keys are registered.
 */
import { workerData, parentPort } from 'node:worker_threads';
import { Ring } from '../../bus/ring.ts';
import { Gateway, type GatewayOptions } from '../../gateway/gateway.ts';
import { pinCurrentThread } from './pin.ts';
import { SharedHistogram } from '../../kernel/shared-histogram.ts';
import { Lat } from './shared-stats.ts';
import type { StageBlocks } from '../../gateway/stages.ts';
import { warmGateway } from './gateway-warmup.ts';

interface GatewayData {
  options: GatewayOptions;
  toCore: SharedArrayBuffer;
  fromCore: SharedArrayBuffer;
  pin?: number;
  /** The exchange's latency block (shared-stats.ts Lat): this thread writes Lat.receipt. */
  latency?: SharedArrayBuffer;
  /** The journal's snapshot directory (the gateway's snapshots go beside the engine's), or '' without a journal. */
  snapshots?: string;
  /** HA: the FIX store's lines go to the main thread ('fixStore'), which replicates them and answers 'fixStoreAcked' (ha-fix.ts). */
  fixReplicate?: boolean;
  /** Per-stage timing blocks (options.stageSample > 0; gateway/stages.ts), shared with the core thread. */
  stages?: StageBlocks;
}

const { options, toCore, fromCore, pin, latency, snapshots, fixReplicate, stages } = workerData as GatewayData;
if (pin !== undefined) parentPort!.postMessage({ type: 'pin', role: 'gateway', result: pinCurrentThread(pin) });
const gw = new Gateway(options, Ring.attach(toCore), Ring.attach(fromCore));
if (snapshots) gw.useSnapshots(snapshots);
gw.pumpEvents(); // from now: the core's recovery may send more events than the ring holds
if (latency) {
  const h = new SharedHistogram(latency, Lat.receipt);
  gw.measureReceipts((us) => h.record(us));
}
if (stages && options.stageSample > 0) gw.measureStages(stages, options.stageSample);
// The JIT warm-up on a scratch pipeline (options.warmupOrders), while the core recovers: done before listening.
const warmed = warmGateway(options, options.warmupOrders);

if (fixReplicate && gw.fix) {
  // Lines of one turn go together: "<keyId> <line>" each (a line ends with \n).
  let batch: string[] = [];
  gw.fix.setStoreSink((keyId, line) => {
    if (batch.length === 0) setImmediate(() => {
      parentPort!.postMessage({ type: 'fixStore', text: batch.join(''), lines: batch.length });
      batch = [];
    });
    batch.push(`${keyId} ${line}`);
  });
}

parentPort!.on('message', (m: { type: string; seq?: number; lines?: number }) => {
  if (m.type === 'fixStoreAcked') gw.fix?.storeAcked(m.lines!);
  else if (m.type === 'recovered') {
    warmed.then((w) => {
      gw.counters.warmupOrders = w.orders;
      gw.counters.warmupMs = w.ms;
      return gw.start(m.seq ?? 0);
    }).then(
      (port) => parentPort!.postMessage({ type: 'listening', port, fixPort: gw.fixPort }),
      (e: unknown) => {
        throw e; // an uncaught error: the main thread receives it with its code
      },
    );
  } else if (m.type === 'stats') {
    const h = gw.stampToAck;
    const us = (p: number) => Math.round(h.percentile(p) / 100) / 10;
    parentPort!.postMessage({ type: 'stats', counters: { ...gw.counters, ...gw.fix?.stats(), receiptsSkipped: gw.receiptsSkipped, stampToAckCount: h.count, stampToAckP50Us: us(50), stampToAckP99Us: us(99), stampToAckP999Us: us(99.9) } });
  } else if (m.type === 'stop') {
    void gw.close().then(() => parentPort!.postMessage({ type: 'stopped' }));
  }
});
