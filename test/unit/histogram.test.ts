import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Histogram, RELATIVE_ERROR } from '../../server/kernel/histogram.ts';

// Deterministic data: mulberry32, so a failure reproduces.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exact(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

const PS = [0, 0.1, 1, 10, 25, 50, 75, 90, 99, 99.9, 99.99, 100];

const datasets: Array<[string, (r: () => number) => number]> = [
  ['uniform 0..1e6', (r) => Math.floor(r() * 1e6)],
  ['small ints (exact range)', (r) => Math.floor(r() * 256)],
  ['log-normal latencies (ns)', (r) => Math.floor(Math.exp(6 + 1.5 * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())))],
  ['heavy tail past 2^32', (r) => Math.floor(100 * (1 - r()) ** -3)],
];

for (const [name, draw] of datasets) {
  test(`percentiles match exact sorted percentiles within RELATIVE_ERROR: ${name}`, () => {
    const r = rng(name.length * 7919);
    const h = new Histogram();
    const values: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      const v = Math.min(draw(r), 2 ** 44 - 1);
      values.push(v);
      h.record(v);
    }
    values.sort((a, b) => a - b);
    assert.equal(h.count, values.length);
    assert.equal(h.min, values[0]);
    assert.equal(h.max, values[values.length - 1]);
    for (const p of PS) {
      const want = exact(values, p);
      const got = h.percentile(p);
      assert.ok(Math.abs(got - want) <= want * RELATIVE_ERROR + 1e-9, `p${p}: got ${got}, exact ${want}`);
    }
  });
}

test('values below 256 are counted exactly', () => {
  const h = new Histogram();
  for (let v = 0; v < 256; v++) h.record(v);
  for (let v = 0; v < 256; v++) assert.equal(h.percentile(((v + 1) / 256) * 100), v);
});

test('fractions are truncated, negatives and NaN count as zero', () => {
  const h = new Histogram();
  h.record(7.9);
  h.record(-5);
  h.record(Number.NaN);
  assert.equal(h.count, 3);
  assert.equal(h.min, 0);
  assert.equal(h.max, 7);
  assert.equal(h.percentile(100), 7);
  assert.equal(h.percentile(50), 0);
});

test('merge equals recording everything into one histogram', () => {
  const r = rng(42);
  const a = new Histogram();
  const b = new Histogram();
  const all = new Histogram();
  for (let i = 0; i < 20_000; i++) {
    const v = Math.floor(r() * 5e6);
    (i % 3 === 0 ? a : b).record(v);
    all.record(v);
  }
  a.merge(b);
  assert.equal(a.count, all.count);
  assert.equal(a.min, all.min);
  assert.equal(a.max, all.max);
  assert.equal(a.sum, all.sum);
  assert.deepEqual(Array.from(a.counts), Array.from(all.counts));
  for (const p of PS) assert.equal(a.percentile(p), all.percentile(p));
});

test('empty histogram reports zeros; reset empties it', () => {
  const h = new Histogram();
  assert.equal(h.percentile(99), 0);
  assert.equal(h.mean(), 0);
  h.record(1000);
  h.record(3000);
  assert.equal(h.mean(), 2000);
  h.reset();
  assert.equal(h.count, 0);
  assert.equal(h.percentile(50), 0);
});
