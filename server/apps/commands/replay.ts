import type { CommandSpec } from '../flags.ts';
import type { BourseError } from '../../kernel/errors.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover } from '../../sequencer/recovery.ts';
import { MdpAgent } from '../../mdp/mdp-agent.ts';
import { Digests, sha256 } from '../runtime/digests.ts';

/** The one line a read-only open says about a torn tail it left in place (replay, bars rebuild). */
export function tornTailNote(command: string, journal: Journal): string | undefined {
  const b = journal.recovery.tornBytes;
  if (b === 0) return undefined;
  return `bourse ${command}: journal ${journal.dir}: stopped at a torn tail of ${b} bytes after seq ${journal.lastSeq} (an unacknowledged commit; left in place, read-only; bourse start truncates it)`;
}

export const replay: CommandSpec = {
  name: 'replay',
  summary: 'replay a journal through a fresh engine and MDP (read-only); last line: state=<sha256> events=<sha256> md=<sha256>',
  flags: {
    journal: { kind: 'path', required: true, help: 'journal directory (read only: nothing in it is created, locked or changed)' },
    to: { kind: 'int', min: 1, help: 'stop after this input seq (default: the end)' },
    'from-snapshot': { kind: 'bool', default: false, help: 'start from the newest snapshot (events then hash only the tail; no md hash)' },
  },
  run(flags) {
    // Read-only: replay needs no lock, writes nothing, and works on a read-only file system.
    const journal = Journal.open({ dir: flags.journal as string, readOnly: true });
    let lost: BourseError | undefined;
    try {
      const torn = tornTailNote('replay', journal);
      if (torn) console.error(torn);
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
        // A lost tail is reported (and makes the exit status non-zero), but what is left is replayed.
        onLostTail: (e) => {
          lost = e;
          console.error(`bourse replay: ${e.message}`);
        },
      });
      for (const s of r.skippedSnapshots) console.error(`bourse replay: snapshot skipped: ${s}`);
      const secs = (performance.now() - t0) / 1000;
      const state = sha256(r.engine.stateBytes());
      const d = digests.hex();
      console.log(`seq=${r.engine.lastSeq} snapshot=${r.snapshotSeq} replayed=${r.replayed} events_count=${r.engine.lastEventSeq} resting=${r.engine.restingOrders} seconds=${secs.toFixed(2)} inputs_per_s=${Math.round(r.replayed / Math.max(secs, 1e-9))}`);
      if (!md) console.log(`state=${state} events=${d.events}`);
      else {
        console.log(`md_records=${md.mdp.lastMdSeq}`);
        console.log(`state=${state} events=${d.events} md=${d.md}`);
      }
    } finally {
      journal.close();
    }
    // The hashes above cover the journal as it is, not everything that was acknowledged.
    return lost ? 2 : 0;
  },
};
