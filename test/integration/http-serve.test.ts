/**
 * The operator's path: `bourse bars import` a tape into DATA, `bourse serve --data DATA --port 0`
 * prints its URL, and the API's CSV equals `bourse candles` on the same tape, byte for byte.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bourse, bourseSpawn } from '../support/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'bourse-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function tape(): string {
  const lines = ['time,price,qty'];
  let t = Date.UTC(2026, 0, 5, 9, 0, 0);
  let p = 10_000;
  for (let i = 0; i < 600; i++) {
    t += 500 + ((i * 7919) % 20_000);
    p += ((i * 31) % 11) - 5;
    lines.push(`${t},${(p / 100).toFixed(2)},${1 + (i % 17)}`);
  }
  const path = join(dir, 'tape.csv');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

test('bars import, then bourse serve answers with the rows of bourse candles', async () => {
  const path = tape();
  const data = join(dir, 'data');
  const imp = bourse(['bars', 'import', '--trades', path, '--symbol', 'TEST', '--tick', '0.01', '--lot', '1', '--data', data]);
  assert.equal(imp.code, 0, imp.stderr);
  assert.match(imp.lastLine, /^bars import: TEST \(new instrument\) from tape\.csv \(csv\): 600 trades -> /);
  const candles = bourse(['candles', '--trades', path, '--interval', '1m', '--tick', '0.01', '--lot', '1']);
  assert.equal(candles.code, 0, candles.stderr);

  const child = bourseSpawn(['serve', '--data', data, '--port', '0']);
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 60_000);
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
    assert.doesNotMatch(url, /:0$/, '--port 0 prints the port it got');
    const csv = await (await fetch(`${url}/api/v1/bars?symbol=TEST&interval=1m&format=csv&limit=10000`)).text();
    assert.equal(csv, candles.stdout);
    const ready = await fetch(`${url}/readyz`);
    assert.equal(ready.status, 200);
    assert.equal((await fetch(`${url}/api/v1/book/TEST`)).status, 503, 'no live market under bourse serve');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.match(out, /bourse serve: stopped/);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('serve refuses a bad --store', () => {
  const r = bourse(['serve', '--data', dir, '--store', 'mysql://x']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /STORE_BAD_URL: .*--store "mysql:\/\/x" must start with postgres:\/\/, postgresql:\/\/ or sqlite:/);
});
