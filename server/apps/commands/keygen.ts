import { writeFileSync, readFileSync, existsSync, chmodSync } from 'node:fs';
import type { CommandSpec } from '../flags.ts';
import { BourseError } from '../../kernel/errors.ts';
import { generateBrokerKey, brokerKeyJson, exchangeKeyEntry } from '../../order-client/index.ts';

/**
 * `bourse keygen`: a broker's Ed25519 API key(s). The private half goes to --out (mode 0600, the
 * broker keeps it); the public half is added to the exchange's keys file (--keys), which the
 * operator passes to `bourse start --keys`. With --count N: keys id..id+N-1, one per firm
 * firm..firm+N-1 (what `bourse load` uses), written as {"keys": [...]}.
 */
export const keygen: CommandSpec = {
  name: 'keygen',
  summary: 'make broker API key(s) for order entry: private half to --out, public half into the exchange keys file',
  flags: {
    id: { kind: 'int', default: 1, min: 1, max: 2 ** 32 - 1, help: 'API key id (the first of --count)' },
    firm: { kind: 'int', default: 1, min: 1, max: 1 << 20, help: 'firm the key belongs to (with --count: the first firm, one firm per key)' },
    count: { kind: 'int', default: 1, min: 1, max: 4096, help: 'how many keys' },
    rate: { kind: 'int', default: 0, min: 0, max: 100_000_000, help: 'orders/s of the firm\'s token bucket (0: the gateway default)' },
    out: { kind: 'path', required: true, help: 'broker key file to write (holds the private key; mode 0600)' },
    keys: { kind: 'path', required: true, help: 'exchange keys file to create or update (public keys only)' },
  },
  run(flags) {
    const n = flags.count as number;
    const out = flags.out as string;
    const keysPath = flags.keys as string;
    const made = Array.from({ length: n }, (_, i) => generateBrokerKey((flags.id as number) + i, n > 1 ? (flags.firm as number) + i : (flags.firm as number)));
    let doc: { keys: { id: number }[] } = { keys: [] };
    if (existsSync(keysPath)) {
      try {
        doc = JSON.parse(readFileSync(keysPath, 'utf8')) as typeof doc;
        if (!Array.isArray(doc.keys)) throw new Error('no "keys" list');
      } catch (e) {
        throw new BourseError('GW_BAD_KEY_FILE', `${keysPath}: ${(e as Error).message}`);
      }
    }
    const ids = new Set(made.map((k) => k.id));
    doc.keys = [...doc.keys.filter((k) => !ids.has(k.id)), ...made.map((k) => exchangeKeyEntry(k, flags.rate as number))];
    try {
      const text = n === 1 ? brokerKeyJson(made[0]!) : JSON.stringify({ keys: made.map((k) => JSON.parse(brokerKeyJson(k))) }, null, 1) + '\n';
      writeFileSync(out, text, { mode: 0o600 });
      chmodSync(out, 0o600);
      writeFileSync(keysPath, JSON.stringify(doc, null, 2) + '\n');
    } catch (e) {
      throw new BourseError('OUTPUT_FILE', (e as Error).message);
    }
    console.log(`bourse keygen: ${n} key(s) ${made[0]!.id}..${made[n - 1]!.id}: private halves in ${out} (mode 0600), public halves in ${keysPath}`);
  },
};
