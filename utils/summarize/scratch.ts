// Reusable zeroed scratch arrays for the engine's inner loops: a fresh typed array per call is an off-heap allocation.
// On a typical article those allocations were a fair share of the engine's time. Each module makes
// its own scratch, so a view stays valid until that module asks again (never across a call into
// another module's scratch).

/** Returns n zeroed doubles, a view of one buffer that grows as needed: the previous view is reused. */
export function float64Scratch(): (n: number) => Float64Array {
  let pool = new Float64Array(1 << 12);
  return (n) => {
    if (pool.length < n) pool = new Float64Array(Math.max(n, 2 * pool.length));
    return pool.subarray(0, n).fill(0);
  };
}

/** Returns n zeroed 32-bit integers, a view of one buffer that grows as needed: the previous view is reused. */
export function int32Scratch(): (n: number) => Int32Array {
  let pool = new Int32Array(1 << 12);
  return (n) => {
    if (pool.length < n) pool = new Int32Array(Math.max(n, 2 * pool.length));
    return pool.subarray(0, n).fill(0);
  };
}
