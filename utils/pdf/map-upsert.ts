// Map.prototype.getOrInsertComputed and getOrInsert, which pdf.js calls, where the browser lacks them: Firefox ESR 140 (the
// ESR Debian ships) reads PDFs with them added here; where the browser has them, its own are kept.

type Upsert = {
  has(key: unknown): boolean;
  get(key: unknown): unknown;
  set(key: unknown, value: unknown): unknown;
};

/** Defines `name` on `proto` as the proposal specifies it, unless the browser has it: not enumerable, writable, configurable. */
function addMissing(proto: Record<string, unknown>, name: string, valueFor: (key: unknown, arg: unknown) => unknown): void {
  if (typeof proto[name] === 'function') return;
  Object.defineProperty(proto, name, {
    value(this: Upsert, key: unknown, arg: unknown) {
      if (!this.has(key)) this.set(key, valueFor(key, arg));
      return this.get(key);
    },
    writable: true,
    configurable: true,
  });
}

for (const proto of [Map.prototype, WeakMap.prototype] as unknown as Record<string, unknown>[]) {
  addMissing(proto, 'getOrInsertComputed', (key, compute) => (compute as (key: unknown) => unknown)(key));
  addMissing(proto, 'getOrInsert', (_key, value) => value);
}

export {};
