// The Map methods pdf.js calls, added where the browser lacks them (Firefox ESR 140; Node 20 too).
import { describe, expect, it } from 'vitest';
import '../../../utils/pdf/map-upsert';

type Upserting<K, V> = Map<K, V> & { getOrInsertComputed(key: K, compute: (key: K) => V): V; getOrInsert(key: K, value: V): V };

describe('map-upsert', () => {
  it('computes a missing value once and keeps the one already there', () => {
    const map = new Map<string, number[]>() as Upserting<string, number[]>;
    let made = 0;
    const make = () => (made++, [] as number[]);
    map.getOrInsertComputed('a', make).push(1);
    map.getOrInsertComputed('a', make).push(2);
    expect(map.get('a')).toEqual([1, 2]);
    expect(made).toBe(1);
    expect(map.getOrInsert('b', [3])).toEqual([3]);
    expect(map.getOrInsert('b', [4])).toEqual([3]);
  });

  it('works on a WeakMap too, and is not enumerable on Map.prototype', () => {
    const weak = new WeakMap<object, string>() as unknown as { getOrInsertComputed(key: object, compute: () => string): string };
    const key = {};
    expect(weak.getOrInsertComputed(key, () => 'x')).toBe('x');
    expect(weak.getOrInsertComputed(key, () => 'y')).toBe('x');
    expect(Object.keys(Map.prototype)).not.toContain('getOrInsertComputed');
  });
});
