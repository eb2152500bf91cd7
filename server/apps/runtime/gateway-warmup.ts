/**
 * The gateway's JIT warm-up before it listens (gateway option warmupOrders; issue 13, "The cold
 * start" in docs/benchmarks.md): the first second of load found the gateway thread's code cold
 * (frame parsing, shape checks, ring writes, report derivation, encoding, the socket path), every
 * stage of an order's trip inflated while V8 compiled it. Here, on the gateway thread and before the
 * exchange's gateway listens, a SCRATCH pipeline runs that code:
 *
 *   scratch client sessions ══TCP (127.0.0.1, ephemeral port)══▶ scratch Gateway (the same class)
 *        ▲                                                        │ scratch commands ring
 *        └──── reports ◀── scratch ReportBook ◀── scratch events ring ◀── scratch Engine + Sequencer
 *                                                                       (no journal, in this thread)
 *
 * Nothing of it is the exchange's: its own rings, engine (its instruments are the simulator's
 * definitions), keys (a throwaway Ed25519 pair per session, in memory only), books, windows and
 * histograms; no journal, no snapshot, no shared stats; its listener accepts only until the warm-up
 * ends, and its sessions' keys exist nowhere else. So the exchange's journal, events, reports and
 * every byte on its wires are those of a gateway that was never warmed (tests: gateway-warmup, and
 * gateway-metrics through `bourse start --gateway-warmup`). What is shared is V8's compiled code and its type feedback: the
 * same classes and closures then run the real sessions. Orders follow the load generator's mix
 * (resting buys and IOC sells that trade), so accepts, fills, IOC cancels and the window's wrap run.
 */
import { performance } from 'node:perf_hooks';
import { Ring, RING_HEADER_BYTES } from '../../bus/ring.ts';
import { CMD_SIZE, Cmd, encodeCommand } from '../../engine/commands.ts';
import { EVENT_SIZE } from '../../engine/events.ts';
import { Engine } from '../../engine/engine.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import { Gateway, gatewayOptions, type GatewayOptions } from '../../gateway/gateway.ts';
import { parseKeysFile } from '../../gateway/keys.ts';
import { BourseError } from '../../kernel/errors.ts';
import { OrderClient, generateBrokerKey, exchangeKeyEntry, peekOutbound, Peek, Body } from '../../order-client/index.ts';
import { NewOrderFrames } from '../load/generator.ts';
import { simulatorFor } from './sources.ts';

/** Sessions of the scratch pipeline: enough for the per-connection paths (dirty set, one write each). */
const SESSIONS = 4;
/** Orders in flight per session and round (the load generator's window). */
const ROUND = 256;
/** A warm-up that makes no progress for this long failed (GW_WARMUP). */
const STALL_MS = 10_000;

export interface WarmupResult {
  orders: number;
  ms: number;
}

/** Runs `orders` NewOrders through a scratch gateway, engine and clients on this thread (see above). */
export async function warmGateway(real: GatewayOptions, orders: number): Promise<WarmupResult> {
  const t0 = performance.now();
  if (orders <= 0) return { orders: 0, ms: 0 };
  const keys = Array.from({ length: SESSIONS }, (_, i) => generateBrokerKey(i + 1, i + 1));
  const options = gatewayOptions({
    host: '127.0.0.1', port: 0, maxFrame: real.maxFrame, maxMalformed: real.maxMalformed, defaultRate: 100_000_000,
    // A small window: it wraps (the drop path runs) and commits little memory.
    resendBytes: 1 << 20, maxOutboundBytes: real.maxOutboundBytes, loginTimeoutMs: real.loginTimeoutMs, maxConnections: SESSIONS,
    keys: parseKeysFile(JSON.stringify({ keys: keys.map((k) => exchangeKeyEntry(k)) }), 'gateway warm-up'), measure: real.measure,
  });
  const toCore = Ring.create(1 << 14, CMD_SIZE);
  const fromCore = Ring.create(1 << 17, EVENT_SIZE);
  const origin = performance.timeOrigin;
  const engine = new Engine();
  const core = CoreAgent.sync({
    engine, clock: () => Math.floor((origin + performance.now()) * 1000),
    onDurable: (log) => {
      if (log.count > 0 && fromCore.tryWrite(log.bytes(), log.count) !== log.count) throw new BourseError('GW_WARMUP', 'the scratch events ring is full');
    },
  });
  // The simulator's instrument definitions (no firm: the scratch engine checks no account).
  const scratch = new Uint8Array(96);
  for (const c of simulatorFor(engine, { seed: 1, symbols: 8 }).flow.preludeCommands()) {
    if (c.type !== Cmd.DefineInstrument) continue;
    encodeCommand(c, scratch, 0);
    core.submit(scratch, 0);
  }
  core.commit();
  // The scratch core: the commands the scratch gateway rings are sequenced and committed each turn.
  const cmdBytes = new Uint8Array(toCore.sab, RING_HEADER_BYTES);
  const fromGateway = (_f64: Float64Array, _i32: Int32Array, first: number, count: number) => {
    for (let i = first; i < first + count; i++) core.submit(cmdBytes, i * CMD_SIZE);
  };
  let running = true;
  let failure: unknown;
  const coreTurn = () => {
    if (!running) return;
    try {
      if (toCore.read(fromGateway, 4096) > 0) core.commit();
    } catch (e) {
      failure = e;
      running = false;
      return;
    }
    setImmediate(coreTurn);
  };
  setImmediate(coreTurn);

  const gw = new Gateway(options, toCore, fromCore);
  if (real.measure) gw.measureReceipts(() => undefined);
  const clients: OrderClient[] = [];
  let answered = 0;
  let sent = 0;
  try {
    const port = await gw.start(0);
    for (const k of keys) clients.push(await OrderClient.connect({ host: '127.0.0.1', port, keyId: k.id, privateKey: k.privateKey, noResend: true }));
    const insts = [...clients[0]!.instruments.values()];
    const peek = new Float64Array(8);
    for (const c of clients) {
      c.onFrames((buf, start, end) => {
        peekOutbound(buf, start, end, peek, true);
        const body = peek[Peek.body]!;
        const et = peek[Peek.execType]!;
        if ((body === Body.executionReport && (et === 1 || et === 2)) || (body === Body.sessionReject && peek[Peek.clientOrderId] !== 0)) answered++;
      });
    }
    const frames = clients.map((_, i) => new NewOrderFrames(insts, i, i + 1));
    const out = Buffer.allocUnsafeSlow(ROUND * Math.max(...frames.map((f) => f.maxFrame)));
    const ks = new Array<number>(SESSIONS).fill(0);
    while (sent < orders) {
      for (let i = 0; i < SESSIONS && sent < orders; i++) {
        const n = Math.min(ROUND, orders - sent);
        let pos = 0;
        for (let q = 0; q < n; q++) {
          const k = ks[i]!++;
          pos = frames[i]!.write(out, pos, k, 1 + k);
        }
        clients[i]!.sendRaw(Buffer.from(out.subarray(0, pos))); // a copy: the socket may keep it queued
        sent += n;
      }
      let last = answered;
      let since = performance.now();
      while (answered < sent) {
        if (failure !== undefined) throw failure;
        await new Promise((r) => setImmediate(r));
        if (answered !== last) {
          last = answered;
          since = performance.now();
        } else if (performance.now() - since > STALL_MS) {
          throw new BourseError('GW_WARMUP', `the scratch gateway answered ${answered} of ${sent} orders, then nothing for ${STALL_MS} ms`);
        }
      }
    }
  } finally {
    for (const c of clients) c.close();
    running = false;
    await gw.close();
  }
  if (failure !== undefined) throw failure;
  return { orders: answered, ms: Math.round(performance.now() - t0) };
}
