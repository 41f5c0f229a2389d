// Reads a fixture file of the project (tests run from the project root).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const fixturePath = (rel: string) => resolve(process.cwd(), 'tests/fixtures', rel);
export const readFixture = (rel: string) => readFileSync(fixturePath(rel), 'utf8');
