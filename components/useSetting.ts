// One stored setting as Preact state: read once, written on change, and kept in step with changes
// made elsewhere (the popup's length picker, "clear all data").
import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** `guess`: a value (or how to get it, asked once) to work with until storage answers (null: none); storage's value then replaces it. */
export function useSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>, guess: T | null | (() => T | null) = null): [T | null, (v: T) => void] {
  const [value, setValue] = useState<T | null>(guess);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((v) => setValue(v));
  }, [item]);
  const set = (v: T) => {
    setValue(v);
    void item.setValue(v);
  };
  return [value, set];
}
