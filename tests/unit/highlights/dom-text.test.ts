import { describe, expect, it } from 'vitest';
import { readPageText } from '@/utils/highlights/dom-text';

function page(html: string) {
  document.body.innerHTML = html;
  return readPageText(document.body);
}

describe('the page text', () => {
  it.each([
    ['white space, NBSP and soft hyphens', '<p>Evening&nbsp;Star,  re&shy;named\n  today</p>', 'Evening Star, renamed today'],
    ['inline markup joins words, blocks and <br> separate them', '<p>just <em>under</em> two<a>hours</a><br>Tickets</p><p>Next</p>', 'just under twohours Tickets Next'],
    ['scripts and styles are not text', '<p>A</p><script>var x = 1;</script><style>p{}</style><p>B</p>', 'A B'],
    ['list items read as separate words', '<ul><li>one</li><li>two</li></ul>', 'one two'],
  ])('%s', (_name, html, text) => {
    expect(page(html).text).toBe(text);
  });

  it('maps a DOM selection to offsets and back, across elements and paragraphs', () => {
    const p = page('<p id="a">The crossing takes <em>just under</em> two hours.</p><p id="b">Tickets go on sale.</p>');
    const range = document.createRange();
    range.setStart(document.querySelector('em')!.firstChild!, 5); // "under"
    range.setEnd(document.getElementById('b')!.firstChild!, 7); // "Tickets"
    const at = p.offsetsOf(range)!;
    expect(p.text.slice(at.start, at.end)).toBe('under two hours. Tickets');
    const back = p.rangeOf(at.start, at.end);
    expect(back.toString().replace(/\s+/g, ' ')).toBe('under two hours.Tickets');
  });

  it('trims white space at the ends of a selection and ignores one without text', () => {
    const p = page('<p>  Alpha beta  </p><p>   </p>');
    const range = document.createRange();
    range.selectNodeContents(document.body);
    const at = p.offsetsOf(range)!;
    expect(p.text.slice(at.start, at.end)).toBe('Alpha beta');
    const empty = document.createRange();
    empty.selectNodeContents(document.querySelectorAll('p')[1]!);
    expect(p.offsetsOf(empty)).toBeNull();
  });
});
