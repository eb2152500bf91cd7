/** Plain-text tables for benchmark output: right-aligned numbers, thousands separators. */

export type Cell = string | number | undefined;

/** 1234567 -> "1,234,567"; 0.1234 -> "0.123"; 12.345 -> "12.3"; undefined -> "-". */
export function fmt(v: Cell): string {
  if (v === undefined) return '-';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  if (abs >= 1000) return Math.round(v).toLocaleString('en-US');
  if (abs >= 100) return v.toFixed(0);
  if (abs >= 10) return v.toFixed(1);
  if (abs >= 1) return v.toFixed(2);
  if (abs === 0) return '0';
  return v.toPrecision(3);
}

/** Render rows under a header; numbers right-aligned, text left-aligned. */
export function renderTable(header: string[], rows: Cell[][], title?: string): string {
  const text = rows.map((r) => header.map((_, i) => fmt(r[i])));
  const numeric = header.map((_, i) => rows.every((r) => r[i] === undefined || typeof r[i] === 'number'));
  const width = header.map((h, i) => Math.max(h.length, ...text.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (numeric[i] ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join('  ').trimEnd();
  const out: string[] = [];
  if (title) out.push(title);
  out.push(line(header));
  out.push(width.map((w) => '-'.repeat(w)).join('  '));
  for (const r of text) out.push(line(r));
  return out.join('\n');
}

export function printTable(header: string[], rows: Cell[][], title?: string): void {
  console.log(renderTable(header, rows, title) + '\n');
}

/** Two-column table of a figures object. */
export function printFigures(figures: Record<string, number | undefined>, title?: string): void {
  printTable(['figure', 'value'], Object.entries(figures).map(([k, v]) => [k, v]), title);
}
