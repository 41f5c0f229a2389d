import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '@/utils/highlights/anchor';
import { describeQuote } from '@/utils/highlights/text-quote';

// Random Unicode text (any code point, surrogate pairs, combining marks, RTL) and a range in it.
const textAndRange = fc
  .string({ unit: 'binary', minLength: 1, maxLength: 300 })
  .chain((text) =>
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 }))
      .map(([a, b]) => ({ text, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
  );

describe('anchoring, property-based', () => {
  it('a selector built from a range anchors back to that range', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, start, end }) => {
        const sel = { ...describeQuote(text, start, end), start, end };
        expect(anchorQuote(text, sel)).toMatchObject({ status: 'anchored', start, end });
      }),
      { numRuns: 400 },
    );
  });

  it('after text is added before it, the same passage is found again, never a wrong one', () => {
    fc.assert(
      fc.property(textAndRange, fc.string({ minLength: 1, maxLength: 40 }), ({ text, start, end }, added) => {
        const sel = { ...describeQuote(text, start, end), start, end };
        const moved = added + text;
        const r = anchorQuote(moved, sel);
        expect(r.status).toBe('anchored');
        if (r.status === 'anchored' && r.exact) expect(moved.slice(r.start, r.end)).toBe(sel.exact);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary selectors and text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.integer(), (text, exact, start) => {
        const r = anchorQuote(text, { exact, prefix: '', suffix: '', start, end: start + exact.length });
        expect(['anchored', 'orphan']).toContain(r.status);
      }),
      { numRuns: 300 },
    );
  });
});
