/**
 * MDP snapshots (mdp/state-io.ts, saveState/loadState of Mdp, L2Books, CandleBuilder): an MDP
 * restored at input K and fed the events after K publishes, byte for byte, the records the
 * uninterrupted MDP published after K; its own saved state equals the original's; and every kind
 * of damage is refused with MDP_STATE_CORRUPT naming the section.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Engine } from '../../server/engine/engine.ts';
import { EventLog, EVENT_SLOTS } from '../../server/engine/events.ts';
import { OrderFlow } from '../../server/sim/flow.ts';
import { Mdp } from '../../server/mdp/mdp.ts';
import { MD_SLOTS } from '../../server/mdp/records.ts';
import { StateReader, StateWriter } from '../../server/mdp/state-io.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { crc32 } from '../../server/kernel/crc32.ts';

/** Engine events per input for `n` simulated inputs (with clock ticks from the flow, so bars close). */
function inputs(n: number, seed = 7): EventLog[] {
  const flow = new OrderFlow({ seed, symbols: 5, restingTarget: 300 });
  const engine = new Engine();
  const buf = new Uint8Array(96);
  const out: EventLog[] = [];
  for (let k = 0; k < n; k++) {
    flow.next(buf, 0);
    engine.apply(buf, 0);
    const log = new EventLog(engine.out.count + 1);
    log.f64.set(engine.out.f64.subarray(0, engine.out.count * EVENT_SLOTS));
    log.count = engine.out.count;
    out.push(log);
    flow.observe(engine.out);
    engine.out.clear();
  }
  return out;
}

/** Feeds inputs[from..to) and returns the sha256 of the records published. */
function feed(mdp: Mdp, logs: EventLog[], from: number, to: number): string {
  const h = createHash('sha256');
  for (let k = from; k < to; k++) {
    mdp.consumeLog(logs[k]!);
    h.update(new Uint8Array(mdp.out.f64.buffer, 0, mdp.out.count * MD_SLOTS * 8));
    mdp.out.clear();
  }
  return h.digest('hex');
}

const save = (mdp: Mdp): Uint8Array => {
  const w = new StateWriter();
  mdp.saveState(w);
  return w.finish();
};

const LOGS = inputs(30_000);

test('an MDP restored at input K publishes after K exactly the bytes of the uninterrupted one; saved state round-trips unchanged', () => {
  for (const k of [0, 1, 5_000, 17_321, 29_999]) {
    const a = new Mdp();
    feed(a, LOGS, 0, k);
    const bytes = save(a);
    const tailA = feed(a, LOGS, k, LOGS.length);

    const b = new Mdp();
    b.loadState(new StateReader(bytes));
    assert.deepEqual(save(b), bytes, `state saved after loading equals the state loaded (K=${k})`);
    const tailB = feed(b, LOGS, k, LOGS.length);
    assert.equal(tailB, tailA, `records after K=${k}`);
    assert.equal(b.lastMdSeq, a.lastMdSeq);
    assert.deepEqual(save(b), save(a), `states after the tail (K=${k})`);
    assert.deepEqual(b.marketSeed(), a.marketSeed());
  }
});

test('the snapshot holds books, open bars, MD seq, instruments and tapes', () => {
  const a = new Mdp();
  feed(a, LOGS, 0, 20_000);
  const b = new Mdp();
  b.loadState(new StateReader(save(a)));
  assert.ok(a.lastMdSeq > 20_000);
  assert.equal(b.lastMdSeq, a.lastMdSeq);
  assert.equal(b.lastInputSeq, a.lastInputSeq);
  assert.deepEqual(b.instrumentList(), a.instrumentList());
  for (const i of a.instrumentList()) {
    assert.deepEqual(b.snapshot(i.symbol), a.snapshot(i.symbol));
    assert.deepEqual(b.lastTrades(i.symbol, 100), a.lastTrades(i.symbol, 100));
    for (let iv = 0; iv < 6; iv++) assert.deepEqual(b.currentBar(i.symbol, iv), a.currentBar(i.symbol, iv));
  }
  const first = a.instrumentList()[0]!.symbol;
  assert.ok(a.snapshot(first)!.bids.length > 0 && a.currentBar(first, 0) !== undefined, 'the market is not empty');
});

/** Offsets of the sections: [tag, start, bodyLength]. */
function sections(bytes: Uint8Array): [string, number, number][] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset);
  const out: [string, number, number][] = [];
  for (let at = 0; at < bytes.length; ) {
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    const len = dv.getUint32(at + 8, true);
    out.push([tag, at, len]);
    at += 16 + len;
  }
  return out;
}

test('damage is refused with MDP_STATE_CORRUPT naming the section: a flipped byte, a newer version, a wrong tag, a cut', () => {
  const a = new Mdp();
  feed(a, LOGS, 0, 10_000);
  const good = save(a);
  const secs = sections(good);
  assert.deepEqual(secs.map((s) => s[0]), ['MDP ', 'L2BK', 'CNDL', 'DAYS']);
  // A snapshot written before day summaries (no 'DAYS' section) still loads: every session starts empty.
  new Mdp().loadState(new StateReader(good.slice(0, secs[3]![1]), 'mdp-old.bin'));
  const refused = (bytes: Uint8Array, re: RegExp) =>
    assert.throws(() => new Mdp().loadState(new StateReader(bytes, 'mdp-x.bin')), (e: unknown) => e instanceof BourseError && e.code === 'MDP_STATE_CORRUPT' && re.test(e.message));
  for (const [tag, at, len] of secs) {
    const flipped = good.slice();
    flipped[at + 16 + (len >> 1)]! ^= 0x40;
    refused(flipped, new RegExp(`mdp-x.bin: section ${tag}: crc mismatch`));
    const newer = good.slice();
    new DataView(newer.buffer).setUint32(at + 4, 99, true);
    refused(newer, new RegExp(`section ${tag}: unsupported version 99`));
  }
  const wrongTag = good.slice();
  wrongTag[secs[1]![1]] = 'X'.charCodeAt(0);
  refused(wrongTag, /expected section L2BK, found X2BK/);
  refused(good.slice(0, secs[2]![1] + 20), /section CNDL: says \d+ body bytes/);
  refused(good.slice(0, secs[2]![1]), /expected section CNDL, found the end/);
  // A valid CRC over a body that lies (a level with quantity 0) is caught by the component.
  const lie = good.slice();
  const [, l2at, l2len] = secs[1]!;
  const dv = new DataView(lie.buffer);
  // First symbol's bid array: u32 count, u32 symbol... find the first level triple by scanning for a positive qty.
  let patched = false;
  for (let off = l2at + 16 + 24; off + 8 <= l2at + 16 + l2len && !patched; off += 8) {
    const v = dv.getFloat64(off, true);
    const next = dv.getFloat64(off + 8, true);
    if (v > 1000 && Number.isInteger(v) && next > 0 && Number.isInteger(next)) {
      dv.setFloat64(off + 8, 0, true); // qty of the first level
      patched = true;
    }
  }
  assert.ok(patched);
  dv.setUint32(l2at + 12, crc32(lie, l2at + 16, l2at + 16 + l2len), true);
  refused(lie, /section L2BK: symbol \d+: level \d+ .* is empty or out of order|book checksum/);
});

test('saveState refuses the middle of an input (the books and the records must agree)', () => {
  const a = new Mdp();
  feed(a, LOGS, 0, 100);
  const log = LOGS.find((l, k) => k > 100 && l.count > 1)!;
  a.consume(log.f64, log.i32, 0, 1);
  assert.equal(a.atInputBoundary, false);
  assert.throws(() => a.saveState(new StateWriter()), (e: unknown) => e instanceof BourseError && e.code === 'INVARIANT');
});
