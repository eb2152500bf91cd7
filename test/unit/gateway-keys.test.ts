/**
 * The gateway's keys and rate limits, without sockets: the operator's keys file is validated (a
 * private key is refused, so it can never be journaled), Ed25519 login signatures verify only
 * for the right key, nonce and key id, and the per-firm token bucket refills at its rate.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseKeysFile, KeyTable } from '../../server/gateway/keys.ts';
import { FirmBuckets } from '../../server/gateway/rate.ts';
import { generateBrokerKey, brokerKeyJson, exchangeKeyEntry, signLogin, parseBrokerKey } from '../../server/order-client/index.ts';

test('keys file: public keys only, every field checked with GW_BAD_KEY_FILE', () => {
  const k = generateBrokerKey(7, 3);
  const ok = parseKeysFile(JSON.stringify({ keys: [exchangeKeyEntry(k, 500)] }), 'f');
  assert.deepEqual(ok.map((e) => [e.keyId, e.firm, e.rate, e.revoked, e.publicKey.length]), [[7, 3, 500, false, 32]]);
  const bad = [
    'not json', '{}', JSON.stringify({ keys: [JSON.parse(brokerKeyJson(k))] }),
    JSON.stringify({ keys: [{ ...exchangeKeyEntry(k), id: 0 }] }),
    JSON.stringify({ keys: [{ ...exchangeKeyEntry(k), firm: 2 ** 21 }] }),
    JSON.stringify({ keys: [{ ...exchangeKeyEntry(k), publicKey: 'AAAA' }] }),
    JSON.stringify({ keys: [exchangeKeyEntry(k), exchangeKeyEntry(k)] }),
  ];
  for (const text of bad) assert.throws(() => parseKeysFile(text, 'f'), { code: 'GW_BAD_KEY_FILE' }, text.slice(0, 60));
  assert.throws(() => parseBrokerKey('{"id":1}', 'b'), { code: 'CLI_BAD_KEY_FILE' });
  assert.equal(parseBrokerKey(brokerKeyJson(k), 'b').id, 7);
});

test('login signatures verify for the right key, nonce and key id only; revoked keys never', () => {
  const a = generateBrokerKey(1, 1);
  const b = generateBrokerKey(2, 1);
  const t = new KeyTable();
  for (const e of parseKeysFile(JSON.stringify({ keys: [exchangeKeyEntry(a), exchangeKeyEntry(b)] }), 'f')) t.set(e);
  const nonce = new Uint8Array(32).fill(5);
  const sig = signLogin(a.privateKey, nonce, 1);
  assert.equal(t.verifyLogin(1, nonce, sig), true);
  assert.equal(t.verifyLogin(2, nonce, sig), false, 'another key id');
  assert.equal(t.verifyLogin(1, new Uint8Array(32).fill(6), sig), false, 'another nonce');
  assert.equal(t.verifyLogin(1, nonce, signLogin(b.privateKey, nonce, 1)), false, 'signed by another key');
  assert.equal(t.verifyLogin(1, nonce, sig.subarray(0, 63)), false, 'truncated');
  assert.equal(t.verifyLogin(9, nonce, sig), false, 'unknown key');
  t.set({ ...t.get(1)!, revoked: true });
  assert.equal(t.verifyLogin(1, nonce, sig), false, 'revoked');
});

test('token buckets: one second of burst per firm, refilled at the firm\'s rate', () => {
  const b = new FirmBuckets(1000);
  b.setRate(7, 10);
  let taken = 0;
  for (let i = 0; i < 50; i++) if (b.take(7, 0)) taken++;
  assert.equal(taken, 10);
  assert.equal(b.take(7, 50), false, 'half a token after 50 ms');
  assert.equal(b.take(7, 100), true, 'one token after 100 ms');
  assert.equal(b.take(8, 0), true, 'another firm has its own bucket (default rate)');
  b.setRate(9, 0);
  assert.equal(b.rate(9), 1000, 'rate 0 means the default');
});

test('firm buckets in typed-array slots decide exactly as one Map per field did, across more firms than the first slots', () => {
  // The previous implementation, kept here as the reference model.
  class MapBuckets {
    tokens = new Map<number, number>();
    last = new Map<number, number>();
    rates = new Map<number, number>();
    defaultRate: number;
    constructor(defaultRate: number) {
      this.defaultRate = defaultRate;
    }
    setRate(firm: number, rate: number) { this.rates.set(firm, rate > 0 ? rate : this.defaultRate); }
    take(firm: number, nowMs: number): boolean {
      const rate = this.rates.get(firm) ?? this.defaultRate;
      let t = this.tokens.get(firm);
      const last = this.last.get(firm);
      if (t === undefined || last === undefined) t = rate;
      else t = Math.min(rate, t + ((nowMs - last) * rate) / 1000);
      this.last.set(firm, nowMs);
      if (t < 1) {
        this.tokens.set(firm, t);
        return false;
      }
      this.tokens.set(firm, t - 1);
      return true;
    }
  }
  fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 9 })), { maxLength: 600 }), (ops) => {
    const a = new FirmBuckets(7);
    const b = new MapBuckets(7);
    let now = 0;
    for (const [firm, dt, rate] of ops) {
      now += dt / 3;
      if (rate === 9) {
        a.setRate(firm, firm % 4);
        b.setRate(firm, firm % 4);
      }
      assert.equal(a.take(firm, now), b.take(firm, now));
    }
  }));
});
