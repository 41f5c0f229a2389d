// Builds URL text fragments (#:~:text=) that make the browser scroll to a quote.

// The fragment syntax reserves these characters inside a text directive.
const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26').replace(/\(/g, '%28').replace(/\)/g, '%29');

const WORDS_AT_EACH_END = 5;

/** A link to `quote` on the page at `url`; long quotes use start,end so the URL stays short. */
export function textFragmentUrl(url: string, quote: string): string {
  const base = url.split('#')[0] ?? url;
  const words = quote.trim().split(/\s+/);
  const directive =
    words.length <= WORDS_AT_EACH_END * 2 + 2
      ? encode(words.join(' '))
      : `${encode(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encode(words.slice(-WORDS_AT_EACH_END).join(' '))}`;
  return `${base}#:~:text=${directive}`;
}
