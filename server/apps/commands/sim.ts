import { join } from 'node:path';
import { BourseError } from '../../kernel/errors.ts';
import type { CommandSpec } from '../flags.ts';
import { Engine } from '../../engine/engine.ts';
import { DEFAULT_SEGMENT_BYTES, Journal } from '../../sequencer/journal.ts';
import { writeSnapshot, pruneSnapshots, MDP_SNAPSHOT } from '../../sequencer/snapshots.ts';
import { MdpAgent } from '../../mdp/mdp-agent.ts';
import { StateWriter } from '../../mdp/state-io.ts';
import type { EventLog } from '../../engine/events.ts';
import { SNAPSHOT_DIR, lostTail } from '../../sequencer/recovery.ts';
import { OrderFlow } from '../../sim/flow.ts';
import { CoreAgent } from '../../sequencer/core-agent.ts';
import { CalendarSource, FlowSource } from '../runtime/sources.ts';
import { loadCalendar, sessionSeconds } from '../runtime/calendars.ts';

/** Where a calendar sim starts: Monday 2026-01-05 00:00 UTC (closed in New York: Sunday evening). */
const CALENDAR_START = Date.UTC(2026, 0, 5) * 1000;

export const sim: CommandSpec = {
  name: 'sim',
  summary: 'write a journal of a realistic random workload (deterministic for a seed)',
  flags: {
    orders: { kind: 'int', required: true, min: 1, help: 'inputs to generate after the instrument definitions' },
    seed: { kind: 'int', default: 1, min: 0, max: 2 ** 32 - 1, help: 'random seed: same seed, same journal' },
    journal: { kind: 'path', required: true, help: 'journal directory (must be empty or absent)' },
    symbols: { kind: 'int', default: 4, min: 1, max: 1000, help: 'number of instruments' },
    resting: { kind: 'int', default: 1000, min: 0, max: 1_000_000, help: 'resting orders per symbol to aim at' },
    batch: { kind: 'int', default: 1000, min: 1, max: 100_000, help: 'inputs per group commit (one fsync each); part of the workload: the simulated traders see fills at commits' },
    'snapshot-every': { kind: 'int', default: 100_000, min: 0, help: 'write an engine snapshot every N inputs (0: never); with --mdp, an MDP snapshot beside each and a pair at the end' },
    mdp: { kind: 'bool', default: false, help: 'also fold the events through the MDP a start runs and write engine + MDP snapshot pairs (every --snapshot-every and at the end): the first bourse start on the journal then replays only what follows the last pair (slower: the MDP runs beside the engine)' },
    fsync: { kind: 'bool', default: true, help: 'fdatasync on every commit (false: for throwaway runs only)' },
    calendar: { kind: 'string', default: '', help: 'follow a trading calendar in virtual time: 24x7, us-equities, or a JSON file (docs/calendar.md); --orders is then orders per trading day' },
    days: { kind: 'int', default: 1, min: 1, max: 3660, help: 'with --calendar: days of virtual time to simulate, from Monday 2026-01-05 00:00 UTC' },
    'segment-bytes': { kind: 'int', default: DEFAULT_SEGMENT_BYTES, min: 4096, max: 2 ** 40, help: 'start a new journal segment file past this size (small: many segments, for tests)' },
  },
  run(flags) {
    const dir = flags.journal as string;
    const journal = Journal.open({ dir, fsync: flags.fsync as boolean, segmentBytes: flags['segment-bytes'] as number });
    try {
      if (journal.recovery.truncatedBytes > 0) console.error(`bourse sim: journal ${dir}: truncated a torn tail of ${journal.recovery.truncatedBytes} bytes`);
      if (journal.lastSeq !== 0) {
        throw new BourseError('CLI_BAD_VALUE', `--journal ${dir} already holds inputs up to seq ${journal.lastSeq}; sim writes a fresh journal`);
      }
      const lost = lostTail(journal); // snapshots of a journal that is gone: never mix them with a new one
      if (lost) throw lost;
      const calName = flags.calendar as string;
      const cal = calName !== '' ? loadCalendar(calName) : undefined;
      const startTime = cal ? CALENDAR_START : undefined;
      const flow = new OrderFlow({
        seed: flags.seed as number, symbols: flags.symbols as number, restingTarget: flags.resting as number,
        // Under a calendar: --orders per trading day, spread over its continuous session; a clock tick a second.
        ...(cal ? { startTime, ratePerS: (flags.orders as number) / sessionSeconds(cal), clockTickUs: 1_000_000, tradingDay: true } : {}),
      });
      const calSource = cal ? new CalendarSource(flow, cal) : undefined;
      const engine = new Engine();
      const snapEvery = flags['snapshot-every'] as number;
      // The MDP a live start runs, fed the same durable events in the same order: its snapshots
      // (beside the engine's, at the same seq, always at an input boundary here) let the first
      // start on this journal replay only what follows the newest pair (docs/journal.md, "Restart time").
      const md = snapEvery > 0 && (flags.mdp as boolean) ? new MdpAgent({ sinks: [() => undefined] }) : undefined;
      // The simulated traders see their executions at each commit (deterministic: commits come every --batch inputs).
      const onDurable = (events: EventLog) => {
        md?.consumeLog(events);
        flow.observe(events);
      };
      const core = CoreAgent.sync({ engine, clock: () => (calSource ? calSource.now : flow.now), journal, onDurable, source: calSource ?? new FlowSource(flow) });
      const seqr = core.seqr;
      const total = cal ? Infinity : (flags.symbols as number) + (flags.orders as number);
      const end = cal ? CALENDAR_START + (flags.days as number) * 86_400_000_000 : Infinity;
      const batch = flags.batch as number;
      const snapDir = join(dir, SNAPSHOT_DIR);
      let lastSnap = 0;
      /** An engine snapshot at the last durable seq, and the MDP's beside it. */
      const snapshot = () => {
        writeSnapshot(snapDir, seqr.lastSeq, engine.stateBytes());
        pruneSnapshots(snapDir, 3);
        if (md) {
          const w = new StateWriter();
          md.mdp.saveState(w);
          writeSnapshot(snapDir, md.mdp.lastInputSeq, w.finish(), MDP_SNAPSHOT);
          pruneSnapshots(snapDir, 3, MDP_SNAPSHOT);
        }
        lastSnap = seqr.lastSeq;
      };
      const t0 = performance.now();
      let lastPrint = t0;
      for (let done = 0; done < total && flow.now < end; ) {
        // Under a calendar the run ends at the first commit at or past --days of virtual time.
        done += core.doWork(Math.min(batch, total - done)); // one group commit each
        // Printed only after the fsync: every acked seq is durable.
        const now = performance.now();
        if (now - lastPrint > 200 || done === total) {
          console.log(`acked=${seqr.lastSeq}`);
          lastPrint = now;
        }
        if (snapEvery > 0 && Math.floor(seqr.lastSeq / snapEvery) !== Math.floor((seqr.lastSeq - seqr.lastCommitted) / snapEvery)) snapshot();
      }
      if (md && seqr.lastSeq > lastSnap) snapshot(); // a pair at the end: a start replays nothing
      if (calSource) console.log(`calendar=${cal!.name} days=${flags.days as number} phase_changes=${calSource.transitions} virtual_end=${new Date(flow.now / 1000).toISOString()}`);
      const secs = (performance.now() - t0) / 1000;
      console.log(`inputs=${seqr.lastSeq} resting=${engine.restingOrders} events=${engine.lastEventSeq} seconds=${secs.toFixed(2)} inputs_per_s=${Math.round(seqr.lastSeq / secs)}`);
      console.log(`journal=${dir} last_seq=${seqr.lastSeq}`);
    } finally {
      journal.close();
    }
  },
};
