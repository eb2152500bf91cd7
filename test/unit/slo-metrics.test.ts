/**
 * The pieces behind /metrics: the shared-memory histogram (exact buckets, PromQL-like quantiles,
 * a view from another thread sees the writer's samples), the SLO windows (burn rate, budget,
 * bounded slots that forget), the SLO file's validation, and the exposition parser of
 * `bourse status`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SharedHistogram, histogramBlock, quantileUs, LATENCY_BOUNDS_US } from '../../server/kernel/shared-histogram.ts';
import { SloWindow, SloTracker, sloConfig, loadSloConfig, DEFAULT_SLO } from '../../server/apps/runtime/slo.ts';
import { Metrics } from '../../server/http/metrics.ts';
import { registerSloMetrics } from '../../server/apps/runtime/exchange-metrics.ts';
import { parseExposition } from '../../server/apps/commands/status.ts';
import { BourseError } from '../../server/kernel/errors.ts';

test('shared histogram: each value lands in the first bucket whose bound is >= it; +Inf past 10 s; negatives count as 0', () => {
  const h = new SharedHistogram(histogramBlock(2), 1);
  for (const v of [0, 1, 1.0001, 2.5, 3, 10_000, 10_000_000, 10_000_001, -5, NaN]) h.record(v);
  const s = h.snapshot();
  const at = (us: number) => s.cumulative[LATENCY_BOUNDS_US.indexOf(us)]!;
  assert.equal(s.count, 10);
  assert.equal(at(1), 4, '0, 1, -5 and NaN (as 0) are <= 1 µs');
  assert.equal(at(2.5), 6, '1.0001 and 2.5');
  assert.equal(at(5), 7, '3');
  assert.equal(at(10_000), 8);
  assert.equal(at(10_000_000), 9);
  assert.equal(s.cumulative[LATENCY_BOUNDS_US.length], 10, '+Inf = count');
  assert.equal(h.countAtOrBelow(5), 7);
  assert.equal(h.total(), 10);
  assert.equal(s.sumUs, 0 + 1 + 1.0001 + 2.5 + 3 + 10_000 + 10_000_000 + 10_000_001);
  assert.equal(new SharedHistogram(histogramBlock(2), 0).total(), 0, 'histogram 0 of the block is untouched');
});

test('quantileUs interpolates inside the bucket as histogram_quantile does', () => {
  const h = new SharedHistogram(histogramBlock(1), 0);
  for (let i = 0; i < 100; i++) h.record(i < 50 ? 80 : 400); // 50 in (50,100], 50 in (250,500]
  const s = h.snapshot();
  assert.equal(quantileUs(s, 0.5), 100, 'rank 50 is the top of the (50,100] bucket');
  assert.equal(quantileUs(s, 0.25), 75, 'half way into (50,100]');
  assert.equal(quantileUs(s, 0.99), 250 + 250 * (49 / 50));
  assert.ok(Number.isNaN(quantileUs(new SharedHistogram(histogramBlock(1), 0).snapshot(), 0.5)));
});

test('a histogram written by another thread is read here through the shared block', async () => {
  const sab = histogramBlock(1);
  const url = new URL('../../server/kernel/shared-histogram.ts', import.meta.url).href;
  const w = new Worker(`import(${JSON.stringify(url)}).then(({ SharedHistogram }) => { const h = new SharedHistogram(require('node:worker_threads').workerData, 0); for (let i = 1; i <= 1000; i++) h.record(i); })`, { eval: true, workerData: sab });
  await new Promise((r) => w.once('exit', r));
  const h = new SharedHistogram(sab, 0);
  assert.equal(h.total(), 1000);
  assert.equal(h.countAtOrBelow(500), 500);
  assert.equal(h.snapshot().sumUs, 500_500);
});

test('SLO window: burn rate and budget from good/bad events; old minutes are forgotten; memory is fixed', () => {
  const w = new SloWindow(0.99, 1); // 1 day = 1440 slots
  const t0 = Date.UTC(2026, 0, 1);
  assert.equal(w.burnRate(t0, 5), 0);
  assert.equal(w.budgetRemaining(t0), 1, 'no events: budget untouched');
  w.add(t0, 99, 1); // 1% bad = exactly the budget's rate
  assert.ok(Math.abs(w.burnRate(t0, 5) - 1) < 1e-9);
  assert.ok(Math.abs(w.budgetRemaining(t0)) < 1e-9, 'spent at exactly the objective');
  w.add(t0 + 10 * 60_000, 100, 0);
  assert.ok(Math.abs(w.burnRate(t0 + 10 * 60_000, 5) - 0) < 1e-9, 'the 5m window no longer holds the bad minute');
  assert.ok(Math.abs(w.burnRate(t0 + 10 * 60_000, 60) - 0.5) < 1e-9, '1 bad in 200 over the hour');
  assert.ok(Math.abs(w.budgetRemaining(t0 + 10 * 60_000) - 0.5) < 1e-9);
  const later = t0 + 2 * 86_400_000; // two days on: the slot ring wrapped, nothing left
  assert.equal(w.burnRate(later, 1440), 0);
  assert.equal(w.budgetRemaining(later), 1);
  assert.equal(w.totalGood, 199);
  assert.equal(w.totalBad, 1);
});

test('SLO tracker: availability by the second, latency events from histogram deltas, feed recovery from retransmission and the snapshot loop', () => {
  const t = new SloTracker(sloConfig({ feedRecovery: { withinSeconds: 2 } }));
  const feed = { up: true, sendErrors: 0, rtRequests: 0, rtServed: 0, rtMalformed: 0, rtRateLimited: 0, snapshotCycles: 1 };
  const base = { coreUp: true, mdpUp: true, inputs: 0, mdFolded: 0, mdPublished: 0, acks: 0, acksGood: 0, mdRecords: 0, mdRecordsGood: 0, feed };
  const t0 = Date.UTC(2026, 0, 1);
  t.probe(t0, base);
  t.probe(t0 + 1000, { ...base, acks: 100, acksGood: 90, mdRecords: 10, mdRecordsGood: 10, mdPublished: 50, feed: { ...feed, rtRequests: 5, rtServed: 3, rtMalformed: 1, snapshotCycles: 2 } });
  t.probe(t0 + 2000, { ...base, coreUp: false, acks: 100, acksGood: 90, mdRecords: 10, mdRecordsGood: 10, mdFolded: 10, mdPublished: 60, feed: { ...feed, rtRequests: 5, rtServed: 3, rtMalformed: 1, snapshotCycles: 2 } });
  const w = t.windows;
  assert.deepEqual([w.order_entry_availability.totalGood, w.order_entry_availability.totalBad], [2, 1]);
  assert.deepEqual([w.market_data_availability.totalGood, w.market_data_availability.totalBad], [2, 1], 'the third second: main folded 10 of the 50 published a second before');
  assert.deepEqual([w.ack_latency.totalGood, w.ack_latency.totalBad], [90, 10]);
  assert.deepEqual([w.md_staleness.totalGood, w.md_staleness.totalBad], [10, 0]);
  // requests: 5 - 1 malformed = 4 servable, 3 served -> 3 good, 1 bad; and 3 good seconds (a snapshot cycle within 2 s each time)
  assert.deepEqual([w.feed_recovery.totalGood, w.feed_recovery.totalBad], [3 + 3, 1]);
  t.probe(t0 + 5000, { ...base, acks: 100, acksGood: 90, mdRecords: 10, mdRecordsGood: 10, mdFolded: 60, mdPublished: 60, feed: { ...feed, rtRequests: 5, rtServed: 3, rtMalformed: 1, snapshotCycles: 2 } });
  assert.equal(w.feed_recovery.totalBad, 2, 'no snapshot cycle for 4 s > withinSeconds 2: a bad second');
});

test('SLO metrics: objective, burn rates for 5m/1h/6h/3d and the remaining budget on /metrics', async () => {
  const t = new SloTracker(sloConfig());
  const now = Date.UTC(2026, 0, 1);
  t.windows.ack_latency.add(now, 98, 2);
  const m = new Metrics();
  registerSloMetrics(m, t, { ack_latency: 0.005 }, () => now);
  const s = parseExposition(await m.render());
  const v = (name: string, labels: Record<string, string>) => s.find((x) => x.name === name && Object.entries(labels).every(([k, l]) => x.labels[k] === l))!.value;
  for (const window of ['5m', '1h', '6h', '3d']) assert.ok(Math.abs(v('bourse_slo_burn_rate', { slo: 'ack_latency', window }) - 2) < 1e-9, window);
  assert.ok(Math.abs(v('bourse_slo_error_budget_remaining_ratio', { slo: 'ack_latency' }) - -1) < 1e-9, '2% bad against a 1% budget: overspent by one budget');
  assert.equal(v('bourse_slo_error_budget_remaining_ratio', { slo: 'order_entry_availability' }), 1);
  assert.equal(v('bourse_slo_objective_ratio', { slo: 'order_entry_availability' }), 0.9999);
  assert.equal(v('bourse_slo_events_total', { slo: 'ack_latency' }), 100);
  assert.equal(v('bourse_slo_bad_events_total', { slo: 'ack_latency' }), 2);
  assert.equal(v('bourse_slo_latency_threshold_seconds', { slo: 'ack_latency' }), 0.005);
  assert.equal(v('bourse_slo_window_seconds', {}), 30 * 86_400);
});

test('SLO file: defaults fill what is left out; every bad value is SLO_BAD_CONFIG naming it', () => {
  assert.deepEqual(sloConfig({}), DEFAULT_SLO);
  assert.equal(sloConfig({ ackLatency: { thresholdMs: 2.5 } }).ackLatency.thresholdMs, 2.5);
  assert.equal(sloConfig({ ackLatency: { thresholdMs: 2.5 } }).ackLatency.objective, 0.99);
  const bad = (raw: unknown, re: RegExp) => assert.throws(() => sloConfig(raw), (e: BourseError) => e.code === 'SLO_BAD_CONFIG' && re.test(e.message), JSON.stringify(raw));
  bad([], /JSON object/);
  bad({ nope: 1 }, /unknown key "nope"/);
  bad({ ackLatency: { thresholdMs: 3 } }, /ackLatency\.thresholdMs must be one of the histogram bounds/);
  bad({ ackLatency: { objective: 1 } }, /ackLatency\.objective must be a ratio/);
  bad({ orderEntryAvailability: { objective: '0.9' } }, /orderEntryAvailability\.objective/);
  bad({ mdStaleness: { p99: 1 } }, /mdStaleness: unknown key "p99"/);
  bad({ windowDays: 0 }, /windowDays must be an integer from 1 to 90/);
  bad({ feedRecovery: { withinSeconds: 1.5 } }, /feedRecovery\.withinSeconds/);
  const dir = mkdtempSync(join(tmpdir(), 'bourse-slo-'));
  try {
    writeFileSync(join(dir, 'a.json'), '{"windowDays": 7}');
    assert.equal(loadSloConfig(join(dir, 'a.json')).windowDays, 7);
    writeFileSync(join(dir, 'b.json'), '{oops');
    assert.throws(() => loadSloConfig(join(dir, 'b.json')), (e: BourseError) => e.code === 'SLO_BAD_CONFIG' && /not JSON/.test(e.message));
    assert.throws(() => loadSloConfig(join(dir, 'missing.json')), (e: BourseError) => e.code === 'SLO_BAD_CONFIG' && /missing\.json/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('histograms on /metrics: cumulative le buckets in seconds, _sum in seconds, _count', async () => {
  const h = new SharedHistogram(histogramBlock(1), 0);
  h.record(3);
  h.record(3_000);
  const m = new Metrics();
  m.histogram('bourse_test_seconds', 'test', () => [[{ from: 'stamp' }, h.snapshot()]]);
  const text = await m.render();
  assert.match(text, /^# TYPE bourse_test_seconds histogram$/m);
  assert.match(text, /^bourse_test_seconds_bucket\{from="stamp",le="0\.000001"\} 0$/m);
  assert.match(text, /^bourse_test_seconds_bucket\{from="stamp",le="0\.000005"\} 1$/m);
  assert.match(text, /^bourse_test_seconds_bucket\{from="stamp",le="0\.005"\} 2$/m);
  assert.match(text, /^bourse_test_seconds_bucket\{from="stamp",le="\+Inf"\} 2$/m);
  assert.match(text, /^bourse_test_seconds_sum\{from="stamp"\} 0\.003003$/m);
  assert.match(text, /^bourse_test_seconds_count\{from="stamp"\} 2$/m);
  const parsed = parseExposition(text).filter((s) => s.name === 'bourse_test_seconds_bucket');
  assert.equal(parsed.length, LATENCY_BOUNDS_US.length + 1);
});

test('shared histogram: the table lookup puts every value where a naive search does (bounds, just above and below, random, huge)', () => {
  const B = LATENCY_BOUNDS_US;
  const naive = (v: number) => {
    const i = B.findIndex((b) => b >= (v > 0 ? v : 0));
    return i < 0 ? B.length : i;
  };
  let seed = 1;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const values = [...B, ...B.map((b) => b + 1e-9), ...B.map((b) => b - 1e-9), 0, 0.5, 1e7 + 1, 2 ** 24, 2 ** 40, -1];
  for (let i = 0; i < 20_000; i++) values.push(Math.exp(rnd() * Math.log(2e7)));
  for (const v of values) {
    const h = new SharedHistogram(histogramBlock(1), 0);
    h.record(v);
    const got = Array.from(h.f64.subarray(2)).findIndex((c) => c === 1);
    assert.equal(got, naive(v), `value ${v}`);
  }
  const h = new SharedHistogram(histogramBlock(1), 0);
  h.recordN(7, 3);
  assert.equal(h.countAtOrBelow(10), 3);
  assert.equal(h.snapshot().sumUs, 21);
});
