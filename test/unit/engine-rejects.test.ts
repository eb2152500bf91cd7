/**
 * Table-driven rejects: every bad input gets its registered code, the book is unchanged, and
 * replaying the same inputs gives the same outcome.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../server/engine/engine.ts';
import { Cmd, type Command } from '../../server/engine/commands.ts';
import { decodeEvents, Ev } from '../../server/engine/events.ts';
import { Errors, errorName } from '../../server/kernel/errors.ts';
import { ReferenceEngine } from '../support/reference-engine.ts';
import { stream, define } from '../support/commands.ts';

// Symbol 1 "AAA": tick 10, lot 5, maxQty 1000, ref 1000, band 10% -> prices 900..1100.
const SETUP: Command[] = [
  define(1, 'AAA', { tick: 10, lot: 5, maxQty: 1000, refPrice: 1000, bandBps: 1000 }),
  define(2, 'HLT'),
  { type: Cmd.SetStatus, symbol: 2, status: 2 },
  { type: Cmd.NewOrder, symbol: 1, side: 1, ordType: 1, tif: 1, price: 990, qty: 50, account: 7, clientOrderId: 1 }, // seq 4, rests
  { type: Cmd.NewOrder, symbol: 1, side: 2, ordType: 1, tif: 1, price: 1010, qty: 50, account: 8, clientOrderId: 1 }, // seq 5, rests
];
const order = (o: Partial<Extract<Command, { type: 1 }>>): Command => ({ type: Cmd.NewOrder, symbol: 1, side: 1, ordType: 1, tif: 1, price: 980, qty: 10, account: 9, clientOrderId: 1, ...o } as Command);

const CASES: [string, Command, keyof typeof Errors][] = [
  ['unknown symbol', order({ symbol: 3 }), 'UNKNOWN_SYMBOL'],
  ['symbol id out of range', order({ symbol: 70000 }), 'UNKNOWN_SYMBOL'],
  ['halted symbol', order({ symbol: 2, price: 1000, qty: 1 }), 'SYMBOL_HALTED'],
  ['zero quantity', order({ qty: 0 }), 'QTY_NOT_POSITIVE'],
  ['negative quantity', order({ qty: -5 }), 'QTY_NOT_POSITIVE'],
  ['NaN quantity', order({ qty: Number.NaN }), 'QTY_NOT_POSITIVE'],
  ['not a whole number of lots', order({ qty: 12 }), 'QTY_NOT_LOT_MULTIPLE'],
  ['fractional quantity', order({ qty: 7.5 }), 'QTY_NOT_LOT_MULTIPLE'],
  ['above the maximum', order({ qty: 1005 }), 'QTY_ABOVE_MAX'],
  ['zero price', order({ price: 0 }), 'PRICE_NOT_POSITIVE'],
  ['negative price', order({ price: -990 }), 'PRICE_NOT_POSITIVE'],
  ['off tick', order({ price: 985 }), 'PRICE_OFF_TICK'],
  ['fractional price', order({ price: 990.5 }), 'PRICE_OFF_TICK'],
  ['below the band', order({ price: 890 }), 'PRICE_OUTSIDE_BAND'],
  ['above the band', order({ price: 1110, side: 2 }), 'PRICE_OUTSIDE_BAND'],
  ['duplicate client order id of a live order', order({ account: 7, clientOrderId: 1 }), 'DUPLICATE_CLIENT_ORDER_ID'],
  ['bad side', order({ side: 3 as 1 }), 'BAD_SIDE'],
  ['bad order type', order({ ordType: 0 as 1 }), 'BAD_ORDER_TYPE'],
  ['bad time in force', order({ tif: 9 as 1 }), 'BAD_TIME_IN_FORCE'],
  ['account zero', order({ account: 0 }), 'BAD_ACCOUNT'],
  ['account too large', order({ account: 2 ** 21 }), 'BAD_ACCOUNT'],
  ['cancel of an unknown order', { type: Cmd.Cancel, symbol: 1, orderId: 999, account: 7 }, 'UNKNOWN_ORDER'],
  ['cancel of another account\'s order', { type: Cmd.Cancel, symbol: 1, orderId: 4, account: 8 }, 'UNKNOWN_ORDER'],
  ['cancel naming the wrong symbol', { type: Cmd.Cancel, symbol: 2, orderId: 4, account: 7 }, 'UNKNOWN_ORDER'],
  ['cancel on an unknown symbol', { type: Cmd.Cancel, symbol: 44, orderId: 4, account: 7 }, 'UNKNOWN_SYMBOL'],
  ['modify of an unknown order', { type: Cmd.Modify, symbol: 1, orderId: 999, account: 7, price: 990, qty: 10 }, 'UNKNOWN_ORDER'],
  ['modify to zero quantity', { type: Cmd.Modify, symbol: 1, orderId: 4, account: 7, price: 990, qty: 0 }, 'QTY_NOT_POSITIVE'],
  ['modify off tick', { type: Cmd.Modify, symbol: 1, orderId: 4, account: 7, price: 991, qty: 10 }, 'PRICE_OFF_TICK'],
  ['modify outside the band', { type: Cmd.Modify, symbol: 1, orderId: 4, account: 7, price: 800, qty: 10 }, 'PRICE_OUTSIDE_BAND'],
  ['status of an unknown symbol', { type: Cmd.SetStatus, symbol: 9, status: 2 }, 'UNKNOWN_SYMBOL'],
  ['unknown status', { type: Cmd.SetStatus, symbol: 1, status: 5 as 1 }, 'BAD_STATUS'],
  ['instrument id taken', define(1, 'NEW'), 'INSTRUMENT_EXISTS'],
  ['instrument name taken', define(5, 'AAA'), 'INSTRUMENT_EXISTS'],
  ['instrument with a bad name', define(5, 'lower'), 'BAD_INSTRUMENT'],
  ['instrument with ref off tick', define(5, 'OK', { tick: 10, refPrice: 1005 }), 'BAD_INSTRUMENT'],
  ['instrument with zero lot', define(5, 'OK', { lot: 0 }), 'BAD_INSTRUMENT'],
  ['instrument with band over 100%', define(5, 'OK', { bandBps: 10001 }), 'BAD_INSTRUMENT'],
];

for (const [name, cmd, code] of CASES) {
  test(`reject: ${name} -> ${code}`, () => {
    const { buf, offsets } = stream([...SETUP, cmd]);
    const run = (kind: 'engine' | 'reference' = 'engine') => {
      const e = kind === 'engine' ? new Engine() : new ReferenceEngine();
      for (const at of offsets.slice(0, -1)) e.apply(buf, at);
      const before = e.stateBytes();
      e.out.clear();
      e.apply(buf, offsets[offsets.length - 1]!);
      const evs = decodeEvents(e.out);
      return { e, before, evs };
    };
    const a = run();
    assert.equal(a.evs.length, 1, `one event: ${JSON.stringify(a.evs)}`);
    assert.equal(a.evs[0]!.type, Ev.Rejected);
    assert.equal(errorName(a.evs[0]!.code), code);
    assert.equal(a.evs[0]!.inputSeq, SETUP.length + 1);
    // The book is unchanged except the counters (last input seq, event seq, time).
    const after = a.e.stateBytes();
    assert.deepEqual(after.subarray(40), a.before.subarray(40));
    const b = run();
    assert.deepEqual(b.e.out.bytes(), a.e.out.bytes(), 'same outcome on replay');
    // The reference engine (written from the rules) rejects the same way, byte for byte.
    const r = run('reference');
    assert.deepEqual(r.e.out.bytes(), a.e.out.bytes(), 'the reference engine rejects alike');
    assert.deepEqual(r.e.stateBytes(), a.e.stateBytes(), 'and ends in the same state');
  });
}

test('an unknown command type is rejected as BAD_COMMAND and changes nothing', () => {
  const { buf, offsets } = stream([...SETUP, { type: Cmd.ClockTick }]);
  buf[offsets[offsets.length - 1]!] = 42;
  const e = new Engine();
  for (const at of offsets) e.apply(buf, at);
  const last = decodeEvents(e.out).at(-1)!;
  assert.ok(last.type === Ev.Rejected);
  assert.equal(last.error, Errors.BAD_COMMAND.num);
  assert.equal(last.command, 42);
});
