/**
 * The order-book ladder: asks above (best at the bottom), the spread, bids below; each row
 * shows price, size, orders and cumulative size, with a depth bar behind it. A level whose size
 * grew or shrank flashes (green / red, fading). Rows are reused and redrawn at most once a frame.
 */
import type { LocalBook, Level } from './feed.ts';
import { fmtUnits } from './format.ts';

export class Ladder {
  private readonly asksEl: HTMLElement;
  private readonly bidsEl: HTMLElement;
  private readonly spreadEl: HTMLElement;
  private readonly rows: number;
  private book: LocalBook | undefined;
  private pending = false;
  private flashes = new Map<number, number>();
  priceDecimals = 2;
  displayDecimals = 2;
  qtyDecimals = 0;

  constructor(root: HTMLElement, rows: number) {
    this.rows = rows;
    root.innerHTML = '<div class="lhead"><span>Price</span><span>Size</span><span>Orders</span><span>Total</span></div><div class="asks"></div><div class="spread"></div><div class="bids"></div>';
    this.asksEl = root.querySelector('.asks')!;
    this.bidsEl = root.querySelector('.bids')!;
    this.spreadEl = root.querySelector('.spread')!;
    for (const el of [this.asksEl, this.bidsEl]) {
      for (let i = 0; i < rows; i++) {
        const r = document.createElement('div');
        r.className = 'row';
        r.innerHTML = '<i></i><span class="px"></span><span class="qty"></span><span class="n"></span><span class="cum"></span>';
        el.appendChild(r);
      }
    }
  }

  show(book: LocalBook | undefined, snapshot: boolean): void {
    if (book && !snapshot) for (const [p, d] of book.changed) if (d !== 0) this.flashes.set(p, d);
    if (snapshot) this.flashes.clear();
    this.book = book;
    this.requestDraw();
  }

  private requestDraw(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    this.pending = false;
    const b = this.book;
    const bids = b ? b.sorted(true, this.rows) : [];
    const asks = b ? b.sorted(false, this.rows) : [];
    const cumB = cumulative(bids);
    const cumA = cumulative(asks);
    const max = Math.max(cumB[cumB.length - 1] ?? 0, cumA[cumA.length - 1] ?? 0, 1);
    // Asks: row 0 at the top is the deepest shown, the last row the best ask.
    this.fill(this.asksEl, asks, cumA, max, 'ask', true);
    this.fill(this.bidsEl, bids, cumB, max, 'bid', false);
    const bestB = bids[0];
    const bestA = asks[0];
    if (bestB && bestA) {
      const spread = bestA.price - bestB.price;
      const mid = (bestA.price + bestB.price) / 2;
      this.spreadEl.textContent = `spread ${fmtUnits(spread, this.priceDecimals, this.displayDecimals)}  ·  mid ${fmtUnits(mid, this.priceDecimals, this.displayDecimals + 1)}`;
    } else this.spreadEl.textContent = b ? 'one-sided book' : 'waiting for the book…';
    // A flash is a colour set at once and faded out by a CSS transition on the next draw.
    if (this.flashes.size > 0) setTimeout(() => this.requestDraw(), 120);
    this.flashes.clear();
  }

  private fill(el: HTMLElement, levels: Level[], cum: number[], max: number, cls: string, reversed: boolean): void {
    const rows = el.children;
    for (let i = 0; i < this.rows; i++) {
      const k = reversed ? this.rows - 1 - i : i;
      const row = rows[i] as HTMLElement;
      const l = levels[k];
      if (!l) {
        row.className = 'row empty';
        row.dataset.price = '';
        row.dataset.qty = '';
        for (let c = 1; c < 5; c++) row.children[c]!.textContent = '';
        (row.children[0] as HTMLElement).style.width = '0';
        continue;
      }
      const flash = this.flashes.get(l.price);
      const anim = flash === undefined ? '' : flash > 0 ? ' up' : ' down';
      row.className = `row ${cls}${anim}`;
      row.dataset.price = String(l.price);
      row.dataset.qty = String(l.qty);
      row.children[1]!.textContent = fmtUnits(l.price, this.priceDecimals, this.displayDecimals);
      row.children[2]!.textContent = fmtUnits(l.qty, this.qtyDecimals, this.qtyDecimals);
      row.children[3]!.textContent = String(l.count);
      row.children[4]!.textContent = fmtUnits(cum[k]!, this.qtyDecimals, this.qtyDecimals);
      (row.children[0] as HTMLElement).style.width = `${((cum[k]! / max) * 100).toFixed(1)}%`;
    }
  }
}

function cumulative(levels: Level[]): number[] {
  const out: number[] = [];
  let s = 0;
  for (const l of levels) out.push((s += l.qty));
  return out;
}
