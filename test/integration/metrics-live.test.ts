/**
 * /metrics of a live `bourse start`, read the way an operator does: every latency histogram fills
 * from its own thread, the Grafana dashboard (infra/grafana/bourse.json) queries only series this
 * Bourse exports, and `bourse status` prints the one-screen summary with the error budgets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Running } from '../support/fs-faults.ts';
import { bourse } from '../support/cli.ts';
import { REPO_ROOT } from '../support/data.ts';
import { freePort } from '../support/ports.ts';
import { until } from '../support/wait.ts';
import { parseExposition } from '../../server/apps/commands/status.ts';

const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan']);

/** The metric names a PromQL expression reads (label names, strings, functions, durations removed). */
export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '');
  const names: string[] = [];
  for (const m of bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*(?=\s*(\(?))/g)) {
    if (m[1] === '(') continue; // a function
    if (PROMQL_WORDS.has(m[0].toLowerCase())) continue;
    names.push(m[0]);
  }
  return names;
}

test('live /metrics: histograms from the core, MDP and main threads; Grafana queries only exported series; bourse status shows the error budget', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bourse-metrics-live-'));
  const x = new Running(['start', '--data', join(dir, 'data'), '--port', '0', '--rate', '5000', '--feed', 'false', '--show', '0']);
  try {
    const url = (await x.waitFor(/dashboard (http:\/\/127\.0\.0\.1:\d+)\//))[1]!;
    const scrape = async () => parseExposition(await (await fetch(`${url}/metrics`)).text());
    const count = (s: ReturnType<typeof parseExposition>, name: string) => s.filter((x) => x.name === `${name}_count`).reduce((a, x) => a + x.value, 0);
    const series = await until(async () => {
      const s = await scrape();
      return ['bourse_order_ack_latency_seconds', 'bourse_journal_commit_duration_seconds', 'bourse_md_record_latency_seconds', 'bourse_bus_ring_hop_seconds', 'bourse_http_request_duration_seconds']
        .every((n) => count(s, n) > 0) ? s : undefined;
    }, 60_000, 'every latency histogram to have samples', 250);
    const bucketInf = series.find((s) => s.name === 'bourse_order_ack_latency_seconds_bucket' && s.labels.le === '+Inf')!;
    assert.equal(bucketInf.value, count(series, 'bourse_order_ack_latency_seconds'), '+Inf bucket = count');
    assert.equal(series.find((s) => s.name === 'bourse_build_info')!.labels.version, JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version);
    assert.ok(series.some((s) => s.name === 'process_cpu_seconds_total'), 'prom-client default series');
    for (const slo of ['order_entry_availability', 'market_data_availability', 'ack_latency', 'md_staleness', 'feed_recovery']) {
      assert.ok(series.some((s) => s.name === 'bourse_slo_error_budget_remaining_ratio' && s.labels.slo === slo), slo);
    }

    // Grafana: six rows, and every metric a query names is exported (histograms by their _bucket etc.).
    // A family with no sample yet (bourse_errors_total before any error) is still exported: its # TYPE line says so.
    const exported = new Set(series.map((s) => s.name));
    for (const m of (await (await fetch(`${url}/metrics`)).text()).matchAll(/^# TYPE (\S+) (\S+)$/gm)) {
      exported.add(m[1]!);
      if (m[2] === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) exported.add(m[1]! + suffix);
    }
    const dash = JSON.parse(readFileSync(join(REPO_ROOT, 'infra/grafana/bourse.json'), 'utf8')) as { panels: { type: string; title: string; targets?: { expr: string }[] }[] };
    assert.deepEqual(dash.panels.filter((p) => p.type === 'row').map((p) => p.title), ['Core', 'Market data', 'Feed', 'Relay', 'Bars store', 'SLOs']);
    let queries = 0;
    for (const p of dash.panels) {
      for (const t of p.targets ?? []) {
        const names = metricNames(t.expr);
        assert.ok(names.length > 0, `${p.title}: ${t.expr} names no metric`);
        for (const n of names) assert.ok(exported.has(n), `${p.title}: ${t.expr}: ${n} is not exported by this Bourse`);
        queries++;
      }
    }
    assert.ok(queries >= 40, `${queries} queries`);
    assert.deepEqual(metricNames('histogram_quantile(0.99, sum by (le) (rate(bourse_x_bucket{a="b"}[1m]))) / on (slo) bourse_y'), ['bourse_x_bucket', 'bourse_y']);

    // bourse status: the screen, then an unreachable URL fails with its code.
    const st = bourse(['status', '--url', url, '--interval', '1'], { timeoutMs: 30_000 });
    assert.equal(st.code, 0, st.stderr);
    assert.match(st.stdout, /^bourse status  http:\/\/127\.0\.0\.1:\d+  \(Bourse \d+\.\d+\.\d+, Node\.js 24\./m);
    assert.match(st.stdout, /^rates +inputs\/s [1-9][\d,]*/m);
    assert.match(st.stdout, /^threads +core up +mdp up/m);
    assert.match(st.stdout, /^ {2}order ack \(stamp -> commit\) +\S+ (µs|ms|s) /m);
    assert.match(st.stdout, /^SLO \(window 30 days\).*budget left$/m);
    assert.match(st.stdout, /^ {2}order_entry_availability +99\.99% +0\.00 +0\.00 +0\.00 +0\.00 +100\.00%$/m);
    assert.match(st.stdout, /^feed +not published by this Bourse$/m);
    const dead = bourse(['status', '--url', `http://127.0.0.1:${await freePort()}`, '--interval', '0']);
    assert.notEqual(dead.code, 0);
    assert.match(dead.stderr, /STATUS_UNREACHABLE/);
    const badUrl = bourse(['status', '--url', 'ftp://x', '--interval', '0']);
    assert.notEqual(badUrl.code, 0);
    assert.match(badUrl.stderr, /CLI_BAD_VALUE/);
  } finally {
    if (x.child.exitCode === null) x.child.kill('SIGINT');
    assert.equal(await x.status(30_000), 0, x.stderr);
    rmSync(dir, { recursive: true, force: true });
  }
});
