import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ask } from './lib/child.ts';
const cpu = (pid: number) => { const r = readFileSync(`/proc/${pid}/stat`, 'utf8'); const x = r.slice(r.lastIndexOf(')') + 2).split(' '); return [Number(x[11]) / 100, Number(x[12]) / 100]; };
const raw = fork(new URL('./relay-raw.ts', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const port = await new Promise<number>((r) => raw.once('message', (m: { port: number }) => r(m.port)));
const text = JSON.stringify([{ type: 'book', symbol: 'AAPL', seq: 1, bids: Array(10).fill([1, 2]), asks: Array(10).fill([1, 2]) }, { type: 'trades', trades: Array(5).fill({ p: 1, q: 2 }) }]).repeat(3);
for (const mode of (process.env.MODES ?? 'ws,lean,ws,lean').split(',')) {
  const c = fork(new URL('./ws-clients.ts', import.meta.url), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await ask(c, { cmd: 'start', url: `ws://127.0.0.1:${port}/ws`, clients: 1000, symbols: [], sample: 0, batch: 500, lean: mode === 'lean' }, 'ready');
  await new Promise((r) => setTimeout(r, 500));
  const r0 = await ask<{ frames: number }>(c, { cmd: 'report' }, 'report');
  const c0 = cpu(c.pid!);
  const bl = await ask<{ writes: number; seconds: number }>(raw, { cmd: 'blast', text, seconds: 3 }, 'blasted');
  const c1 = cpu(c.pid!);
  const r1 = await ask<{ frames: number }>(c, { cmd: 'report' }, 'report');
  const f = r1.frames - r0.frames;
  console.log(`${mode}: ${f} frames (${text.length} B), client CPU user ${(c1[0]! - c0[0]!).toFixed(2)} s sys ${(c1[1]! - c0[1]!).toFixed(2)} s: ${(((c1[0]! - c0[0]!) + (c1[1]! - c0[1]!)) * 1e6 / f).toFixed(2)} µs/frame (user ${((c1[0]! - c0[0]!) * 1e6 / f).toFixed(2)}); writes ${bl.writes}`);
  c.send({ cmd: 'stop' });
  await new Promise((r) => c.once('exit', r));
}
raw.send({ cmd: 'stop' });
