// pdf.js for the CLI, seen through the PdfJs interface the reader takes, but running on threads of its
// own (pdf-thread.mjs): the main thread never loads pdf.js, and reads pages while the threads parse them.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { PdfJs } from '../pdf/read-pdf';

type Op = 'open' | 'page' | 'info' | 'close';
interface Reply {
  id: number;
  value?: unknown;
  error?: { name: string; message: string };
}
interface Waiting {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

/** One pdf.js thread, started on its first call; idle, it does not keep the CLI alive. */
function pdfThread() {
  let thread: Worker | undefined;
  let ids = 0;
  const waiting = new Map<number, Waiting>();

  function settle({ id, value, error }: Reply): void {
    const w = waiting.get(id)!;
    waiting.delete(id);
    if (waiting.size === 0) thread!.unref();
    if (error) w.reject(Object.assign(new Error(error.message), { name: error.name }));
    else w.resolve(value);
  }

  function start(): Worker {
    // execArgv: [] starts it without the parent's `--import tsx`.
    const w = new Worker(new URL('./pdf-thread.mjs', import.meta.url), { execArgv: [] });
    w.on('message', settle);
    // A thread that dies (pdf.js failed to load, out of memory) fails what waits on it, not hangs it.
    w.on('error', (e) => {
      for (const x of waiting.values()) x.reject(e);
      waiting.clear();
      thread = undefined;
    });
    return w;
  }

  /** `transfer`: buffers handed over to the thread rather than copied. */
  function call<T>(op: Op, args: object, transfer: ArrayBuffer[] = []): Promise<T> {
    thread ??= start();
    thread.ref();
    const id = ++ids;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      thread!.postMessage({ id, op, args }, transfer);
    });
  }

  /** Starts the thread (it loads pdf.js) before anything is asked of it; idle, it keeps nothing alive. */
  const warm = () => void (thread ??= start()).unref();
  return { call, warm };
}

interface PageText {
  width: number;
  height: number;
  items: unknown[];
}

function threadPdfJs(): PdfJs & { warm(): void } {
  const { call, warm } = pdfThread();
  return {
    warm,
    getDocument({ data }) {
      // The bytes move to the thread, as pdf.js's own getDocument moves them to its worker (a view
      // into a larger buffer is copied: the rest of that buffer is not ours to move).
      const whole = data.byteLength === data.buffer.byteLength;
      const opened = call<{ doc: number; numPages: number }>('open', { data }, whole ? [data.buffer as ArrayBuffer] : []);
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
}

/** Threads that read a long PDF's pages together: one per core, up to four (each holds its own pdf.js). */
const THREADS = Math.max(1, Math.min(4, availableParallelism()));

/** The first thread reads every PDF; the others, started only when a long file needs them, share its pages. */
export const firstPdfThread = threadPdfJs();
export const helperPdfThreads = Array.from({ length: THREADS - 1 }, threadPdfJs);

/**
 * A file this large is likely long enough for the helpers (a page of text printed by Chromium takes
 * about 4 kB): they are started with the first thread, rather than once it has opened the file and
 * counted its pages, a wait their own start then adds to. For a short file, that start (loading pdf.js
 * again, about a third of a CPU second each) is wasted.
 */
const LIKELY_LONG_BYTES = 192 * 1024;

/** Starts the first thread now (and the helpers for a large file): they load pdf.js while this thread loads the rest of the CLI. */
export function warmPdfThread(fileBytes = 0): void {
  firstPdfThread.warm();
  if (fileBytes >= LIKELY_LONG_BYTES) for (const h of helperPdfThreads) h.warm();
}
