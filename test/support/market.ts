/**
 * A small live market for black-box tests of the edges: the real core and MDP agents under the
 * order-flow simulator (MdSim), its records folded into a MarketState.
 */
import { MarketState } from '../../server/mdp/market-state.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';

export function simulatedMarket(o: { seed: number; symbols: number; resting: number; inputs: number }): MarketState {
  const market = new MarketState();
  const sim = new MdSim({ seed: o.seed, symbols: o.symbols, resting: o.resting, batch: 1, sinks: [(f64, i32, first, count) => market.applyRecords(f64, i32, first, count)] });
  sim.run(o.inputs);
  return market;
}
