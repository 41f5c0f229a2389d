// Map.prototype.getOrInsertComputed and getOrInsert, which pdf.js calls, where the browser lacks them: Firefox ESR 140 (the
// ESR Debian ships) reads PDFs with them added here; where the browser has them, its own are kept.

type Upsert = {
  has(key: unknown): boolean;
  get(key: unknown): unknown;
  set(key: unknown, value: unknown): unknown;
};

for (const proto of [Map.prototype, WeakMap.prototype] as unknown as Record<string, unknown>[]) {
  if (typeof proto.getOrInsertComputed !== 'function') {
    Object.defineProperty(proto, 'getOrInsertComputed', {
      value(this: Upsert, key: unknown, compute: (key: unknown) => unknown) {
        if (!this.has(key)) this.set(key, compute(key));
        return this.get(key);
      },
      writable: true,
      configurable: true,
    });
  }
  if (typeof proto.getOrInsert !== 'function') {
    Object.defineProperty(proto, 'getOrInsert', {
      value(this: Upsert, key: unknown, value: unknown) {
        if (!this.has(key)) this.set(key, value);
        return this.get(key);
      },
      writable: true,
      configurable: true,
    });
  }
}

export {};
