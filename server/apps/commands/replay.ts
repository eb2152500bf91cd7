import type { CommandSpec } from '../flags.ts';
import type { BourseError } from '../../kernel/errors.ts';
import { Journal } from '../../sequencer/journal.ts';
import { recover, SNAPSHOT_DIR } from '../../sequencer/recovery.ts';
import { readSnapshot, snapshotName, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { join } from 'node:path';
import { MdpAgent } from '../../mdp/mdp-agent.ts';
import { Mdp } from '../../mdp/mdp.ts';
import { Digests, sha256 } from '../runtime/digests.ts';
import { StateReader } from '../../mdp/state-io.ts';
import { MD_SIZE, mdSeq } from '../../mdp/records.ts';
import { createHash } from 'node:crypto';
import { Progress } from '../runtime/progress.ts';

/** The one line a read-only open says about a torn tail it left in place (replay, bars rebuild). */
export function tornTailNote(command: string, journal: Journal): string | undefined {
  const b = journal.recovery.tornBytes;
  if (b === 0) return undefined;
  return `bourse ${command}: journal ${journal.dir}: stopped at a torn tail of ${b} bytes after seq ${journal.lastSeq} (an unacknowledged commit; left in place, read-only; bourse start truncates it)`;
}

/** The MDP snapshot at exactly `seq` (the one recover chose), read and checked. */
function latestMdp(journal: Journal, seq: number): { bytes: Uint8Array; path: string } {
  const path = join(journal.dir, SNAPSHOT_DIR, snapshotName(seq, MDP_SNAPSHOT));
  return { ...readSnapshot(path), path };
}

export const replay: CommandSpec = {
  name: 'replay',
  summary: 'replay a journal through a fresh engine and MDP (read-only); last line: state=<sha256> events=<sha256> md=<sha256>',
  flags: {
    journal: { kind: 'path', required: true, help: 'journal directory (read only: nothing in it is created, locked or changed)' },
    to: { kind: 'int', min: 1, help: 'stop after this input seq (default: the end)' },
    'from-snapshot': { kind: 'bool', default: false, help: 'start from the newest MDP snapshot and the newest engine snapshot at or below it (events= and md= then hash only the tail after it; md_from= names its MD seq); with no MDP snapshot, from the newest engine snapshot (no md hash)' },
    'md-after': { kind: 'int', min: 0, help: 'md= hashes only the MD records after this MD seq (compare a full replay with a --from-snapshot one: pass its md_from)' },
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
      const mdAfter = (flags['md-after'] as number | undefined) ?? 0;
      const digests = new Digests();
      // md= over the records after --md-after (records arrive in MD seq order, contiguous).
      const mdHash = createHash('sha256');
      const mdSink = (f64: Float64Array, _i32: Int32Array, first: number, count: number) => {
        const skip = Math.min(count, Math.max(0, mdAfter - mdSeq(f64, first) + 1));
        if (skip < count) mdHash.update(new Uint8Array(f64.buffer, f64.byteOffset + (first + skip) * MD_SIZE, (count - skip) * MD_SIZE));
      };
      let md: MdpAgent | undefined = fromSnapshot ? undefined : new MdpAgent({ tap: digests.tap, sinks: [mdSink] });
      let mdFrom = 0;
      const t0 = performance.now();
      let progress: Progress | undefined;
      const r = recover(journal, {
        toSeq: flags.to as number | undefined,
        useSnapshot: fromSnapshot,
        mdp: fromSnapshot,
        mdpOptional: true,
        archive: true,
        checkMdp: (bytes, path) => new Mdp().loadState(new StateReader(bytes, path)),
        onChosen: (c) => {
          progress = new Progress('bourse replay', c.toSeq, { from: c.engineSeq });
          if (fromSnapshot && c.mdpSeq > 0) {
            // The MDP snapshot the engine was chosen for: restore it, fold only the tail.
            const snap = latestMdp(journal, c.mdpSeq);
            md = new MdpAgent({ tap: digests.tap, sinks: [mdSink] });
            md.mdp.loadState(new StateReader(snap.bytes, snap.path));
            mdFrom = md.mdp.lastMdSeq;
          }
        },
        onProgress: (seq, to) => progress?.update(seq, to),
        onEvents: (log) => (md ? md.consumeLog(log) : digests.tap(log.bytes())),
        // A lost tail is reported (and makes the exit status non-zero), but what is left is replayed.
        onLostTail: (e) => {
          lost = e;
          console.error(`bourse replay: ${e.message}`);
        },
      });
      for (const s of r.skippedSnapshots) console.error(`bourse replay: snapshot skipped: ${s}`);
      progress?.done(r.engine.lastSeq);
      const secs = (performance.now() - t0) / 1000;
      const state = sha256(r.engine.stateBytes());
      const d = digests.hex();
      console.log(`seq=${r.engine.lastSeq} snapshot=${r.snapshotSeq} replayed=${r.replayed} events_count=${r.engine.lastEventSeq} resting=${r.engine.restingOrders} seconds=${secs.toFixed(2)} inputs_per_s=${Math.round(r.replayed / Math.max(secs, 1e-9))}${fromSnapshot ? ` mdp_snapshot=${r.mdpSnapshot?.seq ?? 0}` : ''}`);
      if (!md) console.log(`state=${state} events=${d.events}`);
      else {
        console.log(`md_records=${md.mdp.lastMdSeq}${mdFrom || mdAfter ? ` md_from=${Math.max(mdFrom, mdAfter)}` : ''}`);
        console.log(`state=${state} events=${d.events} md=${mdHash.digest('hex')}`);
      }
    } finally {
      journal.close();
    }
    // The hashes above cover the journal as it is, not everything that was acknowledged.
    return lost ? 2 : 0;
  },
};
