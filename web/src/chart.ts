/**
 * Candlesticks with volume (lightweight-charts v5): history from GET /api/v1/bars, then the
 * relay's candle updates on top. Live bars that arrive while the history loads are held and
 * applied after it, so the series only ever moves forward in time.
 */
import { createChart, CandlestickSeries, HistogramSeries, type IChartApi, type ISeriesApi, type UTCTimestamp } from 'lightweight-charts';
import type { Bar } from './feed.ts';

const UP = '#26a69a';
const DOWN = '#ef5350';

export interface ChartBar {
  time: number; // seconds
  open: number;
  high: number;
  low: number;
  close: number;
  volume: number;
}

export class CandleChart {
  private readonly chart: IChartApi;
  private readonly candles: ISeriesApi<'Candlestick'>;
  private readonly volume: ISeriesApi<'Histogram'>;
  private generation = 0;
  private ready = false;
  private held: ChartBar[] = [];
  private lastTime = 0;
  /** Bars on the chart (tests read it through window.__bourse). */
  readonly bars = new Map<number, ChartBar>();

  constructor(el: HTMLElement) {
    this.chart = createChart(el, {
      autoSize: true,
      layout: { background: { color: 'transparent' }, textColor: '#9aa4b2', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 11 },
      grid: { vertLines: { color: 'rgba(255,255,255,0.04)' }, horzLines: { color: 'rgba(255,255,255,0.04)' } },
      rightPriceScale: { borderColor: 'rgba(255,255,255,0.1)' },
      timeScale: { borderColor: 'rgba(255,255,255,0.1)', timeVisible: true, secondsVisible: true, rightOffset: 6, barSpacing: 9, minBarSpacing: 2 },
      crosshair: { mode: 0 },
    });
    this.candles = this.chart.addSeries(CandlestickSeries, { upColor: UP, downColor: DOWN, borderVisible: false, wickUpColor: UP, wickDownColor: DOWN });
    this.volume = this.chart.addSeries(HistogramSeries, { priceScaleId: 'vol', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false });
    this.chart.priceScale('vol').applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    this.candles.priceScale().applyOptions({ scaleMargins: { top: 0.08, bottom: 0.24 } });
  }

  setPriceFormat(decimals: number): void {
    this.candles.applyOptions({ priceFormat: { type: 'price', precision: decimals, minMove: 10 ** -decimals } });
  }

  /** Start over for a new symbol or interval; returns a token that load() must present. */
  reset(secondsVisible: boolean): number {
    this.generation++;
    this.ready = false;
    this.held = [];
    this.lastTime = 0;
    this.bars.clear();
    this.candles.setData([]);
    this.volume.setData([]);
    this.chart.applyOptions({ timeScale: { secondsVisible } });
    return this.generation;
  }

  /** History for the generation `gen` (ignored when the user has moved on meanwhile). */
  load(gen: number, history: ChartBar[]): void {
    if (gen !== this.generation) return;
    const all = new Map<number, ChartBar>();
    for (const b of history) all.set(b.time, b);
    for (const b of this.held) all.set(b.time, b);
    const list = [...all.values()].sort((a, b) => a.time - b.time);
    this.candles.setData(list.map((b) => ({ time: b.time as UTCTimestamp, open: b.open, high: b.high, low: b.low, close: b.close })));
    this.volume.setData(list.map((b) => ({ time: b.time as UTCTimestamp, value: b.volume, color: volColor(b) })));
    for (const b of list) this.bars.set(b.time, b);
    this.lastTime = list.length > 0 ? list[list.length - 1]!.time : 0;
    this.held = [];
    this.ready = true;
    this.chart.timeScale().scrollToRealTime();
  }

  /** A live bar (already scaled to display units). */
  live(b: ChartBar): void {
    if (!this.ready) {
      this.held.push(b);
      return;
    }
    if (b.time < this.lastTime) return; // a late close of a bar already superseded
    this.lastTime = b.time;
    this.bars.set(b.time, b);
    this.candles.update({ time: b.time as UTCTimestamp, open: b.open, high: b.high, low: b.low, close: b.close });
    this.volume.update({ time: b.time as UTCTimestamp, value: b.volume, color: volColor(b) });
  }
}

function volColor(b: ChartBar): string {
  return b.close >= b.open ? 'rgba(38,166,154,0.45)' : 'rgba(239,83,80,0.45)';
}

/** A relay bar in display units. */
export function fromRelay(b: Bar, pScale: number, qScale: number): ChartBar {
  return { time: b.time / 1e6, open: b.open / pScale, high: b.high / pScale, low: b.low / pScale, close: b.close / pScale, volume: b.volume / qScale };
}
