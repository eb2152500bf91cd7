/**
 * Audits the replicated log: reads every message of the stream and checks that the Bourse seqs
 * are contiguous and that the writers' lease revisions never go back (no two writers interleave).
 * Importable, or run as a script (inside a network namespace): `node --import tsx
 * test/support/ha-audit.ts NATS_URLS` prints the audit as JSON.
 */
import { DEFAULT_NAMES, batchInfo, connectNats, streamTail } from '../../server/replication/log.ts';
import { readMessages } from '../../server/replication/reconcile.ts';

export interface Audit {
  messages: number;
  firstSeq: number;
  lastSeq: number;
  /** Runs of consecutive messages by the same lease revision, in stream order. */
  writers: { lease: number; first: number; last: number; messages: number }[];
  problems: string[];
}

export async function auditLog(urls: string): Promise<Audit> {
  const nc = await connectNats(urls.split(','), 'bourse-audit');
  try {
    const jsm = await nc.jetstreamManager();
    const tail = await streamTail(jsm, DEFAULT_NAMES);
    const a: Audit = { messages: 0, firstSeq: tail.firstBourse, lastSeq: tail.lastBourse, writers: [], problems: [] };
    let prevLast = 0;
    await readMessages(nc, DEFAULT_NAMES, tail.firstStreamSeq, tail.lastStreamSeq, (seq, _data, hdrs) => {
      const info = batchInfo(hdrs, `stream seq ${seq}`);
      a.messages++;
      if (prevLast > 0 && info.first !== prevLast + 1) a.problems.push(`stream seq ${seq}: Bourse seqs ${info.first}..${info.last} after ${prevLast}`);
      prevLast = info.last;
      const w = a.writers[a.writers.length - 1];
      if (w && w.lease === info.lease) {
        w.last = info.last;
        w.messages++;
      } else {
        if (w && info.lease < w.lease) a.problems.push(`stream seq ${seq}: lease ${info.lease} after lease ${w.lease}`);
        a.writers.push({ lease: info.lease, first: info.first, last: info.last, messages: 1 });
      }
    });
    return a;
  } finally {
    await nc.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  console.log(JSON.stringify(await auditLog(process.argv[2]!)));
}
