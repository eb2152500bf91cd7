import type { CommandSpec } from '../flags.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import { MdpAgent } from '../../mdp/mdp-agent.ts';
import { Digests, sha256 } from '../runtime/digests.ts';

export const replay: CommandSpec = {
  name: 'replay',
  summary: 'replay a journal through a fresh engine and MDP; last line: state=<sha256> events=<sha256> md=<sha256>',
  flags: {
    journal: { kind: 'path', required: true, help: 'journal directory' },
    to: { kind: 'int', min: 1, help: 'stop after this input seq (default: the end)' },
    'from-snapshot': { kind: 'bool', default: false, help: 'start from the newest snapshot (events then hash only the tail; no md hash)' },
  },
  run(flags) {
    const journal = Journal.open({ dir: flags.journal as string });
    try {
      if (journal.recovery.truncatedBytes > 0) {
        console.error(`journal: truncated a torn tail of ${journal.recovery.truncatedBytes} bytes; last durable seq ${journal.lastSeq}`);
      }
      // The MDP has no snapshot of its own: it folds the whole journal, so it runs only on a
      // full replay (recovery of the MDP = replay from seq 1, at millions of inputs a second).
      const fromSnapshot = flags['from-snapshot'] as boolean;
      const digests = new Digests();
      const md = fromSnapshot ? undefined : new MdpAgent({ tap: digests.tap, sinks: [digests.sink] });
      const t0 = performance.now();
      const r = recover(journal, {
        toSeq: flags.to as number | undefined,
        useSnapshot: fromSnapshot,
        onEvents: md ? (log) => md.consumeLog(log) : (log) => digests.tap(log.bytes()),
      });
      const secs = (performance.now() - t0) / 1000;
      const state = sha256(r.engine.stateBytes());
      const d = digests.hex();
      console.log(`seq=${r.engine.lastSeq} snapshot=${r.snapshotSeq} replayed=${r.replayed} events_count=${r.engine.lastEventSeq} resting=${r.engine.restingOrders} seconds=${secs.toFixed(2)} inputs_per_s=${Math.round(r.replayed / Math.max(secs, 1e-9))}`);
      if (!md) {
        console.log(`state=${state} events=${d.events}`);
        return;
      }
      console.log(`md_records=${md.mdp.lastMdSeq}`);
      console.log(`state=${state} events=${d.events} md=${d.md}`);
    } finally {
      journal.close();
    }
  },
};
