// @vitest-environment node
// The CLI's pdf.js keeps V8's own push and JSON (its legacy build's core-js would replace them with
// slower JavaScript copies for the whole process) and still reads PDFs.
import { describe, expect, it } from 'vitest';
import { loadPdfJs } from '@/utils/cli/load-pdfjs';

// Taken before pdf.js loads (core-js makes its own copies print as "[native code]": compare identity).
const native = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

describe('loadPdfJs', () => {
  it('leaves Array.prototype.push, JSON.parse and JSON.stringify native, and loads pdf.js once', async () => {
    const first = await loadPdfJs();
    expect(Array.prototype.push).toBe(native.push);
    expect(JSON.parse).toBe(native.parse);
    expect(JSON.stringify).toBe(native.stringify);
    expect(typeof first.getDocument).toBe('function');
    expect(await loadPdfJs()).toBe(first);
  });

  it('keeps the polyfills pdf.js needs on Node 20', async () => {
    await loadPdfJs();
    expect(typeof Promise.withResolvers).toBe('function');
  });
});
