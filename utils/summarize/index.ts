// Keyquote's engine: text → language, key quotes (verbatim sentences) and direct quotations.
import type { DirectQuote, KeyQuote, OutlineSection } from '../summary';
import { directQuotes } from './quotes';
import { keyQuotes, rankSentences } from './key-quotes';
import { outline, type HeadingRange } from './outline';
import { detectLang, normalizeLang } from './lang';
import { segmentSentences } from './segment';

export interface SummarizeOptions {
  count: number;
  lang?: string;
  title?: string;
  /** The page's headings (ranges of `text`): given, a long page also gets its outline (`sections`). */
  headings?: readonly HeadingRange[];
}

export interface EngineResult {
  lang: string;
  keyQuotes: KeyQuote[];
  quotes: DirectQuote[];
  /** Present when headings were given and the page is long with sections. */
  sections?: OutlineSection[];
}

/**
 * Summarizes `text` (paragraphs joined by blank lines). Synchronous, pure and deterministic; never
 * throws: on any internal failure it returns what it has (at worst no quotes) rather than break the UI.
 */
export function summarize(text: string, opts: SummarizeOptions): EngineResult {
  const input = typeof text === 'string' ? text : '';
  const count = Number.isFinite(opts?.count) ? Math.max(0, Math.floor(opts.count)) : 0;
  let lang = normalizeLang(opts?.lang);
  try {
    if (!lang) lang = detectLang(input);
    const spans = segmentSentences(input, lang);
    const title = typeof opts?.title === 'string' ? opts.title : undefined;
    const quotes = safeQuotes(input, lang);
    // One ranking serves the flat key quotes and the outline.
    const ranking = rankSentences(input, spans, lang, title, count === 1, quotes);
    const sections = opts?.headings?.length ? outline(input, spans, opts.headings, ranking) : null;
    return { lang, keyQuotes: keyQuotes(input, spans, count, ranking), quotes, ...(sections ? { sections } : {}) };
  } catch {
    return { lang: lang || 'und', keyQuotes: [], quotes: [] };
  }
}

function safeQuotes(text: string, lang: string): DirectQuote[] {
  try {
    return directQuotes(text, lang);
  } catch {
    return [];
  }
}
