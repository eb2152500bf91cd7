/**
 * The two agents every driver runs: the core agent's duty cycle commits as told, and the MDP
 * agent's output does not depend on how its input was batched or on who drains it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Engine } from '../../server/engine/engine.ts';
import { EventLog, EVENT_SIZE } from '../../server/engine/events.ts';
import { CoreAgent } from '../../server/sequencer/core-agent.ts';
import { MdpAgent } from '../../server/mdp/mdp-agent.ts';
import { MD_SIZE } from '../../server/mdp/records.ts';
import { OrderFlow } from '../../server/sim/flow.ts';
import { FlowSource } from '../../server/apps/runtime/sources.ts';
import { Ring } from '../../server/bus/ring.ts';

/** Every engine event of `n` simulated inputs, in one log. */
function simulatedEvents(n: number, commitEvery: number): { log: EventLog; commits: number } {
  const flow = new OrderFlow({ seed: 5, symbols: 3, restingTarget: 50 });
  const log = new EventLog();
  let commits = 0;
  const core = CoreAgent.sync({
    engine: new Engine(),
    clock: () => flow.now,
    source: new FlowSource(flow),
    commitEvery,
    onDurable: (events) => {
      commits++;
      while ((log.count + events.count) * EVENT_SIZE > log.buffer.byteLength) log.grow();
      log.u8.set(events.bytes(), log.count * EVENT_SIZE);
      log.count += events.count;
    },
  });
  assert.equal(core.doWork(n), n);
  return { log, commits };
}

test('core agent: one group commit per commitEvery inputs and one for the rest; the batching changes no event', () => {
  const a = simulatedEvents(2500, 1000);
  assert.equal(a.commits, 3); // 1000 + 1000 + 500
  const b = simulatedEvents(2500, 7);
  assert.equal(b.commits, Math.ceil(2500 / 7));
  assert.equal(a.log.count, b.log.count);
  assert.deepEqual(a.log.bytes(), b.log.bytes());
});

test('MDP agent: same events, same records, whether fed whole, in small batches or through a ring', () => {
  const { log } = simulatedEvents(5000, 256);
  const hashOf = (feed: (agent: MdpAgent) => void): { md: string; records: number } => {
    const h = createHash('sha256');
    let records = 0;
    const agent = new MdpAgent({ sinks: [(f64, _i32, first, count) => { h.update(new Uint8Array(f64.buffer, f64.byteOffset + first * MD_SIZE, count * MD_SIZE)); records += count; }] });
    feed(agent);
    assert.equal(agent.mdp.out.count, 0, 'published records are cleared');
    return { md: h.digest('hex'), records };
  };
  const whole = hashOf((agent) => agent.consumeLog(log));
  const small = hashOf((agent) => {
    for (let k = 0; k < log.count; k += 13) agent.onEvents(log.f64, log.i32, k, Math.min(13, log.count - k));
  });
  const ringed = hashOf((agent) => {
    const ring = Ring.create(1024, EVENT_SIZE);
    const bytes = log.bytes();
    for (let k = 0; k < log.count; ) {
      const n = Math.min(300, log.count - k);
      ring.write(bytes.subarray(k * EVENT_SIZE, (k + n) * EVENT_SIZE), n);
      k += n;
      while (agent.doWork(ring) > 0);
    }
  });
  assert.ok(whole.records > 5000);
  assert.deepEqual(small, whole);
  assert.deepEqual(ringed, whole);
});

test('MDP agent: a sink added later sees only later records; a removed one sees none; without sinks records stay in mdp.out', () => {
  const { log } = simulatedEvents(400, 50);
  const half = Math.floor(log.count / 2);
  const agent = new MdpAgent();
  agent.onEvents(log.f64, log.i32, 0, half);
  const kept = agent.mdp.out.count;
  assert.ok(kept > 0);
  agent.mdp.out.clear();
  let seen = 0;
  let removedSaw = 0;
  agent.addSink((_f, _i, _first, count) => (seen += count));
  const remove = agent.addSink((_f, _i, _first, count) => (removedSaw += count));
  remove();
  agent.onEvents(log.f64, log.i32, half, log.count - half);
  assert.equal(seen, agent.mdp.lastMdSeq - kept);
  assert.equal(removedSaw, 0);
});
