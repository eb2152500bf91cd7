/** Exact decimal text of integer instrument units (no float rounding on the way). */
export function fmtUnits(units: number, decimals: number, shown: number): string {
  if (!Number.isInteger(units)) return (units / 10 ** decimals).toFixed(shown);
  const neg = units < 0;
  let s = String(Math.abs(units));
  if (decimals > 0) {
    s = s.padStart(decimals + 1, '0');
    s = `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
  }
  const [int, frac = ''] = s.split('.');
  const f = (frac + '0'.repeat(shown)).slice(0, shown);
  return `${neg ? '-' : ''}${group(int!)}${shown > 0 ? `.${f}` : ''}`;
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Decimals worth showing for prices on this tick (4 decimals with tick 100 -> 2). */
export function shownDecimals(decimals: number, tick: number): number {
  if (!(tick > 0)) return decimals;
  let k = 0;
  while (k < decimals && tick % 10 === 0) {
    tick /= 10;
    k++;
  }
  return decimals - k;
}

export function fmtTime(us: number): string {
  const d = new Date(us / 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}`;
}

export function fmtInt(n: number): string {
  return group(String(Math.round(n)));
}
