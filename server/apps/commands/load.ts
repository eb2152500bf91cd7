import { writeFileSync, readFileSync } from 'node:fs';
import type { CommandSpec } from '../flags.ts';
import { BourseError } from '../../kernel/errors.ts';
import { parseBrokerKey, type BrokerKey } from '../../order-client/index.ts';
import { runLoad } from '../load/generator.ts';
import { splitHostPort } from './order.ts';

/** Broker key file(s): one key, or {"keys": [...]} as `bourse keygen --count N` writes. */
export function loadBrokerKeys(path: string): BrokerKey[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BourseError('CLI_BAD_KEY_FILE', `${path}: ${(e as Error).message}`);
  }
  const list = (doc as { keys?: unknown[] }).keys;
  if (!Array.isArray(list)) return [parseBrokerKey(JSON.stringify(doc), path)];
  return list.map((k, i) => parseBrokerKey(JSON.stringify(k), `${path} keys[${i}]`));
}

export const load: CommandSpec = {
  name: 'load',
  summary: 'order-entry load generator: N real TCP sessions offering a total rate; prints ack/fill latency, fairness, lost reports',
  flags: {
    gateway: { kind: 'string', default: '127.0.0.1:9400', help: 'gateway address HOST:PORT' },
    keys: { kind: 'path', required: true, help: 'broker key file with at least --sessions keys (bourse keygen --count N --out FILE)' },
    sessions: { kind: 'int', default: 64, min: 1, max: 4096, help: 'concurrent sessions (one key each)' },
    rate: { kind: 'int', default: 215_000, min: 1, max: 10_000_000, help: 'orders per second offered, in total' },
    seconds: { kind: 'int', default: 30, min: 1, max: 86_400, help: 'how long to send' },
    symbols: { kind: 'int', default: 8, min: 1, max: 1000, help: 'instruments traded (the first the gateway lists)' },
    window: { kind: 'int', default: 256, min: 1, max: 65536, help: 'unanswered orders per session; due orders beyond it are not sent (counted)' },
    'tick-ms': { kind: 'int', default: 1, min: 1, max: 100, help: 'ms between send ticks: each session writes its due orders once per tick' },
    'warmup-seconds': { kind: 'int', default: 0, min: 0, max: 3600, help: 'orders sent in the first N seconds are left out of the *_steady ack figures (the whole-run ones keep them)' },
    warm: { kind: 'bool', default: true, help: 'before the schedule starts, run this process\'s encode/decode paths on scratch buffers and commit its arrays (false: cold, the A/B)' },
    json: { kind: 'path', help: 'also write the figures to this JSON file' },
  },
  async run(flags) {
    const [host, port] = splitHostPort(flags.gateway as string);
    const keys = loadBrokerKeys(flags.keys as string);
    const r = await runLoad({ host, port, keys, sessions: flags.sessions as number, rate: flags.rate as number, seconds: flags.seconds as number, symbols: flags.symbols as number, window: flags.window as number, tickMs: flags['tick-ms'] as number, warmupSeconds: flags['warmup-seconds'] as number, warm: flags.warm as boolean });
    for (const [k, v] of Object.entries(r)) console.log(`${k.padEnd(24)} ${v}`);
    if (flags.json) {
      try {
        writeFileSync(flags.json as string, JSON.stringify(r) + '\n');
      } catch (e) {
        throw new BourseError('OUTPUT_FILE', (e as Error).message);
      }
    }
    return r.lost_reports === 0 ? 0 : 1;
  },
};
