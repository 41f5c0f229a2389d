// Just the "Who said what per language" table: `npx tsx tests/bench/langs.ts` (KEYQUOTE_SHOW_MISSES=1 prints the wrong ones).
import path from 'node:path';
import { loadLabels } from './attribution';
import { printLanguages } from './attribution-langs';
import { dataRoot, loadJsonl, type Article } from './data';

const root = dataRoot();
const byId = new Map<string, Article>([...loadJsonl(path.join(root, 'bbc', 'dev.jsonl')), ...loadJsonl(path.join(root, 'orangesum', 'dev.jsonl'))].map((a) => [a.id, a]));
printLanguages(root, loadLabels(), byId);
