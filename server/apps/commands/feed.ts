/**
 * `bourse feed`: a broker's view of the multicast feed through the feed-client library — the
 * live top of book per symbol and the client's status (events and counters). `--json` prints one
 * JSON object per line (status events, a top-of-book line per second, a final line with every
 * book's checksum and top levels) for scripts and tests.
 */
import { readFile } from 'node:fs/promises';
import type { CommandSpec } from '../flags.ts';
import { BourseError } from '../../kernel/errors.ts';
import { formatDecimal } from '../../kernel/decimal.ts';
import { feedConfig, feedConfigJson, type FeedConfigInput } from '../../multicast/config.ts';
import { FeedClient, loadFeedConfig, parseFeedConfig, type BookView, type FeedClientConfig, type FeedEvent, type FeedLines } from '../../feed-client/index.ts';

/** A discovery document (file or URL), or a publisher config file (turned into its discovery document). */
export async function readConfig(where: string | undefined): Promise<FeedClientConfig> {
  if (!where) return parseFeedConfig(feedConfigJson(feedConfig()));
  if (/^https?:\/\//i.test(where)) return loadFeedConfig(where);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(where, 'utf8'));
  } catch (e) {
    throw new BourseError('FEED_CONFIG_UNREADABLE', `${where}: ${(e as Error).message}`);
  }
  const isDiscovery = typeof json === 'object' && json !== null && 'schemaVersion' in json;
  return parseFeedConfig(isDiscovery ? json : feedConfigJson(feedConfig(json as FeedConfigInput)));
}

const side = (b: BookView, lv: { price: number; qty: number } | undefined): string | undefined =>
  lv ? `${formatDecimal(lv.price, b.priceDecimals)} x ${formatDecimal(lv.qty, b.qtyDecimals)}` : undefined;

function top(b: BookView): { name: string; symbolId: number; seq: number; stale: boolean; bid?: string; ask?: string } {
  const out: ReturnType<typeof top> = { name: b.name, symbolId: b.symbolId, seq: b.seq, stale: b.stale };
  const bid = side(b, b.bids[0]);
  const ask = side(b, b.asks[0]);
  if (bid) out.bid = bid;
  if (ask) out.ask = ask;
  return out;
}

export const feed: CommandSpec = {
  name: 'feed',
  summary: 'join the multicast feed as a broker would (feed-client): live top of book and client status',
  flags: {
    config: { kind: 'string', help: 'discovery document (bourse feed-config) as a file or http(s) URL; default: the built-in feed' },
    symbols: { kind: 'string', help: 'comma-separated symbol names to show (and channels to join); default: all' },
    seconds: { kind: 'int', default: 0, min: 0, help: 'stop after this many seconds (0: until Ctrl-C or the end of the session)' },
    json: { kind: 'bool', default: false, help: 'one JSON object per line instead of a table' },
    interface: { kind: 'string', help: 'local IPv4 address whose interface joins the groups; default: 127.0.0.1 for a loopback feed, else the multicast route' },
    lines: { kind: 'string', choices: ['ab', 'a'], default: 'ab', help: 'incremental lines to join: ab (A and B, first copy wins) or a (A only: a lost packet is recovered by retransmission)' },
  },
  async run(flags) {
    const config = await readConfig(flags.config as string | undefined);
    const lines = flags.lines as FeedLines;
    const symbols = flags.symbols ? (flags.symbols as string).split(',').map((s) => s.trim()).filter(Boolean) : undefined;
    const json = flags.json as boolean;
    const client = await FeedClient.open({
      config,
      ...(symbols ? { symbols } : {}),
      ...(flags.interface ? { interface: flags.interface as string } : {}),
      lines,
    });
    const print = (o: object): void => console.log(JSON.stringify(o));
    const joined = client.state().map((c) => c.channel);
    if (json) print({ type: 'ready', channels: joined });
    else console.log(`feed: ready channels=${joined.join(',')}`);
    client.onStatus((e: FeedEvent) => {
      if (json) print({ type: 'status', event: e });
      else console.log(`status: ${describe(e)}`);
    });
    const shown = (): BookView[] => {
      const ids = client.symbolIds();
      const books = ids.map((id) => client.book(id, 10)!).filter((b) => b.name !== '');
      return symbols ? books.filter((b) => symbols.includes(b.name)) : books;
    };
    let stop = false;
    const onSig = (): void => {
      stop = true;
    };
    process.once('SIGINT', onSig);
    process.once('SIGTERM', onSig);
    const t0 = performance.now();
    const limitMs = (flags.seconds as number) * 1000;
    let lastPrint = t0;
    try {
      for (;;) {
        await new Promise((r) => setTimeout(r, 50));
        const now = performance.now();
        const st = client.state();
        const ended = st.length > 0 && st.every((c) => c.state === 'ended');
        if (stop || ended || (limitMs > 0 && now - t0 >= limitMs)) break;
        if (now - lastPrint >= 1000) {
          lastPrint = now;
          if (json) print({ type: 'top', t: Math.round((now - t0) / 1000), books: shown().map(top), channels: st });
          else table(shown(), st, client.counters());
        }
      }
      const final = {
        type: 'final',
        channels: client.state(),
        counters: client.counters(),
        books: shown().map((b) => ({ ...top(b), checksum: b.checksum, status: b.status, bids: b.bids.map((l) => [l.price, l.qty, l.count]), asks: b.asks.map((l) => [l.price, l.qty, l.count]) })),
      };
      if (json) print(final);
      else table(shown(), final.channels, final.counters);
    } finally {
      await client.close();
    }
  },
};

function describe(e: FeedEvent): string {
  switch (e.type) {
    case 'live': return `channel ${e.channel} live (session ${e.session}, seq ${e.seq})`;
    case 'gap': return `channel ${e.channel} gap ${e.from}..${e.to}`;
    case 'recovering': return `channel ${e.channel} recovering ${e.from}..${e.to} via ${e.via}${e.detail ? ` (${e.detail})` : ''}`;
    case 'recovered': return `channel ${e.channel} recovered ${e.from}..${e.to} via ${e.via} in ${e.ms.toFixed(1)} ms`;
    case 'stale': return `channel ${e.channel} stale: ${e.detail}`;
    case 'reset': return `channel ${e.channel} reset: session ${e.from} -> ${e.to}`;
  }
}

function table(books: BookView[], st: ReturnType<FeedClient['state']>, c: ReturnType<FeedClient['counters']>): void {
  const lines = [`${'symbol'.padEnd(8)} ${'bid'.padStart(22)} ${'ask'.padStart(22)} ${'seq'.padStart(10)}`];
  for (const b of books) {
    const t = top(b);
    lines.push(`${t.name.padEnd(8)} ${(t.bid ?? '-').padStart(22)} ${(t.ask ?? '-').padStart(22)} ${String(t.seq).padStart(10)}${t.stale ? '  STALE' : ''}`);
  }
  for (const s of st) lines.push(`channel ${s.channel}: ${s.state} session=${s.session} seq=${s.seq}${s.staleSymbols.length ? ` stale=${s.staleSymbols.join(',')}` : ''}`);
  lines.push(
    `received A=${c.packetsA} B=${c.packetsB} snapshot=${c.packetsSnapshot} messages=${c.messages} duplicates=${c.duplicatePackets} gaps=${c.gaps} ` +
      `recovered: retransmission=${c.recoveredByRetransmission} snapshot=${c.recoveredBySnapshot} checksum ok=${c.checksumOk} failed=${c.checksumFailures}`,
    '',
  );
  console.log(lines.join('\n'));
}
