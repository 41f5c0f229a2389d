// Segmentation cases: abbreviations, decimals, initials, ellipses, headings, datelines, CJK.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../../utils/summarize/dateline';
import { segmentSentences, singleSentence } from '../../../utils/summarize/segment';
import { fixturePath } from '../fixture';

const split = (text: string, lang = 'en') => segmentSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it.each([
    ['titles', 'Mr. Smith went to Washington. He met Dr. Jones there.', ['Mr. Smith went to Washington.', 'He met Dr. Jones there.']],
    ['acronym before a name', 'The U.S. President spoke. The U.S. economy grew.', ['The U.S. President spoke.', 'The U.S. economy grew.']],
    ['acronym ending a sentence', 'He lives in the U.S. The weather is fine.', ['He lives in the U.S.', 'The weather is fine.']],
    ['money and decimals', 'Sales rose 3.5% to $3.36bn in 2020. Profit fell.', ['Sales rose 3.5% to $3.36bn in 2020.', 'Profit fell.']],
    ['initials', 'John F. Kennedy was shot. It was sad.', ['John F. Kennedy was shot.', 'It was sad.']],
    ['ellipsis mid-sentence', 'It was sad... very sad. Then it ended.', ['It was sad... very sad.', 'Then it ended.']],
    ['question in a quote', '"Why?" he asked. Nobody knew.', ['"Why?" he asked.', 'Nobody knew.']],
    ['e.g.', 'Some fruit, e.g. Apples, are red. Others not.', ['Some fruit, e.g. Apples, are red.', 'Others not.']],
    ['headings without punctuation', 'A heading\n\nA sentence here. Another one.', ['A heading', 'A sentence here.', 'Another one.']],
    ['list items', 'Items:\n- first item\n- second item', ['Items:', '- first item', '- second item']],
    // Wikipedia's reference marks end the sentence they follow: ICU broke after "[" ("plasma.[" + "81] The…").
    ['a reference mark', 'It is called quark-gluon plasma.[81] The exact conditions are unknown.', ['It is called quark-gluon plasma.[81]', 'The exact conditions are unknown.']],
    ['reference marks in a row', 'It was found in 1998.[3][4] Later work confirmed it.', ['It was found in 1998.[3][4]', 'Later work confirmed it.']],
    ['a lettered note, then a tag', 'Others disagree.[a] Later work confirmed it.[citation needed] Fine.', ['Others disagree.[a]', 'Later work confirmed it.[citation needed]', 'Fine.']],
    ['a mark after a closing quotation mark', 'He said “no.”[5] Then he left.', ['He said “no.”[5]', 'Then he left.']],
    ['brackets inside a sentence stay', 'See [2] for more. Values [a] and [b] differ.', ['See [2] for more.', 'Values [a] and [b] differ.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    ['German z. B. and dates', 'Das ist z. B. ein Test. Er kam am 17. Juni 2020. Gut so.', 'de', ['Das ist z. B. ein Test.', 'Er kam am 17. Juni 2020.', 'Gut so.']],
    ['French M.', 'M. Dupont est arrivé. Il a parlé.', 'fr', ['M. Dupont est arrivé.', 'Il a parlé.']],
    ['French guillemets', '« Nous verrons », a dit M. Dupont. Mme Durand a répondu : « Non. » Fin.', 'fr', ['« Nous verrons », a dit M. Dupont.', 'Mme Durand a répondu : « Non. »', 'Fin.']],
    ['glued paragraphs', 'a indiqué Mizan Online.Moussavi Majd a été accusé.', 'fr', ['a indiqué Mizan Online.', 'Moussavi Majd a été accusé.']],
    ['glued, opening quote', 'Il est en France."Nous verrons", dit-il.', 'fr', ['Il est en France.', '"Nous verrons", dit-il.']],
    ['glued, closing quote', 'He said "it is a carpet."It was not.', 'en', ['He said "it is a carpet."', 'It was not.']],
    ['glued, not a URL', 'See www.Example.Com or mail Jo@site.Org now. Done.', 'en', ['See www.Example.Com or mail Jo@site.Org now.', 'Done.']],
    ['glued after a number', 'Le Covid-19.La maladie progresse.', 'fr', ['Le Covid-19.', 'La maladie progresse.']],
    ['glued, elided word', 'Elle s’est confiée à sa mère.L’ancien maître-chien est mis en examen.', 'fr', ['Elle s’est confiée à sa mère.', 'L’ancien maître-chien est mis en examen.']],
    ['glued, one-letter word', 'Inauguré à Camden, dans le New Jersey.A leur apogée, ils étaient 4 000.', 'fr', ['Inauguré à Camden, dans le New Jersey.', 'A leur apogée, ils étaient 4 000.']],
    ['glued, heading in capitals', 'Il voulait l’installer dans son bureau.HOLLANDE, LE GRAND OUBLIÉ ? Non.', 'fr', ['Il voulait l’installer dans son bureau.', 'HOLLANDE, LE GRAND OUBLIÉ ?', 'Non.']],
    ['glued subheading', 'Il a fait fondre les bijoux en or.- Milieu français du banditisme -Avec ses comparses, il a volé.', 'fr', ['Il a fait fondre les bijoux en or.', '- Milieu français du banditisme -', 'Avec ses comparses, il a volé.']],
    ['glued subheading, quoted, hyphenated word', 'Le vote est attendu". - "Seine-et-Marne en colère" - Les habitants protestent.', 'fr', ['Le vote est attendu".', '- "Seine-et-Marne en colère" -', 'Les habitants protestent.']],
    ['not a subheading: an aside in dashes before a lower-case word', 'Il a dit oui. - et puis non - ce fut tout.', 'fr', ['Il a dit oui. - et puis non - ce fut tout.']],
    ['not glued: an initial after a capital', 'The U.S.A. team won. Then J.R.R. Tolkien wrote.', 'en', ['The U.S.A. team won.', 'Then J.R.R. Tolkien wrote.']],
    ['Spanish and Portuguese "Sr." before a name', 'El Sr. Pérez viajó a Madrid. O Sr. Silva chegou a Lisboa.', 'es', ['El Sr. Pérez viajó a Madrid.', 'O Sr. Silva chegou a Lisboa.']],
    ['titles of Italian, Spanish, Portuguese and Dutch ("l\'on.", "l\'ing.", "Excmo.", "Exmo.", "Ir.")', "L'on. Rossi e l'ing. Bianchi sono arrivati. El Excmo. Sr. Alcalde habló. O Exmo. Sr. Presidente falou. Ir. Jansen kwam.", 'it', ["L'on. Rossi e l'ing. Bianchi sono arrivati.", 'El Excmo. Sr. Alcalde habló.', 'O Exmo. Sr. Presidente falou.', 'Ir. Jansen kwam.']],
    ['guard: "on." ends an English sentence', 'He carried on. Then he stopped.', 'en', ['He carried on.', 'Then he stopped.']],
    ['guard: "Sr." after a name is English "Senior", which may end a sentence', 'The award went to John Smith Sr. He accepted it on Monday.', 'en', ['The award went to John Smith Sr.', 'He accepted it on Monday.']],
    ['av. J.-C.', 'Rome fut fondée en 753 av. J.-C. selon la légende. Voilà.', 'fr', ['Rome fut fondée en 753 av. J.-C. selon la légende.', 'Voilà.']],
    ['Chinese full stops', '今天天气很好。我们去公园吧！你好吗？', 'zh', ['今天天气很好。', '我们去公园吧！', '你好吗？']],
    ['Japanese', '東京は大きい。大阪も大きいです。', 'ja', ['東京は大きい。', '大阪も大きいです。']],
  ])('%s', (_name, text, lang, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });

  it('records blocks and positions within blocks', () => {
    const spans = segmentSentences('One. Two.\n\nThree.', 'en');
    expect(spans.map((s) => [s.block, s.inBlock])).toEqual([[0, 0], [0, 1], [1, 0]]);
  });
});

describe('datelineLength', () => {
  it.each([
    ['WASHINGTON, June 17 (Reuters) – U.S. President Donald Trump said', 'U.S. President Donald Trump said'],
    ['LONDON (Reuters) - Shares fell sharply', 'Shares fell sharply'],
    ['PARIS, 3 mars (AFP) - Le président a dit', 'Le président a dit'],
    ['NEW YORK — Stocks rose today', 'Stocks rose today'],
    ['The man - who was there - said so', 'The man - who was there - said so'],
    ['Trump said progress – slowly – was made', 'Trump said progress – slowly – was made'],
  ])('%s', (sentence, rest) => {
    expect(sentence.slice(datelineLength(sentence))).toBe(rest);
  });
});

describe('singleSentence (skips Intl.Segmenter)', () => {
  const icu = new Intl.Segmenter('en', { granularity: 'sentence' });
  const pieces = ['Hello', ' world', ' Mr', '.', '!', '?', '"', '”', '’', "'", ')', ']', ' ', '\u00a0', '\t', 'é', '—', '“', '3', ',', ';', ':', '…', '\u2028', '。', 'a', 'B', '\u0085', '\u2024'];
  it('says so only when the segmenter finds one segment', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (xs) => {
        const block = xs.join('');
        if (singleSentence(block)) expect([...icu.segment(block)]).toHaveLength(1);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
  it.each([
    ['Hello world.', true],
    ['He said “no.”  ', true],
    ['Why?!', true],
    ['Mr. Smith left.', false],
    ['One. Two.', false],
    ['Wait… what', false],
  ])('%s → %s', (block, expected) => expect(singleSentence(block)).toBe(expected));
});

// The way a user meets it: the CLI on a saved Wikipedia article, whose sentences end on reference marks.
describe('on a real Wikipedia article, through the CLI', () => {
  it('gives key quotes that keep their reference marks and never open on one', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', '--json', '--count', '20', fixturePath('pages/real/wikipedia-mozilla.html')], { encoding: 'utf8' });
    const quotes = (JSON.parse(run.stdout) as { keyQuotes: { text: string }[] }).keyQuotes.map((q) => q.text);
    expect(quotes).toHaveLength(20);
    expect(quotes.filter((q) => /^[^\s[\]]{1,24}\]|\[$/u.test(q))).toEqual([]);
    expect(quotes.some((q) => /\.\[\d+\]$/u.test(q))).toBe(true);
  });
});
