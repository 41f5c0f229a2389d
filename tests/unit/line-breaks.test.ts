// Line breaks inside a block: which start a paragraph a reader sees, and which are only the page's wrapping.
// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockTexts } from '@/utils/extract/block-texts';
import { breaksParagraph } from '@/utils/extract/line-breaks';
import { fixturePath } from './fixture';

describe('breaksParagraph', () => {
  it.each([
    ['a label run into its paragraph', 'Store Consumer', 'The Store Consumer is a service that polls the task store.', true],
    ['a German label with its acronym', 'Elektronische Fallakte (eFA)', 'Die eFA ist ärztlich geführt.', true],
    ['a sentence ended before', 'It was a long night for the council.', 'Members voted at dawn.', true],
    ['a colon introduces what follows', 'Opening hours:', 'Monday to Friday, 9 to 5.', true],
    ['guard: wrapping inside a sentence, the next line in lower case', 'The weekly magazine, delivered', 'to your door every Friday.', false],
    ['guard: a comma before the break', 'Jane Smith,', 'Mayor of Springfield, said the plan was sound.', false],
    ['guard: a preposition before the break', 'The council met with', 'John Smith and his lawyers on Monday.', false],
    ['guard: a long line of prose without a stop', 'The council approved the new budget on Monday after a long debate that', 'Members called historic.', false],
  ])('%s', (_name, before, after, expected) => {
    expect(breaksParagraph(before, after)).toBe(expected);
  });
});

describe('blockTexts at <br>', () => {
  const blocksOf = (body: string) => {
    const { document } = parseHTML(`<html><body><div id="root">${body}</div></body></html>`);
    return blockTexts(document.getElementById('root') as unknown as Element).blocks;
  };

  it('gives a bold label before a <br> its own paragraph (Dropbox\'s engineering blog)', () => {
    expect(blocksOf('<p><b>Store Consumer<br /></b> The Store Consumer is a service that polls the task store.</p>')).toEqual([
      'Store Consumer',
      'The Store Consumer is a service that polls the task store.',
    ]);
  });

  it('joins lines a <br> wraps inside a sentence, and keeps a heading whole', () => {
    expect(blocksOf('<p>The weekly magazine, delivered<br>to your door every Friday.</p><h2>Election<br>Night</h2>')).toEqual([
      'The weekly magazine, delivered to your door every Friday.',
      'Election Night',
    ]);
  });
});

// The way a user meets it: the CLI on Dropbox's saved engineering post, whose bold labels each end on a <br>.
describe('on a real page, through the CLI', { timeout: 60_000 }, () => {
  it('gives key quotes that never open on the label before them ("Store Consumer The Store Consumer is…")', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', '--json', '--count', '8', fixturePath('pages/real/dropbox-atf.html')], { encoding: 'utf8' });
    const quotes = (JSON.parse(run.stdout) as { keyQuotes: { text: string }[] }).keyQuotes.map((q) => q.text);
    expect(quotes).toHaveLength(8);
    expect(quotes.some((q) => q.startsWith('The Store Consumer is a service'))).toBe(true);
    expect(quotes.filter((q) => /^(?:Store Consumer|Heartbeat and Status Controller|Better support for task chaining) /u.test(q))).toEqual([]);
  });
});
