// The primary's queue of held events (server/replication/primary.ts): a reused byte buffer with
// a ring of batch descriptors. Checked against a plain array model over random push/shift runs
// that force both growth paths (bytes and descriptors) and the slide to the front.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HeldEvents } from '../../server/replication/primary.ts';
import { EVENT_SIZE } from '../../server/engine/events.ts';

function batch(lastSeq: number, count: number): Uint8Array {
  const b = new Uint8Array(count * EVENT_SIZE + 16); // longer than needed: only count events are copied
  for (let i = 0; i < b.length; i++) b[i] = (lastSeq * 31 + i) & 0xff;
  return b;
}

test('held events come out in order, byte for byte, whatever the interleaving', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 3000 })), { minLength: 1, maxLength: 600 }), (ops) => {
      const q = new HeldEvents();
      const model: { lastSeq: number; bytes: Uint8Array; count: number }[] = [];
      let seq = 0;
      for (const [isPush, count] of ops) {
        if (isPush || model.length === 0) {
          seq += count + 1;
          const b = batch(seq, count);
          q.push(b, count, seq);
          model.push({ lastSeq: seq, bytes: b.slice(0, count * EVENT_SIZE), count });
        } else {
          const want = model.shift()!;
          assert.equal(q.headSeq(), want.lastSeq);
          q.shift((bytes, n, last) => {
            assert.equal(last, want.lastSeq);
            assert.equal(n, want.count);
            assert.deepEqual(bytes, want.bytes);
          });
        }
        assert.equal(q.length, model.length);
      }
      while (model.length > 0) {
        const want = model.shift()!;
        q.shift((bytes, n, last) => {
          assert.equal(last, want.lastSeq);
          assert.equal(n, want.count);
          assert.ok(Buffer.from(bytes).equals(Buffer.from(want.bytes)));
        });
      }
      assert.equal(q.length, 0);
    }),
    { numRuns: 60 },
  );
});
