// Runs the engine once on a short text while a fresh worker waits for the page it was asked about.
import { summarize } from '../summarize';

/**
 * A few sentences of news prose: enough to run every stage of the engine (sentences, quotations,
 * ranking) once. What it costs is what a fresh worker's first summary would otherwise pay on top.
 */
const SAMPLE = [
  'The city council voted on Tuesday to rebuild the old harbour bridge, closed since the spring floods damaged its piers.',
  '“We cannot wait another winter,” said Mayor Anna Berg, who has pushed for the repairs since March.',
  'Engineers expect the work to take two years and cost about 40 million euros, most of it from the regional budget.',
  'Residents of the island villages, who now drive an hour around the bay, welcomed the decision.',
  'The ferry service will run every half hour until the bridge reopens, the transport office said.',
].join('\n\n');

let warmed = false;

/** Once per worker: later calls do nothing. Never throws (the engine does not). */
export function warmEngine(): void {
  if (warmed) return;
  warmed = true;
  summarize(SAMPLE, { count: 3, lang: 'en', title: 'Council votes to rebuild harbour bridge' });
}
