// Property: on random Unicode paragraphs, extraction + summary never throws and every quote is verbatim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleText } from '@/utils/article';
import { summarize } from '@/utils/summarize';
import { articleHtml, expectVerbatim, pipeline } from './pipeline';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// Words from many scripts, punctuation of several languages, and arbitrary code points (lone surrogates too).
const word = fc.oneof(
  fc.constantFrom('the', 'council', 'said', 'مكتبة', 'ספרייה', '图书馆', 'としょかん', 'Ωmega', 'naïve', 'e\u0301', '👨‍👩‍👧', '1️⃣'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
);
const punct = fc.constantFrom('.', '!', '?', '。', '؟', '…', '', ' —', '."', '.»', ';');
const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 30 }), punct).map(([ws, p]) => ws.join(' ') + p);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(' '));
const paragraphs = fc.array(paragraph, { minLength: 1, maxLength: 12 });
const length = fc.constantFrom('short' as const, 'medium' as const, 'long' as const);

describe('extraction → summary on random Unicode', () => {
  it('never throws and quotes verbatim at its offsets', () => {
    fc.assert(
      fc.property(paragraphs, length, (ps, len) => {
        const { article, summary } = pipeline(articleHtml(ps.map(escapeHtml)), len);
        expectVerbatim(article, summary);
        expect(summary.keyQuotes.length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 150 },
    );
  });

  it('the engine alone quotes verbatim whatever the paragraphs (no HTML in between)', () => {
    fc.assert(
      fc.property(paragraphs, fc.constantFrom('', 'en', 'ar', 'zh', 'xx'), (ps, lang) => {
        const text = articleText(ps);
        for (const q of summarize(text, { count: 5, lang }).keyQuotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 150 },
    );
  });
});
