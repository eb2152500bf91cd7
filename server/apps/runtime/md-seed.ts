/**
 * Market data for a node bootstrapped from an engine snapshot (no log from seq 1 to fold): the
 * Mdp is seeded by replaying the snapshot's CONTENT through a scratch engine (instrument
 * definitions, every resting order in queue order, halts), so its L2 books, instruments and
 * statuses equal the real market's. Open bars and trade tapes start empty. The MD records this
 * produces open a NEW feed session (clients re-snapshot by the feed's reset rules): its MD seqs
 * have nothing to do with the primary's.
 */
import { Cmd, encodeCommand, type Command } from '../../engine/commands.ts';
import { Engine } from '../../engine/engine.ts';
import { Ev, evType, evCode } from '../../engine/events.ts';
import { BourseError } from '../../kernel/errors.ts';
import { OrdType, Side, TimeInForce, TradingStatus } from '../../kernel/types.ts';
import type { MdpAgent } from '../../mdp/mdp-agent.ts';

/** Wide enough that no resting order of the snapshot is outside the scratch engine's band. */
const SEED_BAND_BPS = 10_000;

export function seedMarketData(engine: Engine, md: MdpAgent): number {
  const scratch = new Engine();
  const buf = new Uint8Array(96);
  let seq = 0;
  const time = engine.time;
  const apply = (c: Command): void => {
    encodeCommand({ ...c, seq: ++seq, time } as Command & { seq: number; time: number }, buf, 0);
    scratch.apply(buf, 0);
    const out = scratch.out;
    for (let k = 0; k < out.count; k++) {
      if (evType(out.i32, k) === Ev.Rejected) {
        throw new BourseError('INVARIANT', `seeding market data from the snapshot: command ${JSON.stringify(c)} was rejected (code ${evCode(out.i32, k)})`);
      }
    }
    md.consumeLog(out);
    out.clear();
  };
  for (const sym of engine.symbols()) {
    const i = engine.instrument(sym)!;
    apply({ type: Cmd.DefineInstrument, symbol: sym, name: i.name, tick: i.tick, lot: i.lot, maxQty: i.maxQty, refPrice: i.refPrice, bandBps: SEED_BAND_BPS, priceDecimals: i.priceDecimals, qtyDecimals: i.qtyDecimals, currency: i.currency });
    for (const side of [Side.Buy, Side.Sell] as const) {
      for (const lv of engine.depth(sym, side)) {
        for (const id of engine.ordersAt(sym, side, lv.price)) {
          const o = engine.order(id)!;
          apply({ type: Cmd.NewOrder, symbol: sym, side, ordType: OrdType.Limit, tif: TimeInForce.GTC, price: o.price, qty: o.qty, account: o.account, clientOrderId: o.clientOrderId });
        }
      }
    }
    if (i.status === TradingStatus.Halted) apply({ type: Cmd.SetStatus, symbol: sym, status: TradingStatus.Halted });
  }
  return seq;
}
