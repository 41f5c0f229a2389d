// The right-click items "Summarize page" and "Summarize selection": both show key quotes in the side panel.
import { summaryLength } from '../settings';
import { storeSelection } from '../summary-cache';
import { defineMenuItem } from './menus';
import { showInSidePanel } from './side-panel';
import { summarizeSelection } from './summarize-selection';
import { t } from '../i18n';

export function defineSummarizeMenus(): void {
  defineMenuItem({
    id: 'summarize-page',
    title: t('menuSummarizePage'),
    // Anywhere on a page, even on a link or an image; not in text fields, where the page is not the point.
    contexts: ['page', 'frame', 'link', 'image', 'selection'],
    // The menu click grants activeTab: the panel's own request then reads the page.
    onClick: (info, tab) => showInSidePanel(tab, 'page', info.pageUrl ?? tab?.url),
  });
  defineMenuItem({
    id: 'summarize-selection',
    title: t('menuSummarizeSelection'),
    contexts: ['selection'],
    onClick: (info, tab) =>
      showInSidePanel(tab, 'selection', info.pageUrl ?? tab?.url, async (tabId, url) => {
        await storeSelection(tabId, { url, title: tab?.title ?? '', text: info.selectionText ?? '' });
        // Summarized now so the panel finds it ready; a failure is the panel's to show on its own request.
        const length = await summaryLength.getValue();
        await summarizeSelection({ tabId, length }).catch(() => undefined);
      }),
  });
}
