/**
 * Relay failover in real Chromium (issue 17): two `bourse relay` processes fed by the multicast
 * feed of an in-process exchange; dashboards opened with `?relays=R1,R2`. `kill -9` of the relay
 * a page is on: the page moves to the other relay, resubscribes, resyncs by snapshot, and its
 * ladder equals the exchange's book (checksum valid). Skips locally without /usr/bin/chromium.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { REPO_ROOT } from '../support/data.ts';
import { until as poll } from '../support/wait.ts';
import type { BourseProc } from '../support/nats.ts';
import { Exchange, startRelay, knowsSymbols } from '../integration/relay-nodes-harness.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

type State = {
  symbol: string;
  stats: { connected: boolean; session: number; seq: number; gapsRecovered: number; reconnects: number; url: string };
  book?: { seq: number; checksum: number; bids: { price: number; qty: number; count: number }[]; asks: { price: number; qty: number; count: number }[] };
};

const state = (page: Page) => page.evaluate(`(() => {
  const b = window.__bourse;
  return b ? { symbol: b.symbol, stats: b.stats, book: b.book } : undefined;
})()`) as Promise<State | undefined>;

const until = <T>(what: string, f: () => Promise<T>, ms = 30_000) => poll(f, ms, what, 100);

test('dashboard on two relays: kill -9 of its relay, the page moves to the other and resyncs by snapshot', { timeout: 240_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') assert.fail(`${CHROMIUM} is missing: apt-get install chromium (infra/install.sh)`);
    t.skip(`${CHROMIUM} missing: apt-get install chromium`);
    return;
  }
  const build = spawnSync(process.execPath, [join(REPO_ROOT, 'web/ensure-built.js')], { encoding: 'utf8' });
  assert.equal(build.status, 0, `dashboard build failed: ${build.stdout}${build.stderr}`);
  const x = await Exchange.start({ symbols: 3 });
  const dir = mkdtempSync(join(tmpdir(), 'bourse-relay-web-'));
  const procs: BourseProc[] = [];
  const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 800 } });
  try {
    x.step(3000);
    x.run(10, 10);
    const r1 = await startRelay('relay-1', ['--feed-config', x.configFile]);
    const r2 = await startRelay('relay-2', ['--feed-config', x.configFile]);
    procs.push(r1.proc, r2.proc);
    for (const r of [r1, r2]) await knowsSymbols(r.url, x.symbols());
    const sym = x.symbols()[0]!;
    const hostOf = (u: string) => new URL(u).host;
    const pageUrl = `${r1.url}/?relays=${hostOf(r1.url)},${hostOf(r2.url)}#${sym}/1s`;
    const pages = [await ctx.newPage(), await ctx.newPage()];
    for (const p of pages) await p.goto(pageUrl);
    const first = await Promise.all(pages.map((p) => until('a page with a book', async () => {
      const s = await state(p);
      return s?.stats.connected && s.book && s.book.bids.length > 0 ? s : undefined;
    })));
    // Kill the relay page 0 is on; every page that was on it must move.
    const victimWs = first[0]!.stats.url;
    const victim = victimWs.includes(hostOf(r1.url)) ? r1 : r2;
    const survivor = victim === r1 ? r2 : r1;
    victim.proc.kill('SIGKILL');
    await victim.proc.exited;
    for (const [i, p] of pages.entries()) {
      const s = await until(`page ${i} on ${hostOf(survivor.url)}`, async () => {
        const st = await state(p);
        return st?.stats.connected && st.stats.url.includes(hostOf(survivor.url)) ? st : undefined;
      });
      assert.ok(s.stats.url.includes(hostOf(survivor.url)));
    }
    assert.ok((await state(pages[0]!))!.stats.reconnects >= 1);
    // Quiet market: each page's ladder (top 20) comes to equal the exchange's book, checksum valid.
    // The checksum covers only the top 10 levels, so a page still receiving the last updates can
    // match it while deeper levels lag: wait for the whole ladder, then assert (for the diff).
    x.stop();
    const id = x.market.symbolId(sym)!;
    const want = x.market.book(id, 20)!;
    for (const [i, p] of pages.entries()) {
      let last: State | undefined;
      const s = await until(`page ${i} book at the exchange's checksum ${want.checksum} and ladder`, async () => {
        const st = (last = await state(p));
        return st?.book && st.book.checksum === want.checksum && isDeepStrictEqual(st.book.bids, want.bids) && isDeepStrictEqual(st.book.asks, want.asks) ? st : undefined;
      }).catch((e: Error) => {
        assert.deepEqual(last?.book?.asks, want.asks, `page ${i} asks (${e.message})`);
        assert.deepEqual(last?.book?.bids, want.bids, `page ${i} bids (${e.message})`);
        throw e;
      });
      assert.deepEqual(s.book!.bids, want.bids, `page ${i} bids`);
      assert.deepEqual(s.book!.asks, want.asks, `page ${i} asks`);
    }
  } finally {
    await ctx.close();
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    await x.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
