// The options page: default summary length, highlight colour, restoring and its sites, shortcuts, clearing data.
import { ClearData } from '@/components/ClearData';
import { ColorPicker } from '@/components/ColorPicker';
import { LengthPicker } from '@/components/LengthPicker';
import { ShortcutSettings } from '@/components/ShortcutSettings';
import { SiteAccess } from '@/components/SiteAccess';
import { useSetting } from '@/components/useSetting';
import { t } from '@/utils/i18n';
import { autoRestore, highlightColor, summaryLength } from '@/utils/settings';
import '@/components/Highlight.css';
import { rememberLength } from '@/utils/length-hint';

function Section({ id, title, help, children }: { id: string; title: string; help?: string; children: preact.ComponentChildren }) {
  return (
    <section class="kq-opt" aria-labelledby={`kq-opt-${id}`}>
      <h2 id={`kq-opt-${id}`}>{title}</h2>
      {help && <p class="kq-note">{help}</p>}
      {children}
    </section>
  );
}

export function App() {
  const [length, setLength] = useSetting(summaryLength);
  const [color, setColor] = useSetting(highlightColor);
  const [restore, setRestore] = useSetting(autoRestore);
  return (
    <main class="kq kq-page kq-options" aria-busy={length === null || color === null || restore === null}>
      <h1 class="kq-brand">{t('optionsTitle')}</h1>
      <Section id="length" title={t('optLength')} help={t('optLengthHelp')}>
        {/* The popup's early request asks at the length it noted last: note this one too, or it reads the page twice. */}
        {length && <LengthPicker value={length} onChange={(v) => (rememberLength(v), setLength(v))} />}
      </Section>
      <Section id="color" title={t('optColor')} help={t('optColorHelp')}>
        {color && <ColorPicker value={color} onChange={setColor} testid="opt-color" label={t('optColor')} />}
      </Section>
      <Section id="restore" title={t('optRestore')}>
        <label class="kq-check">
          <input
            type="checkbox"
            data-testid="opt-restore"
            checked={restore ?? true}
            disabled={restore === null}
            onChange={(e) => setRestore(e.currentTarget.checked)}
          />{' '}
          {t('optRestoreLabel')}
        </label>
      </Section>
      <Section id="sites" title={t('optSites')} help={t('optSitesHelp')}>
        <SiteAccess />
      </Section>
      <Section id="shortcuts" title={t('optShortcuts')}>
        <ShortcutSettings />
      </Section>
      <Section id="data" title={t('optData')} help={t('optDataHelp')}>
        <ClearData />
      </Section>
    </main>
  );
}
