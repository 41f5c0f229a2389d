// What the browser benches share to time a summary: the median of runs, and Keyquote's stage marks in one context.
import type { Page } from 'playwright-core';

/** The middle run (the upper one of two): a figure some run actually took. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Absolute times (ms since the epoch) of Keyquote's stage marks in one context (worker, popup). */
export const marksIn = (ctx: { evaluate: Page['evaluate'] }) =>
  ctx.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('keyquote:'))
        .map((m) => [m.name.slice('keyquote:'.length), performance.timeOrigin + m.startTime]),
    ),
  ) as Promise<Record<string, number>>;

/** A stage is [its name, the mark it starts at, the mark it ends at]. */
export type Stage = [string, string, string];

/** Each stage's duration from absolute mark times (ms; NaN where a stage was not reached). */
export const stageDurations = (at: Record<string, number>, stages: readonly Stage[]) => stages.map(([, from, to]) => (at[to] ?? NaN) - (at[from] ?? NaN));
