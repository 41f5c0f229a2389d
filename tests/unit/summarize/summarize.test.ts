// The engine's contract: golden sample article, degenerate inputs, and properties on random text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../utils/summarize/index';

// happy-dom gives import.meta.url an http scheme: resolve from this file's directory instead.
const SAMPLE = readFileSync(path.resolve(__dirname, '../../fixtures/engine/seed-politics.txt'), 'utf8');

function expectVerbatim(text: string, count: number, lang?: string) {
  const r = summarize(text, { count, lang });
  for (const q of r.keyQuotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  const starts = r.keyQuotes.map((q) => q.start);
  expect(starts).toEqual([...starts].sort((a, b) => a - b)); // article order
  return r;
}

describe('summarize on the sample article (golden)', () => {
  const r = summarize(SAMPLE, { count: 3, title: 'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict' });

  it('detects English and returns 3 verbatim key quotes in article order', () => {
    expect(r.lang).toBe('en');
    expect(r.keyQuotes).toHaveLength(3);
    for (const q of r.keyQuotes) expect(SAMPLE.slice(q.start, q.end)).toBe(q.text);
    expect(r.keyQuotes.map((q) => q.start)).toEqual([...r.keyQuotes.map((q) => q.start)].sort((a, b) => a - b));
  });

  it('drops the dateline from the first sentence', () => {
    const first = r.keyQuotes.find((q) => q.start < 200);
    expect(first?.text).toBe('U.S. President Donald Trump stated that Ukraine and Russia are making “a little bit of progress” in their peace negotiations.');
    for (const q of r.keyQuotes) expect(q.text).not.toContain('Reuters');
  });

  it('finds the two direct quotations with full-name speakers', () => {
    expect(r.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We have Russia and Ukraine, which are making a little bit of progress', 'Donald Trump'],
      ['The enemy spared neither drones nor missiles', 'Ihor Klymenko'],
    ]);
    for (const q of r.quotes) expect(SAMPLE.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([3, 5, 8])('returns %i distinct sentences for short/medium/long', (count) => {
    const qs = summarize(SAMPLE, { count }).keyQuotes;
    expect(qs).toHaveLength(count);
    expect(new Set(qs.map((q) => q.text)).size).toBe(count);
  });

  it('is deterministic byte for byte', () => {
    expect(JSON.stringify(summarize(SAMPLE, { count: 5 }))).toBe(JSON.stringify(summarize(SAMPLE, { count: 5 })));
  });
});

describe('languages', () => {
  it.each([
    ['fr', 'Le gouvernement a présenté mardi son projet de loi sur les retraites. Les syndicats ont dénoncé une réforme injuste. Le texte sera examiné au Parlement dans les prochaines semaines.'],
    ['de', 'Die Regierung hat am Dienstag ihren Gesetzentwurf vorgestellt. Die Gewerkschaften kritisierten die Reform als ungerecht. Der Text wird in den kommenden Wochen im Parlament beraten.'],
    ['es', 'El gobierno presentó el martes su proyecto de ley de pensiones. Los sindicatos denunciaron una reforma injusta. El texto será examinado en el Parlamento en las próximas semanas.'],
    ['it', 'Il governo ha presentato martedì il suo disegno di legge sulle pensioni. I sindacati hanno denunciato una riforma ingiusta. Il testo sarà esaminato dal Parlamento nelle prossime settimane.'],
    ['pt', 'O governo apresentou na terça-feira o seu projeto de lei sobre as pensões. Os sindicatos denunciaram uma reforma injusta. O texto será examinado no Parlamento nas próximas semanas.'],
    ['nl', 'De regering heeft dinsdag haar wetsvoorstel over de pensioenen gepresenteerd. De vakbonden noemden de hervorming onrechtvaardig. De tekst wordt de komende weken in het parlement besproken.'],
    ['zh', '政府周二公布了养老金改革法案。工会谴责这项改革不公平。议会将在未来几周审议该法案。'],
    ['ja', '政府は火曜日に年金改革法案を発表した。労働組合はこの改革を不公平だと批判した。議会は今後数週間で法案を審議する。'],
  ])('detects %s and returns verbatim sentences', (lang, text) => {
    const r = expectVerbatim(text, 2);
    expect(r.lang).toBe(lang);
    expect(r.keyQuotes).toHaveLength(2);
  });

  it('normalises the caller language tag', () => {
    expect(summarize('Bonjour tout le monde.', { count: 1, lang: 'fr-CA' }).lang).toBe('fr');
    expect(summarize('Hello there, world.', { count: 1, lang: 'EN_us' }).lang).toBe('en');
  });
});

describe('degenerate inputs', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t '],
    ['punctuation only', '... !!! ??? ——'],
    ['no punctuation', 'just some words without any final stop and more words here'],
    ['one 10k-character sentence', `${'word '.repeat(2000)}end.`],
    ['one huge word', 'x'.repeat(20000)],
    ['unpaired quotes', '“He said “yes” and “no. « Ouvert „ nicht ‘ closed ’'],
    ['lone surrogates', '\ud800 abc. \udfff def.'],
  ])('%s: never throws, verbatim offsets', (_name, text) => {
    const r = expectVerbatim(text, 3);
    expect(r.keyQuotes.length).toBeLessThanOrEqual(3);
    for (const q of r.quotes) expect(q.start).toBeLessThanOrEqual(q.end);
  });

  it('returns fewer key quotes when the text has fewer sentences', () => {
    expect(summarize('One sentence only.', { count: 5 }).keyQuotes.map((q) => q.text)).toEqual(['One sentence only.']);
  });

  it('handles count 0 and nonsense counts', () => {
    expect(summarize(SAMPLE, { count: 0 }).keyQuotes).toEqual([]);
    expect(summarize(SAMPLE, { count: Number.NaN }).keyQuotes).toEqual([]);
  });
});

describe('properties on random text', () => {
  const piece = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('. ', '\n\n', '“', '”', '"', '« ', ' »', 'Mr. ', 'U.S. ', ' said Anna Berg. ', '今天。', '...', '$3.36bn'),
  );
  const texts = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

  it('never throws, key quotes verbatim and ordered, deterministic', () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 8 }), (text, count) => {
        const a = summarize(text, { count });
        expect(a.keyQuotes.length).toBeLessThanOrEqual(count);
        for (const q of a.keyQuotes) expect(text.slice(q.start, q.end)).toBe(q.text);
        for (let i = 1; i < a.keyQuotes.length; i++) expect(a.keyQuotes[i]!.start).toBeGreaterThanOrEqual(a.keyQuotes[i - 1]!.end);
        expect(JSON.stringify(summarize(text, { count }))).toBe(JSON.stringify(a));
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
