/** The client's reading of the discovery document, and its option checks: clear errors, no surprises. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { feedConfig, feedConfigJson } from '../../server/multicast/config.ts';
import { FeedClient, loadFeedConfig, parseFeedConfig, type FeedTransport } from '../../server/feed-client/index.ts';
import { BourseError } from '../../server/kernel/errors.ts';

const discovery = () => JSON.parse(JSON.stringify(feedConfigJson(feedConfig()))) as Record<string, unknown>;
const code = (c: string) => (e: unknown) => e instanceof BourseError && e.code === c;

test('the publisher discovery document parses into a frozen client config', () => {
  const c = parseFeedConfig(discovery());
  assert.equal(c.schemaVersion, 1);
  assert.equal(c.interface, '127.0.0.1');
  assert.deepEqual(c.channels[0]!.feedA, { group: '239.255.77.1', port: 31001 });
  assert.equal(c.retransmission!.maxMessagesPerRequest, 10_000);
  assert.ok(Object.isFrozen(c) && Object.isFrozen(c.channels));
});

test('bad documents are refused with the field named', () => {
  assert.throws(() => parseFeedConfig({ ...discovery(), schemaVersion: 2 }), code('FEED_SCHEMA_VERSION'));
  assert.throws(() => parseFeedConfig([]), code('FEED_BAD_CONFIG'));
  const d = discovery();
  (d.channels as { feedB: unknown }[])[0]!.feedB = { group: '10.0.0.1', port: 1 };
  assert.throws(() => parseFeedConfig(d), /channels\[0\]\.feedB\.group must be a multicast group/);
  const e = discovery();
  (e.retransmission as { port: number }).port = 0;
  assert.throws(() => parseFeedConfig(e), /retransmission\.port must be a whole number from 1/);
  assert.throws(() => parseFeedConfig({ ...discovery(), channels: [] }), /channels must be a non-empty list/);
});

test('loadFeedConfig reads a file or an http URL, and says why it cannot', async (t) => {
  await assert.rejects(loadFeedConfig('/nonexistent/feed.json'), code('FEED_CONFIG_UNREADABLE'));
  const body = JSON.stringify(discovery());
  const server = createServer((req, res) => {
    if (req.url === '/feed-config') res.end(body);
    else if (req.url === '/garbage') res.end('{not json');
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  t.after(() => server.close());
  const port = (server.address() as { port: number }).port;
  const c = await loadFeedConfig(`http://127.0.0.1:${port}/feed-config`);
  assert.equal(c.channels.length, 1);
  await assert.rejects(loadFeedConfig(`http://127.0.0.1:${port}/missing`), /FEED_CONFIG_UNREADABLE.*HTTP 404/);
  await assert.rejects(loadFeedConfig(`http://127.0.0.1:${port}/garbage`), /FEED_CONFIG_UNREADABLE.*not JSON/);
});

test('options are checked once: unknown symbols and bad numbers are refused before any socket opens', async () => {
  let opened = 0;
  const transport: FeedTransport = {
    open: async () => {
      opened++;
    },
    retransmit: () => Promise.reject(new Error('unused')),
    close: async () => {},
  };
  const cfg = parseFeedConfig({ ...discovery(), channels: [{ ...(discovery().channels as object[])[0]!, symbols: ['AAPL'] }] });
  await assert.rejects(FeedClient.open({ config: cfg, symbols: ['MSFT'], transport }), /FEED_UNKNOWN_SYMBOL: .*MSFT/);
  await assert.rejects(FeedClient.open({ config: cfg, bufferLimit: 1000, transport }), /FEED_BAD_OPTION: .*bufferLimit must be a power of two/);
  await assert.rejects(FeedClient.open({ config: cfg, gapWaitMs: -1, transport }), code('FEED_BAD_OPTION'));
  await assert.rejects(FeedClient.open({ config: cfg, lines: 'b' as 'a', transport }), /FEED_BAD_OPTION: .*lines must be 'ab' or 'a'/);
  assert.equal(opened, 0);
  const c = await FeedClient.open({ config: cfg, symbols: ['AAPL'], transport });
  assert.equal(opened, 1);
  assert.deepEqual(c.state().map((s) => [s.channel, s.state]), [[1, 'connecting']]);
  assert.equal(c.book('AAPL'), undefined);
  await c.close();
});
