/** The trades tape: newest first, a bounded number of rows, aggressor side in colour. */
import type { Trade } from './feed.ts';
import { fmtUnits, fmtTime } from './format.ts';

export class Tape {
  private readonly el: HTMLElement;
  private readonly max: number;
  private trades: Trade[] = [];
  private pending = false;
  priceDecimals = 2;
  displayDecimals = 2;
  qtyDecimals = 0;

  constructor(el: HTMLElement, max: number) {
    this.el = el;
    this.max = max;
  }

  clear(): void {
    this.trades = [];
    this.request();
  }

  add(list: Trade[]): void {
    for (const t of list) this.trades.push(t);
    if (this.trades.length > this.max * 2) this.trades = this.trades.slice(-this.max);
    this.request();
  }

  private request(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.pending = false;
    const shown = this.trades.slice(-this.max).reverse();
    let h = '';
    for (const t of shown) {
      h += `<div class="trade ${t.side}"><span>${fmtTime(t.time)}</span><span class="px">${fmtUnits(t.price, this.priceDecimals, this.displayDecimals)}</span><span>${fmtUnits(t.qty, this.qtyDecimals, this.qtyDecimals)}</span></div>`;
    }
    this.el.innerHTML = h || '<div class="none">no trades yet</div>';
  }
}
