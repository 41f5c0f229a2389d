// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isCitation, isCodeArgument } from '../../../utils/summarize/not-quotations';
import { findQuoteSpans } from '../../../utils/summarize/quote-spans';
import { fixturePath } from '../fixture';

/** The first quotation's span in `text`. */
const firstSpan = (text: string) => findQuoteSpans(text)[0]!;

describe('isCodeArgument', () => {
  it.each([
    ['a string passed to a function', 'console.log("Fetch failed!", e);', true],
    ['a string passed to a method, after a space inside the parenthesis', 'alert( "Perfect! Your settings are saved.");', true],
    ['guard: a quotation in parentheses in prose, after a space', 'from 1 ("Oh, I\'m definitely voting for Eric") to 6', false],
    ['guard: a curly quotation is never code', 'log(“Fetch failed”)', false],
  ])('%s', (_name, text, expected) => {
    expect(isCodeArgument(text, firstSpan(text).open)).toBe(expected);
  });
});

describe('isCitation', () => {
  it.each([
    ['Wikipedia: the caret of a reference', '^ "Mozilla Marketplace is live, lets you run web apps like desktop programs". Engadget. Retrieved 2012-08-18.', true],
    ['Wikipedia: the caret and back-link letters', '^ a b "Population clock". Statistics New Zealand. Retrieved 14 April 2016.', true],
    ['an entry whose title is followed by where and when it was read', 'Dave Titus. "How was Mozilla born and where it went next". Mozilla. Retrieved on 2 May 2016.', true],
    ['an author with initials before the title', 'Rescorla, E., "HTTP Over TLS", RFC2818, May 2000.', true],
    ['a standard\'s number after the title', '[WORDS] Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119.', true],
    ['the year before the title', 'Zawinski, Jamie (1996). "nscp dorm and the early days". Netscape.', true],
    ['the full date before the title', 'Lardinois, Frederic (November 15, 2012). "Mozilla Releases Annual Report For 2011: Revenue Up 33%". techcrunch.com.', true],
    ['Wikipedia: the caret, its letters and the author before the title', '^ a b Alan Henry. "Mozilla Webmaker Teaches You to Build Web Sites, Apps, and More". Lifehacker. Gawker Media.', true],
    ['an editor\'s mark and a bracketed label before the title (Readability\'s IETF page)', '[CORS] van Kesteren, Anne (ed), "Cross-Origin Resource Sharing -- W3C Candidate Recommendation 29 January 2013", January 2013.', true],
    ['a bracketed label and authors written in full before the title', '[SPDY] Mike Belshe, Roberto Peon, "SPDY Protocol - Draft 3.1 for the web", September 2013.', true],
    ['guard: a footnote\'s number before prose and its quotation (Wikipedia)', 'It was founded in 1998.[12] According to Mozilla\'s manifesto, "The Mozilla project uses a community-based approach to create world-class open source software."', false],
    ['guard: a bracketed editorial insertion and a comma inside prose', 'He said [the senator] was wrong, "and everybody in this room knows it was a mistake."', false],
    ['guard: a place abbreviated before the rest of a quotation', '"I think he will be very fair," Trump said in Kenansville, N.C., "but a lot of people are going to be watching."', false],
    ['guard: a quotation followed by a sentence opening on "Retrieved"', '"We have found the boxes we lost," she said. Retrieved boxes were sent to the lab.', false],
  ])('%s', (_name, text, expected) => {
    const spans = findQuoteSpans(text);
    expect(spans.some((s) => isCitation(text, s))).toBe(expected);
  });
});

// The way a user meets it: the CLI on saved real pages, a Wikipedia article with its references and a programming article.
describe('on real pages, through the CLI', () => {
  const quotesOf = (page: string): string[] => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/keyquote.ts', '--json', fixturePath(`pages/real/${page}`)], { encoding: 'utf8' });
    return (JSON.parse(run.stdout) as { quotes: { text: string }[] }).quotes.map((q) => q.text);
  };

  it('lists no cited title of a Wikipedia article\'s references, and keeps the quotation in its body', () => {
    const quotes = quotesOf('wikipedia-mozilla.html');
    expect(quotes.some((q) => q.startsWith('The Mozilla project uses a community-based approach'))).toBe(true); // "According to Mozilla's manifesto, “…”"
    expect(quotes.filter((q) => /^(?:Mozilla Releases|Mozilla Webmaker|Netscape Announces|Mac vendors)/u.test(q))).toEqual([]);
  });

  it('lists no string of a programming article\'s code', () => {
    const quotes = quotesOf('fetch-api-article.html');
    expect(quotes.filter((q) => /Fetch failed|settings are saved|not authorized|same-origin URL/u.test(q))).toEqual([]);
  });
});
