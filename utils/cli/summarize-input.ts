// The CLI's pipeline: the same extraction and summarizer as the extension, on a Node DOM.
import { articleText, type ArticleData } from '../article';
import { buildSummary } from '../build-summary';
import type { Summary } from '../summary';
import { articleFromText } from '../text-article';
import { savedPageUrl } from '../extract/page-meta';

export interface CliResult {
  summary: Summary;
  isArticle: boolean;
  /** The article text as extracted: paragraphs (headings too) separated by a blank line. */
  text: string;
  ms: number;
}

export type CliInput = { kind: 'html'; html: string; url?: string } | { kind: 'text'; text: string; lang?: string; title?: string };

/** Rejects bytes that are not text: NUL bytes or many invalid UTF-8 sequences. */
export function assertText(buf: Buffer): string {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) throw new Error('binary data, not HTML or text');
  const text = buf.toString('utf8');
  const bad = (text.slice(0, 8192).match(/\uFFFD/g) ?? []).length;
  if (bad > 16) throw new Error('binary data, not HTML or text');
  return text;
}

/**
 * The Node DOM and the extractor, loaded for the first HTML input only: the DOM alone takes most of a
 * second to load, which a PDF or a text file never needs.
 */
const htmlTools = () => Promise.all([import('linkedom'), import('../extract/extract-article')]);
type HtmlTools = Awaited<ReturnType<typeof htmlTools>>;

function htmlArticle(html: string, url: string | undefined, [{ parseHTML }, { extractArticle }]: HtmlTools): ArticleData {
  const document = parseHTML(html).document as unknown as Document;
  // A file's own address says nothing of the site it was saved from: the page's canonical link does.
  const pageUrl = url === undefined || url.startsWith('file:') ? (savedPageUrl(document) ?? url) : url;
  return extractArticle(document, { url: pageUrl ?? 'about:blank' });
}

/** The CLI's answer for an article read since `t0` (HTML, text or PDF alike). */
export function summarizeArticle(article: ArticleData, count: number, outline: boolean, t0: number): CliResult {
  const summary = buildSummary(article, count, outline);
  return { summary, isArticle: article.isArticle, text: articleText(article.paragraphs), ms: performance.now() - t0 };
}

export async function summarizeInput(input: CliInput, count: number, outline = false): Promise<CliResult> {
  const tools = input.kind === 'html' ? await htmlTools() : undefined;
  // `ms` counts extraction and summary, not loading the code.
  const t0 = performance.now();
  const article = input.kind === 'text' ? articleFromText(input.text, { title: input.title, lang: input.lang }) : htmlArticle(input.html, input.url, tools!);
  return summarizeArticle(article, count, outline, t0);
}
