// Mounts an extension page's app after giving the document its language and localized title.
import { render, type ComponentType } from 'preact';
import { localizeDocument } from '@/utils/i18n';

export function mount(App: ComponentType, titleKey: string): void {
  localizeDocument(titleKey);
  render(<App />, document.getElementById('app')!);
}
