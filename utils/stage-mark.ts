// Names each stage of a summary's way (read, summarized, answered…) on the performance timeline, so the benchmark can say where the time goes.

const PREFIX = 'keyquote:';

/** Marks a stage (a no-op where there is no performance timeline). */
export function markStage(name: string): void {
  globalThis.performance?.mark?.(PREFIX + name);
}

/** Forgets earlier marks of these stages: a long-lived worker would otherwise keep one per request. */
export function clearStages(names: readonly string[]): void {
  for (const n of names) globalThis.performance?.clearMarks?.(PREFIX + n);
}
