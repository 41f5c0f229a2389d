// The Highlights page: every highlight grouped by page, newest first, with search, delete,
// export and import. Shows a page of results at a time so 10,000 highlights stay fast.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HighlightGroup } from '@/components/HighlightGroup';
import { HighlightTransfer } from '@/components/HighlightTransfer';
import { buildIndex, searchIndex, type SearchGroup } from '@/utils/highlights/search-index';
import { readAllStored } from '@/utils/highlights/store';
import type { PageHighlights } from '@/utils/highlights/types';
import { plural, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import '@/components/Highlight.css';

const STEP = 200;

/** The first `limit` highlights of the groups, whole groups cut where the limit falls. */
function firstHighlights(groups: SearchGroup[], limit: number): SearchGroup[] {
  const out: SearchGroup[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push(g.highlights.length <= left ? g : { page: g.page, highlights: g.highlights.slice(0, left) });
    left -= g.highlights.length;
  }
  return out;
}

export function App() {
  const [pages, setPages] = useState<PageHighlights[] | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(STEP);
  useEffect(() => {
    const load = () =>
      void readAllStored().then((stored) => {
        setPages(stored.pages);
        setUnreadable(stored.unreadable);
      });
    load();
    // Deletes, imports and saves in other tabs show up without a reload.
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('hl:'))) load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);
  const index = useMemo(() => buildIndex(pages ?? []), [pages]);
  const groups = useMemo(() => searchIndex(index, query), [index, query]);
  const total = groups.reduce((n, g) => n + g.highlights.length, 0);
  const shown = useMemo(() => firstHighlights(groups, limit), [groups, limit]);

  return (
    <main class="kq kq-page" aria-busy={pages === null}>
      <header class="kq-bar">
        <h1 class="kq-brand">{t('hlPageTitle')}</h1>
      </header>
      <div class="kq-page-bar">
        <input
          type="search"
          placeholder={t('searchPlaceholder')}
          aria-label={t('searchLabel')}
          data-testid="hl-search"
          value={query}
          onInput={(e) => {
            setQuery(e.currentTarget.value);
            setLimit(STEP);
          }}
        />
        <HighlightTransfer pages={pages ?? []} />
      </div>
      {pages !== null && (
        <p class="kq-note" data-testid="hl-count" role="status">
          {t('hlCount', [plural('nHighlights', total), plural('nPages', groups.length)])}
        </p>
      )}
      {unreadable > 0 && (
        <p class="kq-note" data-testid="hl-unreadable" role="note">
          {t('hlUnreadable', unreadable)}
        </p>
      )}
      {shown.map((g) => (
        <HighlightGroup
          key={g.page.url}
          page={g.page}
          highlights={g.highlights}
          onDelete={(h) => void sendMessage('highlight-delete', { url: g.page.url, id: h.id }).catch(() => {})}
        />
      ))}
      {total > limit && (
        <button type="button" data-testid="hl-more" onClick={() => setLimit(limit + STEP)}>
          {t('showMore', total - limit)}
        </button>
      )}
    </main>
  );
}
