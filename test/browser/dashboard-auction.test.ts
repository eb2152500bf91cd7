/**
 * The dashboard shows each symbol's phase and, during a call, the indicative price, matched volume
 * and imbalance (issue 14), in a real browser (Debian's Chromium via playwright-core) against a
 * real HTTP server + relay + dashboard in this process, fed MD records written here as the MDP
 * writes them (STATUS, AUCTION, DAY_SUMMARY). Skips locally without /usr/bin/chromium; fails in CI.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { MarketState } from '../../server/mdp/market-state.ts';
import { MdWriter, AuctionCode, DaySummaryCode, LevelAction } from '../../server/mdp/records.ts';
import { bookChecksum } from '../../server/kernel/book-checksum.ts';
import { attachRelay } from '../../server/relay/relay.ts';
import { startServer } from '../../server/http/server.ts';
import { serveDashboard } from '../../server/http/dashboard.ts';
import { openStore } from '../../server/bars/open.ts';
import { Side, TradingStatus } from '../../server/kernel/types.ts';
import { REPO_ROOT } from '../support/data.ts';
import { until as poll } from '../support/wait.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
const T0 = 1_767_625_800_000_000;

const until = <T>(what: string, f: () => Promise<T>, ms = 30_000) => poll(f, ms, what, 100);
const view = (page: Page) => page.evaluate(`(() => ({
  phase: window.__bourse?.phase, auction: window.__bourse?.auction,
  badge: document.getElementById('phase').textContent, box: document.getElementById('auction').hidden ? null : document.getElementById('auction').textContent,
}))()`) as Promise<{ phase: string; auction?: { price: number }; badge: string; box: string | null }>;

test('dashboard: phase badge, and the indicative price, matched volume and imbalance during a call', { timeout: 120_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') assert.fail(`${CHROMIUM} is missing: apt-get install chromium (infra/install.sh)`);
    t.skip(`${CHROMIUM} missing: apt-get install chromium`);
    return;
  }
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'web/ensure-built.js')], { encoding: 'utf8' });
  assert.equal(build.status, 0, `dashboard build failed: ${build.stdout}${build.stderr}`);
  const dir = mkdtempSync(join(tmpdir(), 'bourse-web-auction-'));
  const store = await openStore({ data: dir });
  const market = new MarketState();
  const srv = await startServer({ store, market, port: 0 }, (app) => serveDashboard(app));
  const relay = attachRelay(srv.server, { market, flushMs: 1 });
  const w = new MdWriter();
  const publish = () => {
    market.applyRecords(w.f64, w.i32, 0, w.count);
    relay.onRecords(w.f64, w.i32, 0, w.count);
    w.clear();
  };
  // ACME: price 2 decimals (10050 = 100.50), qty 0 decimals.
  w.instrument(1, 'ACME', 2, 0, T0, 1, 1, 1_000_000, 10_000);
  w.status(1, TradingStatus.PreOpen, T0);
  // One resting bid, so the page's book verifies (an empty book's checksum is not 0).
  w.endOfUpdate(w.level(Side.Buy, LevelAction.New, 1, T0, 9_990, 100, 1, bookChecksum([{ price: 9_990, qty: 100 }], []), 0, 0));
  publish();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${srv.url}/#ACME/1m`);
    await until('the pre-open phase', async () => (await view(page)).phase === 'pre-open');
    let v = await view(page);
    assert.equal(v.badge, 'pre-open');
    assert.equal(v.box, null, 'no auction box outside a call');

    w.status(1, TradingStatus.OpeningAuction, T0 + 1_000_000);
    w.auction(1, AuctionCode.Indicative, T0 + 2_000_000, 10_050, 300, 120, Side.Buy, TradingStatus.OpeningAuction, 10_000);
    publish();
    await until('the indicative', async () => (await view(page)).box !== null);
    v = await view(page);
    assert.equal(v.phase, 'opening-auction');
    assert.equal(v.badge, 'opening auction');
    assert.equal(v.box, 'indicative 100.50 · matched 300 · imbalance 120 buy');
    await page.screenshot({ path: join(tmpdir(), 'bourse-dashboard-auction.png') });

    w.auction(1, AuctionCode.Indicative, T0 + 3_000_000, 10_100, 450, 0, 0, TradingStatus.OpeningAuction, 10_000);
    publish();
    await until('the second indicative', async () => (await view(page)).box?.includes('101.00') === true);
    assert.equal((await view(page)).box, 'indicative 101.00 · matched 450 · balanced');

    // A page opened during the call gets the auction in its snapshot.
    const late = await browser.newPage();
    await late.goto(`${srv.url}/#ACME/1m`);
    await until('the late page', async () => (await view(late)).box !== null);
    assert.equal((await view(late)).box, 'indicative 101.00 · matched 450 · balanced');

    w.auction(1, AuctionCode.Uncross, T0 + 4_000_000, 10_100, 450, 70, Side.Sell, TradingStatus.OpeningAuction, 10_000);
    w.status(1, TradingStatus.Open, T0 + 4_000_000);
    publish();
    await until('continuous', async () => (await view(page)).phase === 'open');
    v = await view(page);
    assert.equal(v.badge, 'continuous');
    assert.equal(v.box, null, 'the auction box goes with the call');

    w.status(1, TradingStatus.Closed, T0 + 9_000_000);
    w.daySummary(1, DaySummaryCode.OpenFromAuction, T0 + 9_000_000, 10_100, 10_400, 9_900, 10_250, 1_234, 56, 12_500_000);
    publish();
    await until('closed', async () => (await view(page)).badge === 'closed');
    // Every status / auction / summary message followed its prev link: no gap on the page.
    const stats = (await page.evaluate('window.__bourse.stats')) as { gapsDetected: number };
    assert.equal(stats.gapsDetected, 0);
  } finally {
    await browser.close();
    await relay.close();
    await srv.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
