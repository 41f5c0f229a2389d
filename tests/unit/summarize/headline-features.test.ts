// The story's main words and the title's wording, two features of the sentence scorer.
import { describe, expect, it } from 'vitest';
import { mainTermCover, topIds } from '../../../utils/summarize/main-terms';
import { titleWordShare, titleWords } from '../../../utils/summarize/title-words';
import { tokenizeSentences } from '../../../utils/summarize/tokenize';

describe('mainTermCover', () => {
  const sentences = [
    'The council approved the new bridge over the river on Monday.',
    'The bridge will cost the council 40 million pounds.',
    'Residents said the river crossing was long overdue.',
    'It rained all day.',
  ];
  it('scores a sentence by the share of the widespread terms it names; a sentence naming none gets 0', () => {
    const tok = tokenizeSentences(sentences, 'en');
    const cover = mainTermCover(tok.terms, tok.vocabSize);
    // council, bridge and river recur (2+ sentences); nothing else does.
    expect(Array.from(cover)).toEqual([1, 2 / 3, 1 / 3, 0]);
  });
  it('counts a term once however often the sentence repeats it', () => {
    const tok = tokenizeSentences(['Bridge, bridge, bridge.', 'A bridge and a road.', 'The road is closed.'], 'en');
    expect(Array.from(mainTermCover(tok.terms, tok.vocabSize))).toEqual([0.5, 1, 0.5]);
  });
  it('has no main term when no term recurs', () => {
    const tok = tokenizeSentences(['One thing happened.', 'Another came later.'], 'en');
    expect(Array.from(mainTermCover(tok.terms, tok.vocabSize))).toEqual([0, 0]);
  });
});

describe('topIds', () => {
  it('keeps the k largest counts of 2 or more, ties to the id met first', () => {
    expect(topIds(Int32Array.from([3, 1, 5, 3, 2, 3]), 3)).toEqual([2, 0, 3]);
    expect(topIds(Int32Array.from([1, 1, 2]), 5)).toEqual([2]);
  });
});

describe('titleWordShare', () => {
  it('reads the title as distinct lower-cased words, function words included', () => {
    expect(titleWords('Braquage de Kardashian: le parquet demande les assises pour 12 suspects')).toEqual([
      'braquage', 'de', 'kardashian', 'le', 'parquet', 'demande', 'les', 'assises', 'pour', '12', 'suspects',
    ]);
    expect(titleWords('')).toEqual([]);
  });
  it('is the share of title words found as whole words, as written (no stemming)', () => {
    const words = titleWords('Le parquet demande les assises');
    const share = titleWordShare(['Le parquet a demandé les assises.', 'Les parquets se taisent.', 'Rien à voir.'], words);
    // "demandé" is not "demande" and "parquets" is not "parquet"; "Les" is "les" (case does not count).
    expect(Array.from(share)).toEqual([4 / 5, 1 / 5, 0]);
  });
  it('is 0 everywhere without a title', () => {
    expect(Array.from(titleWordShare(['Anything at all.'], []))).toEqual([0]);
  });
});
