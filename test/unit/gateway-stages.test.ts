/**
 * Per-stage timing of sampled NewOrders (server/gateway/stages.ts): 1 order in N is sampled, its
 * hand-off follows partial ring writes, answers match the in-flight FIFO's head only, the join
 * with the core's commit timeline gives eight stages that sum to the total, a head whose answer
 * never comes is dropped (counted), and the sampling rate is validated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StageSampler, CommitTimeline, stageBlocks, stageSamples, stageReport, wallUs, STAGES } from '../../server/gateway/stages.ts';
import { gatewayOptions } from '../../server/gateway/gateway.ts';

test('stages: sampling, partial hand-off, FIFO answers, join with the commits, stage sum = total', () => {
  const b = stageBlocks(8, 8);
  const s = new StageSampler(b, 2);
  const core = new CommitTimeline(b);
  const rx = performance.now() - 50;
  for (let i = 0; i < 4; i++) s.received(1, i + 1, rx + i, i); // orders 1 and 3 are sampled (1 in 2)
  s.handedOff(2); // commands 0, 1 written: order 1 handed off; order 3 is now command 0 of the rest
  s.handedOff(2);
  const t = wallUs();
  core.cycleUs = t;
  core.startUs = t + 2;
  core.committed(10, t + 3, t + 4);
  while (wallUs() < t + 6) {
    /* the answers are derived after their read began */
  }
  s.readUs = t + 5;
  s.answered(1, 2, 6, t + 1); // not sampled: ignored
  s.answered(1, 1, 5, t + 1);
  s.answered(1, 3, 7, t + 1.5);
  while (wallUs() < t + 20) {
    /* the written time comes after every stage above */
  }
  s.written();
  const { samples, incomplete } = stageSamples(b);
  assert.equal(incomplete, 0);
  assert.equal(samples.length, 2);
  for (const x of samples) {
    assert.equal(x.stage.commit, 1);
    assert.equal(x.stage.core_rings, 1);
    assert.equal(x.stage.gw_wake, 1);
    assert.ok(x.stage.gw_derive > 0 && x.stage.gw_derive + x.stage.gw_write >= 15);
    assert.ok(x.inProcess > 4);
    assert.ok(x.stage.gw_parse > 0);
    const sum = STAGES.reduce((a, [n]) => a + x.stage[n], 0);
    assert.ok(Math.abs(sum - x.total) < 1e-3, `${sum} vs ${x.total}`);
  }
  assert.equal(samples[0]!.stage.core_drain, 1);
  assert.equal(samples[0]!.stage.core_apply, 1);
  assert.equal(samples[1]!.stage.core_drain, 1.5);
  const r = stageReport(b);
  assert.equal(r.samples, 2);
  assert.equal(r.steady.samples, 2);
  assert.equal(stageReport(b, 0, 10_000_000).steady.samples, 0);
  assert.deepEqual(r.series.t_s, [0]);
  assert.deepEqual(r.series.count, [2]);
});

test('stages: a head never answered is dropped once an answer comes 10 s after its receipt; bounded logs', () => {
  const b = stageBlocks(4, 4);
  const s = new StageSampler(b, 1);
  const rx = performance.now();
  s.received(1, 1, rx, 0);
  s.received(2, 1, rx, 1);
  s.handedOff(2);
  const t = (performance.timeOrigin + rx) * 1000;
  s.answered(2, 1, 3, t + 1000); // not the head, and the head is recent: nothing
  assert.equal(s.dropped, 0);
  s.answered(2, 1, 3, t + 11e6); // the head is 11 s old: dropped, then (2, 1) matches
  assert.equal(s.dropped, 1);
  s.written();
  // The commit covering seq 3 is not there: the sample is incomplete, not wrong.
  assert.equal(stageSamples(b).incomplete, 2);
  for (let i = 0; i < 20; i++) s.received(3, i, rx, i); // more than the ring holds: the oldest are overwritten
  assert.equal(new Float64Array(b.samples)[0], 22);
  assert.equal(stageSamples(b).samples.length + stageSamples(b).incomplete, 4);
});

test('stages: stageSample must be 0 or a power of two', () => {
  assert.equal(gatewayOptions({ stageSample: 64 }).stageSample, 64);
  assert.equal(gatewayOptions({}).stageSample, 0);
  assert.throws(() => gatewayOptions({ stageSample: 48 }), /GW_BAD_OPTION|power of two/);
  assert.throws(() => gatewayOptions({ stageSample: -1 }), /GW_BAD_OPTION|integer/);
});
