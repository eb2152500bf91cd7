/**
 * Echoing what a caller sent, bounded: error messages name the offending text, but never more
 * than a few dozen characters of it (a 40 MB line must not become a 40 MB message).
 */

/** At most `max` characters of `s`, with "…" when cut. */
export function clip(s: string, max = 80): string {
  return s.length <= max ? s : `${s.slice(0, max)}…`;
}
