// The core's pipelined group commit (server/sequencer/pipelined.ts): a batch's events leave only
// after an fdatasync that covers its last input has completed, in order; a failed sync releases
// nothing and fails the journal. The test plays the sync thread's side of the SyncChannel by hand
// (a real fdatasync on the journal's real segment fd), so each step's order is exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs, { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Engine } from '../../server/engine/engine.ts';
import { Journal } from '../../server/sequencer/journal.ts';
import { PipelinedCommitter } from '../../server/sequencer/pipelined.ts';
import { SyncChannel } from '../../server/sequencer/sync-channel.ts';
import { CoreAgent } from '../../server/sequencer/core-agent.ts';
import { EvSlot, EVENT_SLOTS } from '../../server/engine/events.ts';
import { simulatorFor } from '../../server/apps/runtime/sources.ts';
import { BourseError } from '../../server/kernel/errors.ts';

function setup(dir: string) {
  const engine = new Engine();
  const journal = Journal.open({ dir: join(dir, 'journal') });
  const channel = new SyncChannel();
  const released: { lastSeq: number; count: number; maxInput: number; durable: number }[] = [];
  const pipe = new PipelinedCommitter({
    engine, journal, channel, clock: () => 1_000_000,
    onDurable: (log, lastSeq) => {
      let maxInput = 0;
      for (let k = 0; k < log.count; k++) maxInput = Math.max(maxInput, log.f64[k * EVENT_SLOTS + EvSlot.inputSeq]!);
      released.push({ lastSeq, count: log.count, maxInput, durable: journal.durableSeq });
    },
  });
  const agent = new CoreAgent({ committer: pipe, source: simulatorFor(engine, { seed: 7, symbols: 2 }) });
  const i32 = new Int32Array(channel.sab);
  /** The sync thread's side: fdatasync the requested fd (or fail with `error`), then DONE = REQ. */
  const serve = (error?: string) => {
    assert.ok(channel.busy, 'a sync was requested');
    if (error === undefined) fs.fdatasyncSync(i32[2]!);
    else {
      const msg = new TextEncoder().encode(error);
      new Uint8Array(channel.sab).set(msg, 64);
      i32[3] = msg.length;
    }
    Atomics.store(i32, 1, Atomics.load(i32, 0));
  };
  return { engine, journal, channel, pipe, agent, released, serve };
}

test('pipelined commit: events wait for the sync that covers them, released in order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-pipe-'));
  const { journal, channel, pipe, agent, released, serve } = setup(dir);
  try {
    agent.doWork(100); // batch 1: written, its sync requested
    assert.equal(journal.writtenSeq, 100);
    assert.equal(journal.durableSeq, 0);
    assert.ok(pipe.inFlight && channel.busy);
    assert.equal(released.length, 0, 'no event before its sync');
    agent.doWork(50); // batch 2: written while batch 1's sync runs
    assert.equal(journal.writtenSeq, 150);
    assert.equal(pipe.heldBatches, 2);
    pipe.poll(); // the sync has not finished: nothing happens
    assert.equal(released.length, 0);
    serve();
    pipe.poll(); // batch 1's sync done: batch 1 only; the next sync (covering batch 2) starts
    assert.deepEqual(released.map((r) => [r.lastSeq, r.durable]), [[100, 100]]);
    assert.ok(released[0]!.count > 0 && released[0]!.maxInput === 100);
    assert.ok(pipe.inFlight && channel.busy);
    serve();
    pipe.poll();
    assert.deepEqual(released.map((r) => [r.lastSeq, r.durable]), [[100, 100], [150, 150]]);
    for (const r of released) assert.ok(r.maxInput <= r.durable, 'every released event has a durable input');
    assert.equal(pipe.inFlight, false);
    agent.doWork(10); // batch 3: its sync requested
    agent.doWork(5); // batch 4: written meanwhile
    serve(); // the sync thread finishes batch 3's sync before flush waits for it
    pipe.flush(); // synchronous: takes the sync in flight, then syncs the rest on this thread
    assert.equal(journal.durableSeq, 165);
    assert.deepEqual(released.map((r) => r.lastSeq), [100, 150, 160, 165]);
  } finally {
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pipelined commit: a failed sync releases nothing and fails the journal with JOURNAL_IO', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-pipe-'));
  const { journal, pipe, agent, released, serve } = setup(dir);
  try {
    agent.doWork(20);
    serve();
    pipe.poll();
    assert.deepEqual(released.map((r) => r.lastSeq), [20]);
    agent.doWork(30); // batch 2, sync requested
    agent.doWork(5); // batch 3, written meanwhile
    serve('EIO: i/o error, fdatasync');
    assert.throws(() => pipe.poll(), (e: unknown) => e instanceof BourseError && e.code === 'JOURNAL_IO' && /EIO/.test(e.message));
    assert.deepEqual(released.map((r) => r.lastSeq), [20], 'nothing after the failed sync');
    assert.equal(journal.durableSeq, 20);
    assert.throws(() => agent.doWork(1), (e: unknown) => e instanceof BourseError && e.code === 'JOURNAL_IO');
    assert.deepEqual(released.map((r) => r.lastSeq), [20]);
  } finally {
    journal.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pipelined commit: a sync thread marked dead (sync in flight, or none) fails the journal instead of waiting; flush() returns', () => {
  for (const inFlight of [true, false]) {
    const dir = mkdtempSync(join(tmpdir(), 'bourse-pipe-'));
    const { journal, channel, pipe, agent, released, serve } = setup(dir);
    try {
      agent.doWork(20);
      serve();
      pipe.poll();
      assert.deepEqual(released.map((r) => r.lastSeq), [20]);
      if (!inFlight) {
        channel.markDead('the journal\'s sync thread exited (code 1)');
        agent.doWork(10); // its sync request meets a dead channel: answered at once with the reason
      } else {
        agent.doWork(10); // the sync requested, then the thread dies before it answers
        assert.ok(channel.busy);
        channel.markDead('the journal\'s sync thread exited (code 1)');
      }
      assert.equal(channel.busy, false, 'a dead channel is never busy: no one would finish it');
      assert.throws(() => pipe.flush(), (e: unknown) => e instanceof BourseError && e.code === 'JOURNAL_IO' && /sync thread exited \(code 1\)/.test(e.message));
      assert.deepEqual(released.map((r) => r.lastSeq), [20], 'nothing released after the death');
      assert.equal(journal.durableSeq, 20);
    } finally {
      journal.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
