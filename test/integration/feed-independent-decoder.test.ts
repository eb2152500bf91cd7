/**
 * The feed needs no Bourse code to read: a capture of real datagrams (taken here by a plain
 * dgram receiver on loopback) is decoded by tools/decode_feed.py — Python with Debian's
 * python3-protobuf and modules that `protoc --python_out` generates now from proto/feed.proto —
 * which rebuilds the books, checks every checksum with zlib's CRC-32, and must print the same
 * top of book as the publisher's. `protoc --decode` reads a single datagram too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import dgram from 'node:dgram';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, openSync, writeSync, closeSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feedConfig, type FeedConfigInput } from '../../server/multicast/config.ts';
import { MulticastFeed } from '../../server/multicast/feed.ts';
import { MdSim } from '../../server/apps/runtime/md-sim.ts';
import { REPO_ROOT } from '../support/data.ts';
import { feedTestConfig } from '../support/netns.ts';
import { freePort } from '../support/ports.ts';
import { sleep } from '../support/wait.ts';

const PYTHON = '/usr/bin/python3'; // Debian's, where python3-protobuf installs (not a pyenv shim)

function skipReason(): string | false {
  const missing: string[] = [];
  if (spawnSync('protoc', ['--version']).status !== 0) missing.push('protoc (apt-get install protobuf-compiler)');
  if (spawnSync(PYTHON, ['-c', 'import google.protobuf']).status !== 0) missing.push('python3-protobuf (apt-get install python3-protobuf)');
  if (missing.length === 0) return false;
  const why = `the independent decoder needs ${missing.join(' and ')}`;
  if (process.env.CI === 'true') throw new Error(`${why} — infra/install.sh should have installed it`);
  return why;
}

const skip = skipReason();

/** Join every group of the config on loopback and append each datagram (u32 BE length + bytes) to `path`. */
async function capture(cfg: ReturnType<typeof feedConfig>, path: string): Promise<{ count: () => number; close: () => Promise<void> }> {
  const fd = openSync(path, 'w');
  const sockets: dgram.Socket[] = [];
  let n = 0;
  for (const c of cfg.channels) {
    for (const ep of [c.feedA, c.feedB, c.snapshot, c.instruments]) {
      const s = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 4 << 20 });
      await new Promise<void>((r) => s.bind(ep.port, ep.group, () => r()));
      s.addMembership(ep.group, '127.0.0.1');
      s.on('message', (msg) => {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(msg.length);
        writeSync(fd, len);
        writeSync(fd, msg);
        n++;
      });
      sockets.push(s);
    }
  }
  return {
    count: () => n,
    close: async () => {
      await Promise.all(sockets.map((s) => new Promise<void>((r) => s.close(() => r()))));
      closeSync(fd);
    },
  };
}

test('a Python decoder built from feed.proto alone rebuilds the publisher top of book from a capture', { skip }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-feed-py-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const cfg = feedConfig(feedTestConfig({ iface: '127.0.0.1', retransPort: await freePort() }) as FeedConfigInput);
  const capPath = join(dir, 'feed.cap');
  const cap = await capture(cfg, capPath);
  const sim = new MdSim({ seed: 9, symbols: 5, resting: 200 });
  const feed = await MulticastFeed.start({ config: cfg, mdp: sim.mdp });
  const out = sim.mdp.out;
  for (let k = 0; k < 80; k++) {
    sim.run(250);
    feed.onRecords(out.f64, out.i32, 0, out.count);
    out.clear();
    await sleep(1);
  }
  await feed.close(); // sends EndOfSession
  await sleep(200);
  await cap.close();
  assert.ok(cap.count() > 1000, `captured ${cap.count()} datagrams`);

  // Modules generated now, from the .proto only.
  const pb = spawnSync('protoc', [`--python_out=${dir}`, '-I', join(REPO_ROOT, 'proto'), join(REPO_ROOT, 'proto', 'feed.proto')], { encoding: 'utf8' });
  assert.equal(pb.status, 0, pb.stderr);

  // protoc itself decodes one datagram: the first is the session's ChannelReset.
  const bytes = readFileSync(capPath);
  const first = bytes.subarray(4, 4 + bytes.readUInt32BE(0));
  const dec = spawnSync('protoc', ['--decode=bourse.feed.v1.Packet', '-I', join(REPO_ROOT, 'proto'), join(REPO_ROOT, 'proto', 'feed.proto')], { input: first, encoding: 'utf8' });
  assert.equal(dec.status, 0, dec.stderr);
  assert.match(dec.stdout, /channel_reset/);
  assert.match(dec.stdout, /first_seq: 1\b/);

  const py = spawnSync(PYTHON, [join(REPO_ROOT, 'tools', 'decode_feed.py'), '--pb-dir', dir, capPath], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(py.status, 0, py.stderr);
  const res = JSON.parse(py.stdout) as { channels: Record<string, { last_seq: number; held_behind_a_hole: number; checksum_ok: number; checksum_failures: number; ended: boolean; books: Record<string, { checksum: number; bids: number[][]; asks: number[][] }> }> };
  const ch = res.channels['1']!;
  assert.equal(ch.held_behind_a_hole, 0, 'the capture has every incremental message');
  assert.equal(ch.last_seq, feed.publisher.lastSeq(1));
  assert.ok(ch.ended, 'EndOfSession seen');
  assert.equal(ch.checksum_failures, 0);
  assert.ok(ch.checksum_ok > 5000, `checksums verified by Python: ${ch.checksum_ok}`);
  const insts = sim.mdp.instrumentList();
  assert.deepEqual(Object.keys(ch.books).sort(), insts.map((i) => i.name).sort());
  for (const inst of insts) {
    const want = sim.mdp.snapshot(inst.symbol)!;
    const got = ch.books[inst.name]!;
    assert.equal(got.checksum, want.checksum, `${inst.name}: checksum`);
    assert.deepEqual(got.bids, want.bids.slice(0, 10).map((l) => [l.price, l.qty, l.count]), `${inst.name}: bids`);
    assert.deepEqual(got.asks, want.asks.slice(0, 10).map((l) => [l.price, l.qty, l.count]), `${inst.name}: asks`);
  }
});
