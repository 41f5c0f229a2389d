// Where a position falls in a list kept in text order, found by halving: a long page holds thousands of items.

/** The index of the first item at or after `position` (the list's length when none is); `at` gives each item's place. */
export function firstAtOrAfter<T>(items: readonly T[], position: number, at: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(items[mid]!) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
