// Keeps the highlight-restore script registered for exactly the sites Keyquote may access: none at
// install; one site per grant (the prompt on a first save, the options page, the browser's own
// site-access controls). Re-checked at every worker start and on every permission change.
import { browser } from 'wxt/browser';
import { restoreMatches } from '../restore/sites';

export const RESTORE_SCRIPT_ID = 'keyquote-restore';
const RESTORE_SCRIPT = 'content-scripts/highlight-restore.js';

let tail: Promise<unknown> = Promise.resolve();

async function sync(): Promise<string[]> {
  const matches = restoreMatches((await browser.permissions.getAll()).origins);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [RESTORE_SCRIPT_ID] });
  const had = restoreMatches(current?.matches);
  if (current && had.join('\n') === matches.join('\n')) return matches;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [RESTORE_SCRIPT_ID] });
  if (matches.length > 0) {
    await browser.scripting.registerContentScripts([
      // persistAcrossSessions: kept across browser restarts and updates (the start-up check repairs it otherwise).
      { id: RESTORE_SCRIPT_ID, js: [RESTORE_SCRIPT], matches, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}

/** Brings the registration in line with the granted sites; one sync at a time. Resolves to the sites. */
export function syncRestoreScript(): Promise<string[]> {
  const run = tail.then(sync, sync);
  tail = run.catch((err) => console.error('Keyquote restore script:', err));
  return run;
}

/** Synchronously at worker start: listens for grants and removals, and checks once now. */
export function watchSiteAccess(): void {
  // Failures are logged by the queue; the next start or change tries again.
  const resync = () => void syncRestoreScript().catch(() => {});
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  resync();
}
