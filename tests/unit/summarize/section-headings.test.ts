// Section headings as the outline shows them, and the back matter it leaves out.
import { describe, expect, it } from 'vitest';
import { headingText, isBackMatter } from '../../../utils/summarize/section-headings';

describe('headingText', () => {
  it.each([
    ['a wiki\'s edit link', 'History[edit]', 'History'],
    ['French, two links in the brackets', 'Histoire[modifier | modifier le code]', 'Histoire'],
    ['a Markdown marker', '## Results', 'Results'],
    ['a permalink sign (Sphinx, Readability\'s Mercurial page)', 'Setting up¶', 'Setting up'],
    ['a "#" link apart', 'Installation #', 'Installation'],
    ['guard: a C# heading keeps its sign', 'Getting started with C#', 'Getting started with C#'],
    ['only the link: no words left', '[edit]', ''],
    ['guard: brackets inside the heading stay', 'The [redacted] memo and its fallout', 'The [redacted] memo and its fallout'],
  ])('%s', (_name, raw, expected) => {
    expect(headingText(raw)).toBe(expected);
  });
});

describe('isBackMatter', () => {
  it.each([
    ['English references', 'References', true],
    ['English links', 'External links', true],
    ['further reading', 'Further reading', true],
    ['French', 'Notes et références', true],
    ['German', 'Einzelnachweise', true],
    ['Spanish', 'Enlaces externos', true],
    ['a colon after it', 'See also:', true],
    ['guard: a section about notes', 'Notes on the 2016 campaign', false],
    ['guard: an article section', 'History', false],
  ])('%s', (_name, heading, expected) => {
    expect(isBackMatter(heading)).toBe(expected);
  });
});
