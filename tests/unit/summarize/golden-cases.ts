// Inputs of the golden test: the sample article at every length, with and without title and language.
import type { SummarizeOptions } from '../../../utils/summarize/index';

/** The sample article, relative to tests/: read by the caller (vitest and tsx resolve paths differently). */
export const SAMPLE_PATH = 'fixtures/engine/seed-politics.txt';
const TITLE = 'Trump Sees Progress in Ukraine-Russia Peace Talks Amid Continuing Conflict';

// Short multi-language texts with quotations, so the golden output also pins attribution paths.
const FR =
  'Le gouvernement a présenté mardi son projet de loi. « Nous allons gagner cette bataille », a déclaré le président Emmanuel Macron.\n\n' +
  'Les syndicats ont dénoncé une réforme injuste. « Ce texte est une provocation », explique-t-il. Selon Marine Le Pen, « Le gouvernement a échoué. »';
const DE = 'Die Regierung hat am Dienstag ihren Gesetzentwurf vorgestellt. „Das ist ein großer Tag“, sagte Angela Merkel. Die Gewerkschaften kritisierten die Reform als ungerecht.';

export interface GoldenCase {
  name: string;
  /** The text, given the sample article's contents. */
  text: (sample: string) => string;
  opts: SummarizeOptions;
}

export const GOLDEN_CASES: GoldenCase[] = [
  ...[1, 3, 5, 8].map((count) => ({ name: `sample, count ${count}, title, en`, text: (s: string) => s, opts: { count, lang: 'en', title: TITLE } })),
  ...[1, 3, 5].map((count) => ({ name: `sample, count ${count}, detected`, text: (s: string) => s, opts: { count } })),
  { name: 'fr, count 2', text: () => FR, opts: { count: 2, lang: 'fr' } },
  { name: 'de, count 2, detected', text: () => DE, opts: { count: 2 } },
];
