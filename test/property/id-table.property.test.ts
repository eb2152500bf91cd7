/** IdTable behaves like a Map<number, number> under random inserts, overwrites and deletes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IdTable } from '../../server/engine/id-table.ts';

test('IdTable == Map for random operation sequences (with resizes and backward-shift deletes)', () => {
  const key = fc.oneof(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2 ** 32, 2 ** 32 + 1, 2 ** 40));
  const op = fc.tuple(fc.constantFrom('set', 'set', 'delete', 'get'), key, fc.integer({ min: 0, max: 2 ** 31 - 1 }));
  fc.assert(
    fc.property(fc.array(op, { maxLength: 2000 }), (ops) => {
      const t = new IdTable(4);
      const m = new Map<number, number>();
      for (const [kind, k, v] of ops) {
        if (kind === 'set') { t.set(k, v); m.set(k, v); }
        else if (kind === 'delete') assert.equal(t.delete(k), m.delete(k));
        else assert.equal(t.get(k), m.get(k) ?? -1);
        assert.equal(t.size, m.size);
      }
      for (const [k, v] of m) assert.equal(t.get(k), v);
    }),
    { numRuns: 200 },
  );
});

test('SlotIndex finds exactly the live records by the key stored in them', async () => {
  const { SlotIndex } = await import('../../server/engine/slot-index.ts');
  const op = fc.tuple(fc.constantFrom('add', 'add', 'remove', 'get'), fc.integer({ min: 0, max: 300 }), fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })));
  fc.assert(
    fc.property(fc.array(op, { maxLength: 1500 }), (ops) => {
      const recs = new Float64Array(301 * 2);
      const idx = new SlotIndex(recs, 2, 1, 2);
      const live = new Map<number, number>(); // key -> slot
      const used = new Set<number>();
      for (const [kind, slot, key] of ops) {
        if (kind === 'add' && !used.has(slot) && !live.has(key)) {
          recs[slot * 2 + 1] = key;
          idx.add(slot);
          live.set(key, slot);
          used.add(slot);
        } else if (kind === 'remove' && used.has(slot)) {
          const key0 = recs[slot * 2 + 1]!;
          idx.remove(slot);
          live.delete(key0);
          used.delete(slot);
        } else if (kind === 'get') assert.equal(idx.get(key), live.get(key) ?? -1);
        assert.equal(idx.size, live.size);
      }
      for (const [k, s] of live) assert.equal(idx.get(k), s);
    }),
    { numRuns: 200 },
  );
});
