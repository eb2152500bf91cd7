/**
 * `bourse relay` / `bourse bridge` refuse what they cannot serve, with a code and exit 2:
 * both or neither feed source, a malformed origin or subject prefix, a feed of several channels.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../../server/multicast/config.ts';
import { feedTestConfig } from '../support/netns.ts';
import { BourseProc } from '../support/nats.ts';

test('bourse relay: coded refusals of bad flags and of a multi-channel feed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-relay-cli-'));
  try {
    const one = feedTestConfig({ iface: '127.0.0.1', retransPort: 1 }) as { channels: { id: number; symbols: string[]; feedA: { group: string; port: number } }[] };
    const file = join(dir, 'one.json');
    writeFileSync(file, JSON.stringify(feedConfigJson(feedConfig(one as unknown as FeedConfigInput))));
    const ep = (i: number) => ({ group: `239.255.199.${i}`, port: 39_000 + i });
    const two = { ...one, channels: [{ id: 1, symbols: ['AAPL'], feedA: ep(1), feedB: ep(2), snapshot: ep(3), instruments: ep(4) }, { id: 2, symbols: ['*'], feedA: ep(5), feedB: ep(6), snapshot: ep(7), instruments: ep(8) }] };
    const twoFile = join(dir, 'two.json');
    writeFileSync(twoFile, JSON.stringify(feedConfigJson(feedConfig(two as unknown as FeedConfigInput))));
    const cases: [string[], RegExp][] = [
      [['relay'], /RELAY_BAD_OPTION.*exactly one of --feed-config/],
      [['relay', '--feed-config', file, '--nats', 'nats://127.0.0.1:1'], /RELAY_BAD_OPTION/],
      [['relay', '--feed-config', file, '--allowed-origins', 'md.example.com'], /RELAY_BAD_OPTION.*scheme:\/\/host/],
      [['relay', '--feed-config', file, '--cors', 'https://ok.example,javascript:x'], /RELAY_BAD_OPTION/],
      [['relay', '--nats', 'nats://127.0.0.1:1', '--prefix', 'bad prefix'], /RELAY_BAD_OPTION.*prefix/],
      [['relay', '--feed-config', twoFile, '--port', '0'], /RELAY_FEED_CHANNELS.*has 2/],
      [['bridge', '--feed-config', file], /CLI_MISSING_FLAG.*--nats/],
    ];
    for (const [args, want] of cases) {
      const r = bourse(args, { timeoutMs: 60_000 });
      assert.equal(r.code, 2, `${args.join(' ')}: exit ${r.code}; ${r.stderr}`);
      assert.match(r.stderr, want, args.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bourse relay --young-mb: runs itself again with --max-semi-space-size, forwards SIGTERM; 0 or the flag already given: no second process', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-relay-young-'));
  try {
    const file = join(dir, 'feed.json');
    const input = feedTestConfig({ iface: '127.0.0.1', retransPort: 1 });
    writeFileSync(file, JSON.stringify(feedConfigJson(feedConfig(input as unknown as FeedConfigInput))));
    const cases: { args: string[]; nodeArgs: string[]; rerun: boolean; mb: number }[] = [
      { args: ['--young-mb', '4'], nodeArgs: [], rerun: true, mb: 4 },
      { args: ['--young-mb', '0'], nodeArgs: [], rerun: false, mb: 0 },
      { args: [], nodeArgs: ['--max-semi-space-size=2'], rerun: false, mb: 2 },
    ];
    // The parent killed (SIGKILL, not forwarded): its child stops too, instead of serving on unseen.
    {
      const p = new BourseProc('relay', ['relay', '--feed-config', file, '--port', '0', '--young-mb', '4'], {});
      const m = await p.waitFor(/^relay: listening on \S+ .* pid=(\d+)/, 60_000);
      const childPid = Number(m[1]);
      assert.notEqual(childPid, p.child.pid);
      p.kill('SIGKILL');
      await p.exited;
      let alive = true;
      for (let i = 0; i < 100 && alive; i++) {
        await new Promise((r) => setTimeout(r, 100));
        try {
          process.kill(childPid, 0);
        } catch {
          alive = false;
        }
      }
      assert.equal(alive, false, `the re-run relay ${childPid} outlived its parent`);
    }
    for (const c of cases) {
      const p = new BourseProc('relay', ['relay', '--feed-config', file, '--port', '0', ...c.args], {}, [], c.nodeArgs);
      try {
        const m = await p.waitFor(/^relay: listening on \S+ .* pid=(\d+) semi_space_mb=(\d+)/, 60_000);
        assert.equal(Number(m[1]) !== p.child.pid, c.rerun, `${c.args.join(' ')}: pid ${m[1]}, started ${p.child.pid}`);
        assert.equal(Number(m[2]), c.mb);
        p.child.kill('SIGTERM');
        assert.equal(await p.exited, 0, `${c.args.join(' ')} ${c.nodeArgs.join(' ')}: ${p.lines.join('\n')}`);
        assert.ok(p.lines.includes('relay: stopped'), 'the relay closed on the forwarded SIGTERM');
      } finally {
        p.kill('SIGKILL');
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
