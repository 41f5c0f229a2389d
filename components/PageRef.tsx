// "p. 4": the PDF page a key quote or quotation is on; a link that opens the PDF at that page.
import { pdfPageUrl } from '@/utils/pdf/pages';
import { t } from '@/utils/i18n';

interface Props {
  page: number | undefined;
  url: string;
  /** When given, clicking calls it (the tab is navigated) instead of following the link. */
  onOpen?: (page: number) => void;
}

export function PageRef({ page, url, onOpen }: Props) {
  if (!page) return null;
  return (
    <a
      class="kq-pdf-page"
      data-testid="quote-page"
      href={pdfPageUrl(url, page)}
      target="_blank"
      rel="noreferrer"
      title={t('openPdfPage', page)}
      onClick={(e) => {
        if (!onOpen) return;
        e.preventDefault();
        e.stopPropagation();
        onOpen(page);
      }}
    >
      {t('pageShort', page)}
    </a>
  );
}
