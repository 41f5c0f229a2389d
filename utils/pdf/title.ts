// A PDF's title, author, language and site: from its metadata when that is meaningful, else its page.

// Metadata titles that are really file names or tool defaults ("Microsoft Word - draft.docx").
const JUNK_TITLE = /^(?:untitled|microsoft \w+ - |document\d*$)|\.(?:docx?|pdf|tex|dvi|indd|odt|rtf|pptx?)$/i;

const str = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

function fileName(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return '';
  }
}

function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export function pdfTitle(info: Record<string, unknown>, guess: string, url: string) {
  const meta = str(info.Title);
  const title = meta && !JUNK_TITLE.test(meta) ? meta : guess || fileName(url);
  return {
    title,
    byline: str(info.Author) || null,
    // The file's creation date is when it was made, not when the text was published: not shown.
    published: null,
    lang: str(info.Language).toLowerCase(),
    site: siteOf(url),
  };
}
