/** The feed configuration: defaults, validation with named fields, freezing, the discovery document, the CLI. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedConfig, feedConfigJson, loadFeedConfig, defaultChannel, SCHEMA_VERSION } from '../../server/multicast/config.ts';
import { BourseError } from '../../server/kernel/errors.ts';
import { bourse } from '../support/cli.ts';

const refused = (input: unknown, re: RegExp) =>
  assert.throws(() => feedConfig(input as never), (e: unknown) => e instanceof BourseError && e.code === 'PUBLISHER_BAD_CONFIG' && re.test(e.message), `${JSON.stringify(input)} should be refused with ${re}`);

test('defaults are valid, deep-frozen, and each endpoint has its own group and port', () => {
  const c = feedConfig();
  assert.equal(c.maxDatagram, 1400);
  assert.equal(c.interface, '127.0.0.1');
  assert.deepEqual(c.channels, [defaultChannel(1)]);
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.channels[0]) && Object.isFrozen(c.channels[0]!.feedA) && Object.isFrozen(c.retransmission));
  const ch = c.channels[0]!;
  const eps = [ch.feedA, ch.feedB, ch.snapshot, ch.instruments];
  assert.equal(new Set(eps.map((e) => e.group)).size, 4);
  assert.equal(new Set(eps.map((e) => e.port)).size, 4);
  // Channel 2's defaults do not collide with channel 1's.
  assert.doesNotThrow(() => feedConfig({ channels: [{ id: 1, symbols: ['AAPL'] }, { id: 2, symbols: ['*'] }] }));
});

test('bad values are refused naming the field', () => {
  refused({ interface: '10.0.0' }, /interface must be an IPv4 address/);
  refused({ maxDatagram: 100 }, /maxDatagram must be a whole number from 256/);
  refused({ maxDatagram: 70_000 }, /maxDatagram/);
  refused({ heartbeatMs: 1.5 }, /heartbeatMs/);
  refused({ currency: 'usd' }, /currency/);
  refused({ colour: 'blue' }, /unknown field "colour"/);
  refused({ retransmission: { windowSize: 5 } }, /unknown field "retransmission.windowSize"/);
  refused({ schemaVersion: 2 }, /schemaVersion/);
  refused({ channels: [] }, /channels must be a list/);
  refused({ channels: [{ id: 1, feedA: { group: '10.1.1.1', port: 5 } }] }, /channels\[0\]\.feedA\.group must be an IPv4 multicast group/);
  refused({ channels: [{ id: 1, feedA: { group: '239.1.1.1', port: 0 } }] }, /channels\[0\]\.feedA\.port/);
  refused({ channels: [{ id: 1 }, { id: 1 }] }, /channel id 1 is used twice/);
  refused({ channels: [{ id: 1, symbols: ['AAPL'] }, { id: 2, symbols: ['AAPL'] }] }, /symbol "AAPL" is in channel 1 and channel 2/);
  refused({ channels: [{ id: 1, symbols: [] }] }, /symbols must be a non-empty list/);
  refused({ channels: [{ id: 1, feedB: { group: '239.255.77.1', port: 31001 } }] }, /feedB uses 239\.255\.77\.1:31001 like channel 1 feedA/);
  refused({ channels: [{ id: 1, feedB: { group: '239.255.9.9', port: 31001 } }] }, /feedB uses port 31001/);
});

test('the discovery document names the schema, reads back as a config, and is what bourse feed-config prints', () => {
  const cfg = feedConfig({ interface: '10.9.0.1', channels: [{ id: 7, symbols: ['AAPL', 'MSFT'] }] });
  const doc = feedConfigJson(cfg);
  assert.equal(doc.schema, 'bourse.feed.v1');
  assert.equal(doc.schemaVersion, SCHEMA_VERSION);
  assert.equal(doc.packetType, 'bourse.feed.v1.Packet');
  assert.equal(doc.interface, '10.9.0.1');
  assert.deepEqual(doc.channels[0]!.symbols, ['AAPL', 'MSFT']);
  assert.deepEqual(feedConfig(JSON.parse(JSON.stringify(doc))), cfg);
  const dir = mkdtempSync(join(tmpdir(), 'bourse-feedcfg-'));
  try {
    const file = join(dir, 'feed.json');
    writeFileSync(file, JSON.stringify(doc));
    assert.deepEqual(loadFeedConfig(file), cfg);
    const r = bourse(['feed-config', '--config', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), doc);
    writeFileSync(file, '{"maxDatagram": 5}');
    const bad = bourse(['feed-config', '--config', file]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /PUBLISHER_BAD_CONFIG: .*maxDatagram/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
