/** Small helpers to build stamped command streams in tests. */
import { encodeCommand, cmdSize, Cmd, type Command, type Stamped } from '../../server/engine/commands.ts';

/** Encode commands into one buffer with seq 1.. and non-decreasing times. Returns the buffer and record offsets. */
export function stream(cmds: Command[], startSeq = 1, startTime = 1_767_625_800_000_000): { buf: Uint8Array; offsets: number[] } {
  const size = cmds.reduce((n, c) => n + cmdSize(c.type), 0);
  const buf = new Uint8Array(size);
  const offsets: number[] = [];
  let at = 0;
  cmds.forEach((c, k) => {
    offsets.push(at);
    at += encodeCommand({ ...c, seq: startSeq + k, time: startTime + k * 10 } as Stamped, buf, at);
  });
  return { buf, offsets };
}

export const define = (symbol: number, name: string, over: Partial<Extract<Command, { type: 6 }>> = {}): Command => ({
  type: Cmd.DefineInstrument, symbol, name, tick: 1, lot: 1, maxQty: 1_000_000, refPrice: 1000, bandBps: 1000,
  priceDecimals: 2, qtyDecimals: 0, currency: 'USD', ...over,
});
