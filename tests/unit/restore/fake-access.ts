// What the fake browser lacks for site access: permissions (with the browser's rule that request()
// works only synchronously inside a user gesture, and a prompt the test answers) and registered
// content scripts, with the same semantics as Chromium's.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

type Listener = (p: { origins?: string[] }) => void;
interface Script { id: string; matches?: string[]; js?: string[]; runAt?: string; persistAcrossSessions?: boolean }

export interface FakeAccess {
  granted: Set<string>;
  scripts: Map<string, Script>;
  /** What the user answers to the next prompts (default: decline). */
  answer: boolean;
  /** Every prompt shown, with the origins it asked for. */
  prompts: string[][];
  /** Runs `fn` as the browser runs a listener for a click: a gesture only while it runs synchronously. */
  gesture<T>(fn: () => T): T;
  /** The browser's own site-access controls: grant or remove without Keyquote asking. */
  grantFromBrowser(origins: string[]): void;
  removeFromBrowser(origins: string[]): void;
  calls: { register: number; unregister: number };
}

export function installFakeAccess(initial: string[] = []): FakeAccess {
  const added: Listener[] = [];
  const removed: Listener[] = [];
  let inGesture = false;
  const access: FakeAccess = {
    granted: new Set(initial),
    scripts: new Map(),
    answer: false,
    prompts: [],
    calls: { register: 0, unregister: 0 },
    gesture(fn) {
      inGesture = true;
      try {
        return fn();
      } finally {
        inGesture = false;
      }
    },
    grantFromBrowser(origins) {
      origins.forEach((o) => access.granted.add(o));
      added.forEach((l) => l({ origins }));
    },
    removeFromBrowser(origins) {
      origins.forEach((o) => access.granted.delete(o));
      removed.forEach((l) => l({ origins }));
    },
  };
  const event = (list: Listener[]) => ({ addListener: (l: Listener) => void list.push(l), removeListener: vi.fn(), hasListener: vi.fn() });
  const fake = fakeBrowser as unknown as Record<string, unknown>;
  fake.permissions = {
    getAll: async () => ({ origins: [...access.granted], permissions: [] }),
    contains: async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => access.granted.has(o)),
    request: ({ origins = [] }: { origins?: string[] }) => {
      // Checked at call time, as browsers do: any await before the call loses the gesture.
      if (!inGesture) return Promise.reject(new Error('This function must be called during a user gesture'));
      const missing = origins.filter((o) => !access.granted.has(o));
      if (missing.length === 0) return Promise.resolve(true);
      access.prompts.push(origins);
      const yes = access.answer;
      return Promise.resolve().then(() => {
        if (yes) access.grantFromBrowser(missing);
        return yes;
      });
    },
    remove: async ({ origins = [] }: { origins?: string[] }) => {
      access.removeFromBrowser(origins);
      return true;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  };
  fake.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids?: string[] } = {}) =>
      [...access.scripts.values()].filter((s) => !ids || ids.includes(s.id)).map((s) => structuredClone(s)),
    registerContentScripts: async (list: Script[]) => {
      access.calls.register++;
      for (const s of list) {
        if (access.scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        if (!s.matches?.length) throw new Error('Script must specify at least one match');
        access.scripts.set(s.id, structuredClone(s));
      }
    },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
      access.calls.unregister++;
      for (const id of ids) if (!access.scripts.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
    },
  };
  return access;
}
