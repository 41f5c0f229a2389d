// A PDF that cannot be loaded again gets a message saying what to do: a local file needs the browser's
// "Allow access to file URLs"; a web one, a reload.
import { describe, expect, it } from 'vitest';
import { fetchFailure, fetchPdfBytes } from '@/utils/pdf/fetch-bytes';

describe('fetchPdfBytes', () => {
  it('names the file-access switch for a local file, and a reload for a web address', () => {
    expect(fetchFailure('file:///home/me/report.pdf')).toMatch(/Allow access to file URLs/);
    expect(fetchFailure('https://example.org/report.pdf')).toMatch(/Reload the tab/);
  });

  it('turns a failed load into that message, with the no-access code', async () => {
    await expect(fetchPdfBytes('http://127.0.0.1:9/none.pdf')).rejects.toMatchObject({ code: 'no-access', message: expect.stringMatching(/Reload the tab/) });
  });
});
