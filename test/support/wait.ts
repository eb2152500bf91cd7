/**
 * Waiting in tests and benchmarks: `sleep`, and `until`, a poll loop with a deadline (for
 * conditions nothing signals; TestClient.until in relay-harness.ts is the event-driven kind).
 */

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

type Falsy = false | 0 | '' | null | undefined;

/**
 * Polls `cond` (sync or async) every `every` ms until it returns a truthy value, and returns that
 * value; throws after `ms` naming `what` (a function is called only then, so it can describe the
 * state at the time of failure).
 */
export async function until<T>(cond: () => T | Promise<T>, ms = 30_000, what: string | (() => string) = 'condition', every = 10): Promise<Exclude<T, Falsy>> {
  const end = performance.now() + ms;
  for (;;) {
    const v = await cond();
    if (v) return v as Exclude<T, Falsy>;
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await sleep(every);
  }
}
