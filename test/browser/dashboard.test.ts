/**
 * The dashboard in a real browser (Debian's Chromium driven by playwright-core) against a real
 * running Bourse (test/browser/bourse-server.ts: threaded exchange under its simulator, bars
 * store, HTTP API, relay, dashboard): candles appear and grow, history comes from the bars API,
 * the symbol and interval switch, the ladder equals the HTTP book snapshot at the same sequence,
 * and after the server is killed and restarted the page reconnects and carries on by itself.
 * Saves a screenshot to the temp dir; BOURSE_UPDATE_SCREENSHOT=1 writes docs/dashboard.png instead
 * (a test run must not rewrite tracked files). Skips locally without /usr/bin/chromium; fails in CI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../support/data.ts';
import { freePort } from '../support/ports.ts';
import { sleep, until as poll } from '../support/wait.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const SCREENSHOT = process.env.BOURSE_UPDATE_SCREENSHOT === '1' ? join(REPO_ROOT, 'docs', 'dashboard.png') : join(tmpdir(), 'bourse-dashboard.png');

type State = {
  symbol: string;
  interval: string;
  stats: { connected: boolean; session: number; seq: number; gapsRecovered: number; reconnects: number };
  book?: { seq: number; checksum: number; bids: { price: number; qty: number }[]; asks: { price: number; qty: number }[] };
  bars: { time: number; volume: number; close: number }[];
  symbols: string[];
};

function startBourse(data: string, port: number): Promise<{ proc: ChildProcess; url: string; out: string[] }> {
  const proc = spawn(process.execPath, [join(REPO_ROOT, 'test/browser/bourse-server.ts'), '--data', data, '--port', String(port), '--rate', '3000', '--symbols', '4'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: string[] = [];
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`bourse did not start: ${out.join('')}`)), 60_000);
    const onData = (d: Buffer) => {
      out.push(String(d));
      const m = /READY (\S+)/.exec(out.join(''));
      if (m) {
        clearTimeout(t);
        resolve({ proc, url: m[1]!, out });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (d) => out.push(String(d)));
    proc.once('exit', (code) => reject(new Error(`bourse exited ${code}: ${out.join('')}`)));
  });
}

/** Waits for a page state: asks the page every 100 ms (for up to 30 s by default). */
const until = <T>(what: string, f: () => Promise<T>, ms = 30_000) => poll(f, ms, what, 100);

// Evaluated in the page (strings: the test's tsconfig has no DOM types).
const state = (page: Page) => page.evaluate(`(() => {
  const b = window.__bourse;
  return b ? { symbol: b.symbol, interval: b.interval, stats: b.stats, book: b.book, bars: b.bars, symbols: b.symbols } : undefined;
})()`) as Promise<State | undefined>;

/** The ladder as the user sees it: rows of [price, qty] in integer units, best first per side. */
const ladder = (page: Page) => page.evaluate(`(() => {
  const read = (sel) => [...document.querySelectorAll(sel + ' .row:not(.empty)')].map((r) => [Number(r.dataset.price), Number(r.dataset.qty)]);
  return { bids: read('.bids'), asks: read('.asks').reverse() };
})()`) as Promise<{ bids: number[][]; asks: number[][] }>;

test('dashboard: live candles, history, ladder == HTTP book at the same seq, symbol/interval switch, recovery after a restart', { timeout: 240_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') assert.fail(`${CHROMIUM} is missing: apt-get install chromium (infra/install.sh)`);
    t.skip(`${CHROMIUM} missing: apt-get install chromium`);
    return;
  }
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'web/ensure-built.js')], { encoding: 'utf8' });
  assert.equal(build.status, 0, `dashboard build failed: ${build.stdout}${build.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), 'bourse-web-'));
  const port = await freePort();
  let bourse = await startBourse(join(dir, 'data'), port);
  const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1440, height: 860 } });
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${bourse.url}/`);

    // Live: connected, a book, candles that appear and grow.
    const s0 = await until('connected with a book and candles', async () => {
      const s = await state(page);
      return s && s.stats.connected && s.book && s.book.bids.length > 0 && s.bars.length > 0 ? s : undefined;
    });
    assert.equal(s0.interval, '1s');
    assert.deepEqual(s0.symbols.length, 4);
    const first = s0.bars[s0.bars.length - 1]!;
    await until('the candles to grow', async () => {
      const s = (await state(page))!;
      const last = s.bars[s.bars.length - 1]!;
      return s.bars.length > s0.bars.length + 2 || (last.time === first.time && last.volume > first.volume) ? true : undefined;
    });
    assert.ok((await page.locator('.trade').count()) > 0, 'trades on the tape');

    // History: reopening the page later shows bars that closed before it opened (from GET /api/v1/bars).
    await sleep(3000);
    await page.reload();
    const opened = Date.now() / 1000;
    const hist = await until('history from the bars API', async () => {
      const s = await state(page);
      return s && s.bars.filter((b) => b.time < opened - 2).length >= 2 ? s : undefined;
    });
    assert.ok(hist.bars.length >= 3);

    // Switch interval and symbol through the UI.
    await page.click('button[data-iv="1m"]');
    await until('1m candles', async () => {
      const s = (await state(page))!;
      return s.interval === '1m' && s.bars.length > 0 && s.bars.every((b) => b.time % 60 === 0) ? true : undefined;
    });
    await page.click('button[data-iv="1s"]');
    const other = s0.symbols.find((x) => x !== s0.symbol)!;
    await page.selectOption('#symbol', other);
    await until(`the ${other} book and candles`, async () => {
      const s = (await state(page))!;
      return s.symbol === other && s.interval === '1s' && s.book && s.book.bids.length > 0 && s.bars.length > 0 ? true : undefined;
    });
    await sleep(1500);
    await page.screenshot({ path: SCREENSHOT });

    // Freeze the market: the page catches up to the final seq and its ladder equals the HTTP book.
    bourse.proc.kill('SIGUSR2');
    const finalSeq = Number(/FROZEN md_seq=(\d+)/.exec(await until('freeze', async () => /FROZEN md_seq=\d+/.test(bourse.out.join('')) && bourse.out.join('')))![1]);
    await until('the page at the final seq', async () => ((await state(page))!.stats.seq === finalSeq ? true : undefined));
    const http = (await (await fetch(`${bourse.url}/api/v1/book/${other}?depth=12`)).json()) as { md_seq: number; bids: { price: string; qty: string }[]; asks: { price: string; qty: string }[] };
    assert.equal(http.md_seq, finalSeq);
    const shown = await ladder(page);
    const s1 = (await state(page))!;
    const units = (x: string) => Math.round(Number(x) * 10_000); // 4 price decimals in the simulator
    assert.deepEqual(shown.bids, http.bids.map((l) => [units(l.price), Number(l.qty)]), 'bid ladder == HTTP book');
    assert.deepEqual(shown.asks, http.asks.map((l) => [units(l.price), Number(l.qty)]), 'ask ladder == HTTP book');
    assert.ok(shown.bids.length >= 10 && shown.asks.length >= 10, 'depth 10+');
    assert.ok(s1.book!.seq <= finalSeq);

    // Kill -9 and restart on the same port and data: the page reconnects and resyncs by itself.
    const session = s1.stats.session;
    bourse.proc.kill('SIGKILL');
    await until('disconnected', async () => ((await state(page))!.stats.connected ? undefined : true));
    await until('the status line to say so', async () => /reconnecting/.test(await page.locator('#conn').innerText()));
    bourse = await startBourse(join(dir, 'data'), port);
    const s2 = await until('reconnected to the new server', async () => {
      const s = (await state(page))!;
      return s.stats.connected && s.stats.session !== session && s.book && s.book.bids.length > 0 ? s : undefined;
    }, 60_000);
    assert.equal(s2.symbol, other);
    const n2 = s2.bars.length;
    await until('candles growing after the restart', async () => ((await state(page))!.bars.length > n2 + 1 ? true : undefined));
    await until('the status line to say connected', async () => (await page.locator('#conn').innerText()) === 'connected');
    assert.deepEqual(errors, [], 'no page errors');
  } finally {
    await ctx.close();
    bourse.proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
