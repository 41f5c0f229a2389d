// One page on the Highlights page: its title and URL, then its highlights, newest first; each
// links to the page with a text fragment, so the browser scrolls to it (and Keyquote paints it).
import { COLOR_CSS, type Highlight, type PageHighlights } from '@/utils/highlights/types';
import { textFragmentUrl } from '@/utils/text-fragment';
import { HighlightControls } from './HighlightControls';

interface Props {
  page: PageHighlights;
  highlights: Highlight[];
  onDelete: (h: Highlight) => void;
}

export function HighlightGroup({ page, highlights, onDelete }: Props) {
  return (
    <section class="kq-group" data-testid="hl-page" data-url={page.url}>
      <h2>
        <a href={page.url} target="_blank" rel="noopener noreferrer">
          {page.title || page.url}
        </a>
      </h2>
      <p class="kq-url">{page.url}</p>
      <ul class="kq-hl-list">
        {highlights.map((h) => (
          <li key={h.id} class="kq-hl-item kq-row" data-testid="hl-row" data-id={h.id}>
            <a
              href={/#page=\d+$/.test(h.href) ? h.href : textFragmentUrl(h.href, h.exact)}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="hl-link"
              style={{ borderInlineStartColor: COLOR_CSS[h.color] }}
            >
              “{h.exact}”
            </a>
            {h.note && <p class="kq-hl-note">{h.note}</p>}
            <time dateTime={new Date(h.created).toISOString()}>{new Date(h.created).toLocaleString()}</time>
            <HighlightControls highlight={h} onDelete={() => onDelete(h)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
