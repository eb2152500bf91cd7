/**
 * A real Prometheus (Debian's, 2.42) scrapes a running `bourse start` with the repo's rules
 * (infra/prometheus/rules.yml): a latency quantile and the burn-rate series come back from its
 * HTTP API with the values Bourse's own measurements imply. The SLO file sets the ack threshold
 * to 1 µs, which no stamp -> commit can meet: every ack is a bad event, so every burn rate is
 * exactly 1 / (1 - objective) = 100 and the fast-burn page fires.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Running } from '../support/fs-faults.ts';
import { freePort } from '../support/ports.ts';
import { until } from '../support/wait.ts';
import { REPO_ROOT } from '../support/data.ts';

const PROMETHEUS = '/usr/bin/prometheus';

interface PromResult { metric: Record<string, string>; value: [number, string] }

async function query(base: string, q: string): Promise<PromResult[]> {
  const r = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(q)}`);
  const body = (await r.json()) as { status: string; data?: { result: PromResult[] }; error?: string };
  assert.equal(body.status, 'success', `${q}: ${body.error}`);
  return body.data!.result;
}

test('Prometheus scrapes a live Bourse: ack p99 from the histogram, burn rates recorded and computed in-process agree, the page fires', { skip: existsSync(PROMETHEUS) ? false : `${PROMETHEUS} is absent: run infra/install.sh (Debian's prometheus)`, timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-prometheus-'));
  let prom: ChildProcess | undefined;
  let bourse: Running | undefined;
  try {
    const slo = join(dir, 'slo.json');
    // ack latency always misses its (absurd) threshold; MD staleness gets one a loaded machine cannot
    // hardly miss (10 s), so the page that fires is ack_latency's however loaded the machine is.
    writeFileSync(slo, JSON.stringify({ ackLatency: { objective: 0.99, thresholdMs: 0.001 }, mdStaleness: { objective: 0.99, thresholdMs: 10_000 } }));
    bourse = new Running(['start', '--data', join(dir, 'data'), '--port', '0', '--rate', '5000', '--feed', 'false', '--show', '0', '--slo', slo]);
    const url = (await bourse.waitFor(/dashboard (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    const target = url.replace('http://', '');

    const port = await freePort();
    const cfg = join(dir, 'prometheus.yml');
    writeFileSync(cfg, [
      'global: { scrape_interval: 1s, evaluation_interval: 1s }',
      `rule_files: ['${join(REPO_ROOT, 'infra/prometheus/rules.yml')}']`,
      'scrape_configs:',
      `  - { job_name: bourse, static_configs: [ { targets: ['${target}'] } ] }`,
      '',
    ].join('\n'));
    let promOut = '';
    prom = spawn(PROMETHEUS, [`--config.file=${cfg}`, `--storage.tsdb.path=${join(dir, 'tsdb')}`, `--web.listen-address=127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    prom.stdout!.on('data', (d: Buffer) => (promOut += d.toString()));
    prom.stderr!.on('data', (d: Buffer) => (promOut += d.toString()));
    const base = `http://127.0.0.1:${port}`;

    // Two scrapes at least, so rate() has a slope.
    const burn = await until(async () => {
      const r = await query(base, 'slo:bourse_slo_burn_rate:rate5m{slo="ack_latency"}').catch(() => []);
      return r.length > 0 && Number(r[0]!.value[1]) > 0 ? r : undefined;
    }, 120_000, () => `the recorded burn rate; prometheus said:\n${promOut.slice(-3000)}`, 500);
    const expected = 1 / (1 - 0.99);
    assert.ok(Math.abs(Number(burn[0]!.value[1]) - expected) < 1e-6, `recorded 5m burn rate ${burn[0]!.value[1]}, expected ${expected}`);

    const inProcess = await query(base, 'bourse_slo_burn_rate{slo="ack_latency"}');
    assert.deepEqual(inProcess.map((r) => r.metric.window).sort(), ['1h', '3d', '5m', '6h']);
    for (const r of inProcess) assert.ok(Math.abs(Number(r.value[1]) - expected) < 1e-6, `in-process ${r.metric.window} burn rate ${r.value[1]}`);
    const budget = await query(base, 'bourse_slo_error_budget_remaining_ratio{slo="ack_latency"}');
    assert.ok(Math.abs(Number(budget[0]!.value[1]) - (1 - expected)) < 1e-6, `budget ${budget[0]!.value[1]}: all bad -> 1 - 100`);
    const avail = await query(base, 'bourse_slo_error_budget_remaining_ratio{slo="order_entry_availability"}');
    assert.equal(Number(avail[0]!.value[1]), 1, 'the core ran every second: availability budget untouched');

    // The ack latency quantile: every ack took more than 1 µs (all were bad) and less than 10 s.
    const p99 = await until(async () => {
      const r = await query(base, 'from:bourse_order_ack_latency_seconds:p99_rate1m{from="stamp"}');
      return r.length > 0 && Number.isFinite(Number(r[0]!.value[1])) ? r : undefined;
    }, 60_000, 'the recorded ack p99', 500);
    const q = Number(p99[0]!.value[1]);
    assert.ok(q > 1e-6 && q <= 10, `ack p99 ${q} s`);
    const direct = await query(base, 'histogram_quantile(0.5, sum by (le) (rate(bourse_order_ack_latency_seconds_bucket[1m])))');
    const p50 = Number(direct[0]!.value[1]);
    assert.ok(p50 > 1e-6 && p50 <= q, `ack p50 ${p50} s <= p99 ${q} s`);

    // The multi-window page (14.4x over 1h and 5m) fires for ack_latency, and only for it.
    const alerts = await until(async () => {
      const r = await query(base, 'ALERTS{alertname="BourseErrorBudgetBurnFast",alertstate="firing"}');
      return r.length > 0 ? r : undefined;
    }, 60_000, 'the fast-burn alert', 500);
    assert.deepEqual(alerts.map((a) => [a.metric.slo, a.metric.severity]), [['ack_latency', 'page']]);

    const up = await query(base, 'up{job="bourse"}');
    assert.equal(up[0]!.value[1], '1');
  } finally {
    if (prom?.pid !== undefined && prom.exitCode === null) {
      const exited = new Promise((r) => prom!.once('exit', r));
      process.kill(prom.pid, 'SIGTERM');
      await exited;
    }
    if (bourse) {
      if (bourse.child.exitCode === null) bourse.child.kill('SIGINT');
      const code = await bourse.status(30_000);
      assert.equal(code, 0, bourse.stderr);
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

test('promtool accepts infra/prometheus (scrape config, recording and alerting rules)', { skip: existsSync('/usr/bin/promtool') ? false : '/usr/bin/promtool is absent: run infra/install.sh' }, () => {
  const r = spawnSync('/usr/bin/promtool', ['check', 'config', join(REPO_ROOT, 'infra/prometheus/prometheus.yml')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /SUCCESS: \d+ rules found/);
});
