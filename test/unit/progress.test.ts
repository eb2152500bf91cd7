/** The shared progress line (apps/runtime/progress.ts): position, rate, ETA; redrawn on a TTY, a line every few seconds otherwise. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress, formatEta } from '../../server/apps/runtime/progress.ts';

function sink(isTTY: boolean) {
  const out = { text: '', isTTY, write: (s: string) => (out.text += s) };
  return out;
}

test('not a terminal: quiet for 10 s, then one full line every 5 s with position, percent, rate and ETA; quick work prints nothing', () => {
  let now = 0;
  const out = sink(false);
  const p = new Progress('bourse replay', 2_000_000, { out, from: 0, now: () => now });
  for (let k = 1; k <= 20; k++) {
    now = k * 1000;
    p.update(k * 100_000);
  }
  const lines = out.text.trim().split('\n');
  assert.equal(lines.length, 3, out.text); // at 10 s, 15 s and 20 s
  assert.equal(lines[0], 'bourse replay  seq 1,000,000 / 2,000,000  50.0%  100,000 inputs/s  ETA 10 s');
  p.done(2_000_000);
  assert.match(out.text.trim().split('\n').at(-1)!, /^bourse replay {2}done at seq 2,000,000: 2,000,000 inputs in 20\.00 s \(100,000 inputs\/s\)$/);

  const quiet = sink(false);
  let t = 0;
  const q = new Progress('x', 10, { out: quiet, now: () => t });
  t = 9000;
  q.update(5);
  q.done(10);
  assert.equal(quiet.text, '');
});

test('a terminal: the line is redrawn in place (carriage return, padded over a longer one) and ended by done', () => {
  let now = 0;
  const out = sink(true);
  const p = new Progress('bourse start: recovery', 50_000_000, { out, from: 10_000_000, now: () => now });
  now = 500;
  p.update(11_000_000); // quiet in the first second
  now = 1000;
  p.update(12_000_000);
  now = 1300;
  p.update(13_000_000);
  assert.ok(out.text.startsWith('\rbourse start: recovery  seq 12,000,000 / 50,000,000  24.0%  2,000,000 inputs/s  ETA 19 s'), JSON.stringify(out.text));
  assert.equal(out.text.split('\r').length, 3);
  assert.ok(!out.text.includes('\n'));
  p.done(50_000_000);
  assert.ok(out.text.endsWith('\n'));
});

test('ETA text', () => {
  assert.equal(formatEta(0.2), '1 s');
  assert.equal(formatEta(75), '1 min 15 s');
  assert.equal(formatEta(7300), '2 h 2 min');
  assert.equal(formatEta(Infinity), '?');
});

test('no known end (an import counting trades): count and rate, no percent or ETA', () => {
  let now = 0;
  const out = sink(false);
  const p = new Progress('bourse bars import', 0, { out, unit: 'trades', from: 0, now: () => now, everyMs: 1000, quietMs: 1000 });
  now = 500;
  p.update(1000);
  now = 2000;
  p.update(8000);
  assert.equal(out.text, 'bourse bars import  8,000 trades  4,000 trades/s\n');
  p.done(9000);
  assert.match(out.text, /bourse bars import {2}done: 9,000 trades in 2\.00 s \(4,500 trades\/s\)\n$/);
});
