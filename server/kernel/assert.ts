import { BourseError, type ErrorCode } from './errors.ts';

/** Invariant check. Throws a registered error so callers can report it uniformly. */
export function invariant(cond: unknown, code: ErrorCode, detail: string): asserts cond {
  if (!cond) throw new BourseError(code, detail);
}

export function isSafeNonNegInt(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}
