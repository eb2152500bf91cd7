/**
 * Issue 14's reproduction: a simulated journal whose virtual time lies months before the wall
 * clock, then `bourse start` on it. Before the fix the MDP emitted every missed empty bar inside
 * one input (md/s 0, RSS past 4 GB, --seconds and signals ignored). Now: the run ends within
 * its --seconds with market data flowing, no bar dropped, memory flat, every hourly bar of the
 * gap present in the bars API, and SIGTERM stops it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse } from '../support/cli.ts';
import { Running } from '../support/fs-faults.ts';

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function simulated(dir: string): string {
  const data = join(dir, 'data');
  const r = bourse(['sim', '--orders', '20000', '--seed', '3', '--symbols', '4', '--journal', join(data, 'journal')]);
  assert.equal(r.code, 0, r.stderr);
  return data;
}

test('start on a journal months old: ends within --seconds, md flows, no bar dropped, flat memory, hourly bars of the gap all present', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-gap-'));
  try {
    const data = simulated(dir);
    const x = new Running(['start', '--data', data, '--symbols', '4', '--rate', '2000', '--seconds', '6', '--feed', 'false', '--port', '0', '--show', '0']);
    const rss: number[] = [];
    let sampler: ReturnType<typeof setInterval> | undefined;
    let metrics = '';
    let bars: { bars: { open_time_ms: number; volume: string }[] } | undefined;
    try {
      const url = (await x.waitFor(/dashboard (http:\/\/\S+?)\/\s/))[1]!;
      // Sample from the first status line on: the gap's first input is behind us by then.
      await x.waitFor(/inputs\/s/);
      sampler = setInterval(() => rss.push(rssKb(x.pid)), 200);
      await x.waitFor(/(inputs\/s.*\n[^]*){4}/);
      metrics = await (await fetch(`${url}/metrics`)).text();
      bars = (await (await fetch(`${url}/api/v1/bars?symbol=AAPL&interval=1h&limit=10000`)).json()) as typeof bars;
      assert.equal(await x.status(90_000), 0, x.stderr);
    } finally {
      clearInterval(sampler);
      await x.kill();
    }
    const status = x.stdout.split('\n').filter((l) => l.startsWith('inputs/s'));
    assert.ok(status.length >= 4 && status.length <= 7, `${status.length} status lines for --seconds 6:\n${x.stdout}`);
    for (const l of status) assert.doesNotMatch(l, /md\/s 0 /, `market data stalled:\n${x.stdout}`);
    assert.match(x.stdout, /bourse: stopped at seq \d+/);
    assert.match(metrics, /^bourse_bars_writer_dropped_total 0$/m);
    // Flat memory: the peak stays within 2x of the RSS at the first status line (was > 4 GB).
    const first = rss[0]!;
    const peak = Math.max(...rss);
    assert.ok(first > 0 && peak < first * 2 && peak < 1_000_000, `RSS ${first} kB at the first status line, ${peak} kB at peak`);
    // Every hour from the first traded bar to the newest closed one, empty ones included.
    const times = bars!.bars.map((b) => b.open_time_ms);
    assert.ok(times.length > 24, `${times.length} hourly bars`);
    for (let i = 1; i < times.length; i++) assert.equal(times[i]! - times[i - 1]!, 3_600_000, `hour ${i}: ${times[i - 1]} -> ${times[i]}`);
    assert.ok(times[times.length - 1]! > Date.now() - 3 * 3_600_000, `the last hourly bar ${times[times.length - 1]} is recent`);
    assert.ok(bars!.bars.filter((b) => b.volume === '0').length > 24, 'the gap is empty hourly bars');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SIGTERM and SIGINT stop start right after a months-long gap', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-gap-sig-'));
  try {
    const data = simulated(dir);
    for (const sig of ['SIGTERM', 'SIGINT'] as const) {
      const x = new Running(['start', '--data', data, '--symbols', '4', '--rate', '2000', '--feed', 'false', '--port', '0', '--show', '0']);
      try {
        await x.waitFor(/inputs\/s/);
        x.child.kill(sig);
        assert.equal(await x.status(60_000), 0, `${sig}: ${x.stderr}`);
        assert.match(x.stdout, /bourse: stopped at seq \d+/);
      } finally {
        await x.kill();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
