// Plain text into paragraphs: blank lines always part them; a single line break only where the text was not wrapped at a width.
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../utils/text-article';

const long = (words: string) => `${words} ${'and the story goes on for a while in one long line of prose '.repeat(3).trim()}.`;

describe('splitParagraphs', () => {
  it.each([
    ['blank lines part paragraphs', 'One line.\n\nAnother line.', ['One line.', 'Another line.']],
    ['a blank line may hold spaces and CRLF', 'One.\r\n  \r\nTwo.', ['One.', 'Two.']],
    ['text wrapped at a width is one paragraph', 'A mail wrapped at seventy-two\ncharacters goes on here\nand ends here.', ['A mail wrapped at seventy-two characters goes on here and ends here.']],
    ['a line longer than wrapped text makes each line a paragraph', `PREVIOUSLY:\n${long('George Zimmerman is selling the gun')}`, ['PREVIOUSLY:', long('George Zimmerman is selling the gun')]],
    ['text copied from a page: one line a paragraph', `${long('First')}\n${long('Second')}`, [long('First'), long('Second')]],
    ['quotations one to a line are paragraphs', '“We have to be a lot tougher.” \n“We’re not fighting it strongly enough.”', ['“We have to be a lot tougher.”', '“We’re not fighting it strongly enough.”']],
    ['guard: wrapped prose with one line ending a sentence stays one', 'A short note ends here.\nThe next one is cut\nin the middle.', ['A short note ends here. The next one is cut in the middle.']],
    ['empty lines and spaces give no paragraph', '\n\n  \n\nOnly this.\n\n', ['Only this.']],
  ])('%s', (_name, text, paragraphs) => {
    expect(splitParagraphs(text)).toEqual(paragraphs);
  });
});
