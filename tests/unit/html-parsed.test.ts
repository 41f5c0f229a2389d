// htmlParsed: the extraction waits for a page's HTML to be parsed whole, and no longer than that.
import { describe, expect, it } from 'vitest';
import { htmlParsed } from '@/utils/extract/html-parsed';

/** A document as the browser shows it to a script injected while its HTML is still arriving. */
function documentIn(readyState: DocumentReadyState) {
  const doc = new EventTarget() as EventTarget & { readyState: DocumentReadyState };
  doc.readyState = readyState;
  return doc as unknown as Document & { readyState: DocumentReadyState };
}

/** Whether the promise has settled after the pending callbacks ran. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

describe('htmlParsed', () => {
  it('resolves at once when the HTML is parsed (interactive) or the page loaded (complete)', async () => {
    expect(await settled(htmlParsed(documentIn('interactive')))).toBe(true);
    expect(await settled(htmlParsed(documentIn('complete')))).toBe(true);
  });

  it('waits for DOMContentLoaded while the HTML is still arriving', async () => {
    const doc = documentIn('loading');
    const parsed = htmlParsed(doc);
    expect(await settled(parsed)).toBe(false);
    doc.dispatchEvent(new Event('readystatechange'));
    expect(await settled(parsed)).toBe(false);
    doc.readyState = 'interactive';
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(await settled(parsed)).toBe(true);
  });
});
