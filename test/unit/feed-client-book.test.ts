/** The client's L2 book against a naive model: same levels, and the same checksum as the kernel's. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { L2Book } from '../../server/feed-client/book.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';

type Op = { side: 1 | 2; price: number; qty: number; del: boolean; check: boolean };

const op: fc.Arbitrary<Op> = fc.record({
  side: fc.constantFrom(1 as const, 2 as const),
  // A narrow range makes replaces and deletes common; a wide one, deep books.
  price: fc.oneof(fc.integer({ min: 100, max: 130 }), fc.integer({ min: 1, max: 2 ** 40 })),
  qty: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 52 })),
  del: fc.boolean(),
  check: fc.boolean(),
});

test('random updates: levels best first and the checksum equal a naive book and kernel/book-checksum', () => {
  fc.assert(
    fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
      const book = new L2Book();
      const model = [new Map<number, [number, number]>(), new Map<number, [number, number]>()];
      for (const [k, o] of ops.entries()) {
        const m = model[o.side - 1]!;
        if (o.del) {
          assert.equal(book.delete(o.side, o.price), m.delete(o.price));
        } else {
          book.set(o.side, o.price, o.qty, k);
          m.set(o.price, [o.qty, k]);
        }
        // Checking only sometimes exercises the cached checksum across several updates.
        if (o.check || k === ops.length - 1) {
          const bids = [...model[0]!].sort((a, b) => b[0] - a[0]).map(([price, [qty, count]]) => ({ price, qty, count }));
          const asks = [...model[1]!].sort((a, b) => a[0] - b[0]).map(([price, [qty, count]]) => ({ price, qty, count }));
          assert.equal(book.checksum(), bookChecksum(bids, asks));
          assert.deepEqual(book.depth(1), bids);
          assert.deepEqual(book.depth(2), asks);
          assert.deepEqual(book.best(1), bids[0]);
          assert.deepEqual(book.best(2), asks[0]);
        }
      }
    }),
    { numRuns: 300 },
  );
});

test('an empty book has the documented checksum 0x41d912ff, and clear() empties', () => {
  const b = new L2Book();
  assert.equal(b.checksum(), 0x41d912ff);
  b.set(1, 100, 5, 1);
  assert.notEqual(b.checksum(), 0x41d912ff);
  b.clear();
  assert.equal(b.checksum(), 0x41d912ff);
  assert.equal(b.best(1), undefined);
});

test('quantity changes in place patch the cached checksum: equal to a full recompute after every update', () => {
  // Deep books (15 levels a side, so the top 10 is full), then mostly in-place quantity changes
  // at any depth (the patched path), some of them huge (the high 32 bits) or unchanged, with
  // inserts and deletes between them (the full recompute), checked after every one.
  const change = fc.record({
    side: fc.constantFrom(1 as const, 2 as const),
    level: fc.nat({ max: 17 }),
    qty: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 2 ** 32 - 5, max: 2 ** 32 + 5 }), fc.integer({ min: 1, max: 2 ** 53 - 1 })),
    op: fc.constantFrom('set', 'set', 'set', 'set', 'set', 'set', 'insert', 'delete'),
  });
  fc.assert(
    fc.property(fc.array(change, { minLength: 1, maxLength: 300 }), (ops) => {
      const book = new L2Book();
      const model = [new Map<number, number>(), new Map<number, number>()];
      for (let k = 0; k < 15; k++) {
        book.set(1, 1000 - k, 10 + k, 1);
        model[0]!.set(1000 - k, 10 + k);
        book.set(2, 1001 + k, 20 + k, 1);
        model[1]!.set(1001 + k, 20 + k);
      }
      book.checksum();
      for (const o of ops) {
        const m = model[o.side - 1]!;
        const prices = [...m.keys()].sort((a, b) => (o.side === 1 ? b - a : a - b));
        if (o.op === 'set' && prices.length > 0) {
          const price = prices[o.level % prices.length]!;
          book.set(o.side, price, o.qty, 3);
          m.set(price, o.qty);
        } else if (o.op === 'insert') {
          const price = o.side === 1 ? 990 - o.level * 3 + (o.qty % 3) : 1010 + o.level * 3 + (o.qty % 3);
          book.set(o.side, price, o.qty, 1);
          m.set(price, o.qty);
        } else if (prices.length > 0) {
          const price = prices[o.level % prices.length]!;
          book.delete(o.side, price);
          m.delete(price);
        }
        const bids = [...model[0]!].sort((a, b) => b[0] - a[0]).map(([price, qty]) => ({ price, qty, count: 0 }));
        const asks = [...model[1]!].sort((a, b) => a[0] - b[0]).map(([price, qty]) => ({ price, qty, count: 0 }));
        assert.equal(book.checksum(), bookChecksum(bids, asks));
      }
    }),
    { numRuns: 300 },
  );
});
