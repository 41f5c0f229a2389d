// pdf.js for the CLI, seen through the PdfJs interface the reader takes, but running on its own thread
// (pdf-thread.mjs): the main thread never loads pdf.js, and reads pages while the thread parses them.
import { Worker } from 'node:worker_threads';
import type { PdfJs } from '../pdf/read-pdf';

type Op = 'open' | 'page' | 'info' | 'close';
interface Reply {
  id: number;
  value?: unknown;
  error?: { name: string; message: string };
}

let thread: Worker | undefined;
let ids = 0;
const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

function settle({ id, value, error }: Reply): void {
  const w = waiting.get(id)!;
  waiting.delete(id);
  // Idle, the thread must not keep the CLI alive.
  if (waiting.size === 0) thread!.unref();
  if (error) w.reject(Object.assign(new Error(error.message), { name: error.name }));
  else w.resolve(value);
}

function call<T>(op: Op, args: object): Promise<T> {
  if (!thread) {
    // execArgv: [] starts it without the parent's `--import tsx`.
    thread = new Worker(new URL('./pdf-thread.mjs', import.meta.url), { execArgv: [] });
    thread.on('message', settle);
    // A thread that dies (pdf.js failed to load, out of memory) fails what waits on it, not hangs it.
    thread.on('error', (e) => {
      for (const w of waiting.values()) w.reject(e);
      waiting.clear();
      thread = undefined;
    });
  }
  thread.ref();
  const id = ++ids;
  return new Promise<T>((resolve, reject) => {
    waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
    thread!.postMessage({ id, op, args });
  });
}

interface PageText {
  width: number;
  height: number;
  items: unknown[];
}

export const threadPdfJs: PdfJs = {
  getDocument({ data }) {
    const opened = call<{ doc: number; numPages: number }>('open', { data });
    return {
      promise: opened.then(({ doc, numPages }) => ({
        numPages,
        getMetadata: async () => ({ info: await call('info', { doc }) }),
        getPage: async (n: number) => {
          const p = await call<PageText>('page', { doc, n });
          return { getViewport: () => p, getTextContent: async () => p, cleanup: () => undefined };
        },
      })),
      destroy: () => opened.then(({ doc }) => call<void>('close', { doc })).catch(() => undefined),
    };
  },
};
