// pdf.js ships no types for its worker module; the extension only hands it to pdf.js as `pdfjsWorker`.
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
