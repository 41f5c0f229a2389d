import { beforeEach, describe, expect, it } from 'vitest';
import { revealInPage } from '@/utils/reveal-in-page';

describe('revealInPage', () => {
  beforeEach(() => {
    document.body.innerHTML =
      '<article><p>First <b>bold</b>claim here.</p><p>Second,\n   with\u00A0odd   spacing and a soft\u00ADhyphen.</p><pre>code: {\n  a: 1\n}</pre></article>';
    Element.prototype.scrollIntoView = function () {};
  });

  it.each([
    ['First boldclaim here.', 'First boldclaim here.'],
    ['Second, with odd spacing and a softhyphen.', 'Second,\n   with\u00A0odd   spacing and a soft\u00ADhyphen.'],
    ['code: { a: 1 }', 'code: {\n  a: 1\n}'],
  ])('finds %j across inline markup and white space', (quote, expected) => {
    expect(revealInPage(quote)).toBe(true);
    expect(window.getSelection()!.toString()).toBe(expected);
  });

  it('reports a passage that is not on the page', () => {
    expect(revealInPage('Not on this page.')).toBe(false);
    expect(revealInPage('   ')).toBe(false);
  });
});
