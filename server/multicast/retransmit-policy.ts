/**
 * The retransmission server's policy, pure (no node:*, no clock): the answer to a well-formed
 * request against a channel's window, and the per-client rate limiter. The bytes (framing, the
 * request parser, the response encoder) are the shared wire contract, protocol/retransmit.ts.
 */
import { MAX_UINT64, RetransmitStatus, type ExactFields, type RetransmitRequest } from '../protocol/retransmit.ts';

/** What the decision needs to know of the server and one channel's window. */
export interface WindowState {
  sessionId: number;
  /** The channel's window, or undefined for an unknown channel id. */
  window: (channelId: number) => { firstSeq: number; lastSeq: number } | undefined;
  maxMessagesPerRequest: number;
}

export interface Decision {
  status: RetransmitStatus;
  detail: string;
  windowFirstSeq: number;
  lastSeq: number;
}

/**
 * The server's answer to a well-formed request (rate limiting is decided before this). Session
 * ids and sequence numbers are compared and named exactly as sent (`exact`, 64-bit), so a
 * first_seq of 2^64-1 is told apart from 2^53 and never shown rounded.
 */
export function decide(req: RetransmitRequest<number>, st: WindowState, exact: ExactFields = { sessionId: BigInt(req.sessionId), firstSeq: BigInt(req.firstSeq) }): Decision {
  const d = (status: RetransmitStatus, detail: string, first = 0, last = 0): Decision => ({ status, detail, windowFirstSeq: first, lastSeq: last });
  if (exact.sessionId !== BigInt(st.sessionId)) return d(RetransmitStatus.UnknownSession, `session ${exact.sessionId} is not the current session ${st.sessionId}`);
  const w = st.window(req.channelId);
  if (!w) return d(RetransmitStatus.UnknownChannel, `channel ${req.channelId} is not published here`);
  if (req.count < 1 || req.count > st.maxMessagesPerRequest) return d(RetransmitStatus.RangeTooLarge, `count ${req.count} is outside 1..${st.maxMessagesPerRequest}`, w.firstSeq, w.lastSeq);
  const first = exact.firstSeq;
  const last = first + BigInt(req.count) - 1n;
  if (last > MAX_UINT64) {
    return d(RetransmitStatus.RangeTooLarge, `messages ${first}..${first}+${req.count - 1} run past ${MAX_UINT64}, the largest sequence number`, w.firstSeq, w.lastSeq);
  }
  if (w.lastSeq === 0 || last > BigInt(w.lastSeq)) {
    const what = req.count === 1 ? `message ${first} is not published yet` : `messages ${first}..${last} are not all published yet`;
    return d(RetransmitStatus.NotYetPublished, `${what} (the last published is ${w.lastSeq})`, w.firstSeq, w.lastSeq);
  }
  if (first < BigInt(w.firstSeq)) return d(RetransmitStatus.TooOld, `message ${first} has left the window (oldest held: ${w.firstSeq})`, w.firstSeq, w.lastSeq);
  return d(RetransmitStatus.Ok, '', w.firstSeq, w.lastSeq);
}

/** Token bucket per client key: `rate` requests per second sustained, `burst` at once. */
export class RateLimiter {
  readonly rate: number;
  readonly burst: number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(rate: number, burst: number) {
    this.rate = rate;
    this.burst = burst;
  }

  /** Take one token for `key` at time `nowMs`; false = over the limit. */
  take(key: string, nowMs: number): boolean {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= 10_000) this.prune(nowMs);
      b = { tokens: this.burst, at: nowMs };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((nowMs - b.at) * this.rate) / 1000);
    b.at = nowMs;
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Forget buckets that are full again (bounded memory under many client addresses). */
  private prune(nowMs: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((nowMs - b.at) * this.rate) / 1000 >= this.burst) this.buckets.delete(k);
  }
}
