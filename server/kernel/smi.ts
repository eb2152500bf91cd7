/**
 * A number read from a Float64Array, as it should be kept in an object's field: an integer of
 * 32 bits (ids, sequence numbers, prices and quantities in units) comes back as the same integer
 * from an int32 operation, which V8 stores as a small integer in the field itself; the raw float64
 * made optimised code box it in a HeapNumber of its own, one allocation per field of every object
 * built from the rings (tracked orders, trade prints, book levels: most of what the gateway, MDP
 * and main threads allocated per order). Any other value (fractions, beyond 32 bits, -0) is
 * returned as it is: the value never changes, only how the engine holds it.
 */
export function smi(v: number): number {
  const i = v | 0;
  return i === v && (i !== 0 || 1 / v > 0) ? i : v;
}
