/**
 * The trader's dashboard: symbol picker, candlesticks with volume (history from the bars API,
 * then live), the order-book ladder, the trades tape and a status line. Uses only the public
 * surfaces: the relay protocol (docs/websocket.md) and the HTTP API (GET /api/v1/bars).
 * The URL hash keeps the view: #SYMBOL/INTERVAL.
 */
import './style.css';
import { Feed, BOOK_DEPTH, type Instrument, type LocalBook, type Trade, type Bar, type Auction } from './feed.ts';
import { CandleChart, fromRelay, type ChartBar } from './chart.ts';
import { Ladder } from './ladder.ts';
import { Tape } from './tape.ts';
import { fmtUnits, fmtInt, shownDecimals } from './format.ts';

const INTERVALS: [string, number][] = [['1s', 1], ['1m', 60], ['5m', 300], ['15m', 900], ['1h', 3600], ['1d', 86400]];
const LADDER_ROWS = 12;
const HISTORY_BARS = 600;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = $<HTMLSelectElement>('symbol');
const chart = new CandleChart($('chart'));
const ladder = new Ladder($('ladder'), LADDER_ROWS);
const tape = new Tape($('tape'), 60);

const instruments = new Map<string, Instrument>();
const [hashSym, hashIv] = decodeURIComponent(location.hash.slice(1)).split('/');
let symbol = hashSym ?? '';
let interval = INTERVALS.some(([n]) => n === hashIv) ? hashIv! : '1s';
let lastTrade: Trade | undefined;
let prevPrice = 0;
let book: LocalBook | undefined;
let watching = '';
let phase = '';
let auction: Auction | undefined;
const CALLS = new Set(['opening-auction', 'closing-auction', 'reopening-auction']);
const PHASE_LABEL: Record<string, string> = { open: 'continuous', halted: 'halted', 'pre-open': 'pre-open', 'opening-auction': 'opening auction', 'closing-auction': 'closing auction', closed: 'closed', 'reopening-auction': 'reopening auction' };

const scale = (sym: string) => {
  const i = instruments.get(sym);
  return { p: 10 ** (i?.priceDecimals ?? 0), q: 10 ** (i?.qtyDecimals ?? 0), pd: i?.priceDecimals ?? 0, qd: i?.qtyDecimals ?? 0, shown: i ? shownDecimals(i.priceDecimals, i.tick) : 2 };
};

// ?relays=host:port,wss://md2.example.com/ws,... : relay nodes to use, in turn (default: this server).
const wsScheme = location.protocol === 'https:' ? 'wss' : 'ws';
const relayList = (new URLSearchParams(location.search).get('relays') ?? '').split(',').map((r) => r.trim()).filter(Boolean)
  .map((r) => (/^wss?:\/\//.test(r) ? r : /^https?:\/\//.test(r) ? `${r.replace(/^http/, 'ws').replace(/\/$/, '')}/ws` : `${wsScheme}://${r}/ws`));
const feed = new Feed(relayList.length > 0 ? relayList : `${wsScheme}://${location.host}/ws`, {
  instruments(list) {
    for (const i of list) instruments.set(i.symbol, i);
    const names = list.map((i) => i.symbol);
    if (picker.options.length !== names.length) {
      picker.innerHTML = names.map((n) => `<option>${n}</option>`).join('');
    }
    if (!instruments.has(symbol)) symbol = names[0] ?? '';
    picker.value = symbol;
    if (symbol && !watching) watch(symbol);
  },
  book(sym, b, snapshot) {
    if (sym !== symbol) return;
    book = b;
    ladder.show(b, snapshot);
  },
  trades(sym, list, snapshot) {
    if (sym !== symbol) return;
    if (snapshot) tape.clear();
    tape.add(list);
    const t = list[list.length - 1];
    if (t) {
      prevPrice = lastTrade?.price ?? t.price;
      lastTrade = t;
      showQuote();
    }
  },
  candles(sym, iv, bars: Bar[]) {
    if (sym !== symbol || iv !== interval) return;
    const s = scale(sym);
    for (const b of bars) chart.live(fromRelay(b, s.p, s.q));
  },
  status(sym, st) {
    if (sym !== symbol) return;
    $('halt').hidden = st !== 'halted';
    phase = st;
    if (!CALLS.has(st)) auction = undefined;
    showPhase();
  },
  auction(sym, a) {
    if (sym !== symbol) return;
    auction = a;
    showPhase();
  },
  connection(up) {
    // After a reconnect the feed resubscribes by itself; the chart reloads to fill the outage.
    if (up && watching) loadHistory();
  },
});

function watch(sym: string): void {
  if (watching) {
    feed.unsubscribe('book', watching);
    feed.unsubscribe('trades', watching);
    feed.unsubscribe('status', watching);
    feed.unsubscribe('candles', watching, { interval });
  }
  watching = sym;
  symbol = sym;
  lastTrade = undefined;
  book = undefined;
  phase = '';
  auction = undefined;
  showPhase();
  const s = scale(sym);
  for (const x of [ladder, tape]) {
    x.priceDecimals = s.pd;
    x.displayDecimals = s.shown;
    x.qtyDecimals = s.qd;
  }
  chart.setPriceFormat(s.shown);
  ladder.show(undefined, true);
  tape.clear();
  showQuote();
  feed.subscribe('book', sym, { depth: BOOK_DEPTH });
  feed.subscribe('trades', sym);
  feed.subscribe('status', sym);
  feed.subscribe('candles', sym, { interval });
  loadHistory();
  saveHash();
}

function setInterval_(iv: string): void {
  if (iv === interval) return;
  if (watching) feed.unsubscribe('candles', watching, { interval });
  interval = iv;
  if (watching) feed.subscribe('candles', watching, { interval });
  renderIntervals();
  loadHistory();
  saveHash();
}

async function loadHistory(): Promise<void> {
  const sym = symbol;
  const iv = interval;
  const secs = INTERVALS.find(([n]) => n === iv)![1];
  const gen = chart.reset(secs < 60);
  let bars: ChartBar[] = [];
  try {
    const start = Date.now() - HISTORY_BARS * secs * 1000;
    const r = await fetch(`/api/v1/bars?symbol=${encodeURIComponent(sym)}&interval=${iv}&start=${start}&limit=${HISTORY_BARS + 10}`);
    if (r.ok) {
      const body = (await r.json()) as { bars: { open_time_ms: number; open: string; high: string; low: string; close: string; volume: string }[] };
      bars = body.bars.map((b) => ({ time: b.open_time_ms / 1000, open: +b.open, high: +b.high, low: +b.low, close: +b.close, volume: +b.volume }));
    }
  } catch {
    // No history (no bars store, or not yet): live bars only.
  }
  chart.load(gen, bars);
}

/** The phase badge and, during a call, the indicative price, matched volume and imbalance. */
function showPhase(): void {
  const el = $('phase');
  el.textContent = phase ? PHASE_LABEL[phase] ?? phase : '';
  el.className = `phase${CALLS.has(phase) ? ' call' : ''}`;
  const box = $('auction');
  const a = CALLS.has(phase) ? auction : undefined;
  box.hidden = !a;
  if (!a) {
    box.textContent = '';
    return;
  }
  const s = scale(symbol);
  const px = a.price > 0 ? fmtUnits(a.price, s.pd, s.shown) : '–';
  const imb = a.imbalanceSide === 'none' ? 'balanced' : `imbalance ${fmtUnits(a.imbalanceQty, s.qd, s.qd)} ${a.imbalanceSide}`;
  box.textContent = `${a.uncross ? 'uncross' : 'indicative'} ${px} · matched ${fmtUnits(a.matchedQty, s.qd, s.qd)} · ${imb}`;
}

function showQuote(): void {
  const el = $('last');
  const s = scale(symbol);
  if (!lastTrade) {
    el.textContent = '–';
    $('change').textContent = '';
    return;
  }
  el.textContent = fmtUnits(lastTrade.price, s.pd, s.shown);
  const up = lastTrade.price >= prevPrice;
  el.className = `last ${up ? 'up' : 'down'}`;
  $('change').textContent = `${up ? '▲' : '▼'} ${fmtUnits(lastTrade.qty, s.qd, s.qd)} ${lastTrade.side}`;
}

function renderIntervals(): void {
  $('intervals').innerHTML = INTERVALS.map(([n]) => `<button type="button" data-iv="${n}" class="${n === interval ? 'on' : ''}">${n}</button>`).join('');
}

function saveHash(): void {
  history.replaceState(null, '', `#${symbol}/${interval}`);
}

picker.addEventListener('change', () => watch(picker.value));
$('intervals').addEventListener('click', (e) => {
  const iv = (e.target as HTMLElement).dataset.iv;
  if (iv) setInterval_(iv);
});
renderIntervals();

setInterval(() => {
  const st = feed.stats;
  const conn = $('conn');
  conn.textContent = st.connected ? 'connected' : st.reconnects > 0 ? 'reconnecting…' : 'connecting…';
  conn.className = `conn ${st.connected ? 'ok' : 'bad'}`;
  $('seq').textContent = `seq ${fmtInt(st.seq)}`;
  $('gaps').textContent = `gaps recovered ${st.gapsRecovered}${st.gapsDetected > st.gapsRecovered ? ` (${st.gapsDetected - st.gapsRecovered} recovering)` : ''}`;
  $('rate').textContent = `${fmtInt(st.messagesPerS)} msg/s`;
  $('err').textContent = st.connected ? '' : st.lastError;
}, 500);

// For the browser tests and the curious: the page's state, read-only.
(window as unknown as { __bourse: unknown }).__bourse = {
  get symbol() { return symbol; },
  get interval() { return interval; },
  get stats() { return { ...feed.stats }; },
  get book() {
    return book ? { seq: book.seq, checksum: book.checksum, bids: book.sorted(true, BOOK_DEPTH), asks: book.sorted(false, BOOK_DEPTH) } : undefined;
  },
  get bars() { return [...chart.bars.values()].sort((a, b) => a.time - b.time); },
  get symbols() { return [...instruments.keys()]; },
  get phase() { return phase; },
  get auction() { return auction ? { ...auction } : undefined; },
};
