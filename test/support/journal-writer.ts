/**
 * Crash-test writer for test/unit/journal.test.ts. Run as a script:
 *   node test/support/journal-writer.ts DIR [segmentBytes]
 * appends deterministic records in batches of varying size, commits each batch (fsync on) and only
 * then prints `committed <seq>`. The test kills it with SIGKILL and checks every printed seq.
 * Imported, it only provides `journalRecord` so the test can check record contents.
 */
import { writeSync } from 'node:fs';
import { encodeCommand, Cmd } from '../../server/engine/commands.ts';
import { Side, OrdType, TimeInForce } from '../../server/kernel/types.ts';
import { Journal } from '../../server/sequencer/journal.ts';

/** The record for `seq`: a NewOrder (64 bytes), every 7th a DefineInstrument (96 bytes). */
export function journalRecord(seq: number): Uint8Array {
  const buf = new Uint8Array(96);
  const time = 1_700_000_000_000_000 + seq * 10;
  if (seq % 7 === 0) {
    const n = encodeCommand({ type: Cmd.DefineInstrument, seq, time, symbol: seq % 1000, name: `SYM${seq % 1000}`, tick: 1, lot: 1, maxQty: 1e6, refPrice: 100 + (seq % 50), bandBps: 1000, priceDecimals: 2, qtyDecimals: 0, currency: 'EUR' }, buf);
    return buf.subarray(0, n);
  }
  const n = encodeCommand({ type: Cmd.NewOrder, seq, time, symbol: seq % 13, side: seq % 2 ? Side.Buy : Side.Sell, ordType: OrdType.Limit, tif: TimeInForce.GTC, price: 10_000 + (seq % 97), qty: 1 + (seq % 31), account: 1 + (seq % 5), clientOrderId: seq }, buf);
  return buf.subarray(0, n);
}

const isMain = process.argv[1]?.endsWith('journal-writer.ts');
if (isMain) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: journal-writer.ts DIR [segmentBytes]');
  const segmentBytes = Number(process.argv[3] ?? 65536);
  const j = Journal.open({ dir, segmentBytes, fsync: true });
  let seq = j.lastSeq;
  const limit = seq + 1_000_000; // a safety stop in case nobody kills us
  for (let b = 1; seq < limit; b++) {
    const size = 1 + ((b * 37) % 64);
    for (let i = 0; i < size; i++) j.append(journalRecord(++seq));
    j.commit();
    writeSync(1, `committed ${j.durableSeq}\n`);
  }
  j.close();
}
