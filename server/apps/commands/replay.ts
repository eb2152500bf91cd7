import { createHash } from 'node:crypto';
import type { CommandSpec } from '../flags.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import { Mdp } from '../../mdp/mdp.ts';

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
      const events = createHash('sha256');
      const md = createHash('sha256');
      // The MDP has no snapshot of its own: it folds the whole journal, so it runs only on a
      // full replay (recovery of the MDP = replay from seq 1, at millions of inputs a second).
      const fromSnapshot = flags['from-snapshot'] as boolean;
      const mdp = fromSnapshot ? undefined : new Mdp();
      const t0 = performance.now();
      const r = recover(journal, {
        toSeq: flags.to as number | undefined,
        useSnapshot: flags['from-snapshot'] as boolean,
        onEvents: (log) => {
          events.update(log.bytes());
          if (!mdp) return;
          mdp.consumeLog(log);
          md.update(mdp.out.bytes());
          mdp.out.clear();
        },
      });
      const secs = (performance.now() - t0) / 1000;
      const state = createHash('sha256').update(r.engine.stateBytes()).digest('hex');
      console.log(`seq=${r.engine.lastSeq} snapshot=${r.snapshotSeq} replayed=${r.replayed} events_count=${r.engine.lastEventSeq} resting=${r.engine.restingOrders} seconds=${secs.toFixed(2)} inputs_per_s=${Math.round(r.replayed / Math.max(secs, 1e-9))}`);
      if (!mdp) {
        console.log(`state=${state} events=${events.digest('hex')}`);
        return;
      }
      console.log(`md_records=${mdp.lastMdSeq}`);
      console.log(`state=${state} events=${events.digest('hex')} md=${md.digest('hex')}`);
    } finally {
      journal.close();
    }
  },
};
