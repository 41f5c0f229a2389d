// A section heading as the outline shows it, and the headings of a page's back matter (references, links), which it leaves out.

// A Markdown heading's marker ("## Results"), and a bracketed link a wiki sets after every heading ("History[edit]",
// "Histoire[modifier | modifier le code]", "Geschichte[Bearbeiten | Quelltext bearbeiten]"): not the heading's words.
const MARKDOWN_MARKER = /^#{1,6} +/u;
const BRACKETED_LINKS_AT_END = /\s*\[[^[\]]{1,40}\]\s*$/u;
// The permalink sign documentation generators set after a heading ("Setting up¶", Sphinx; "§"; a "#" apart, never C#'s).
const PERMALINK_AT_END = /(?:\s*[¶§🔗]+|\s+#)\s*$/u;

/** The heading's own words: without a Markdown marker, a trailing edit link or permalink sign ('' when nothing is left). */
export function headingText(raw: string): string {
  return raw.trim().replace(MARKDOWN_MARKER, '').replace(BRACKETED_LINKS_AT_END, '').replace(PERMALINK_AT_END, '').trim();
}

// What follows the article on encyclopedia and research pages, in the languages Keyquote reads: lists of sources and links,
// never key points ("Citations: ISBN 9781576076941. …", "Further reading: Sinclair, Keith (2000).").
const BACK_MATTER = new RegExp(
  `^(?:${[
    'references', 'citations', 'notes', 'footnotes', 'sources', 'bibliography', 'further reading', 'external links', 'see also',
    'notes and references', 'references and notes', 'works cited', 'literature cited',
    'références', 'notes et références', 'bibliographie', 'liens externes', 'voir aussi', 'articles connexes',
    'einzelnachweise', 'anmerkungen', 'literatur', 'weblinks', 'siehe auch', 'quellen', 'fußnoten',
    'referencias', 'notas', 'bibliografía', 'enlaces externos', 'véase también', 'fuentes',
    'note', 'bibliografia', 'collegamenti esterni', 'voci correlate', 'altri progetti',
    'referências', 'ligações externas', 'ver também',
    'bronnen', 'referenties', 'externe links', 'zie ook', 'noten',
  ].join('|')})[\\s.:]*$`,
  'iu',
);

/** Whether a heading (as headingText gives it) opens the page's back matter. */
export function isBackMatter(heading: string): boolean {
  return BACK_MATTER.test(heading);
}
