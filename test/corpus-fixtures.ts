// Shared by the corpus tests: the fixture articles (written for these tests: three pairs of
// look-alike events, each reported by two outlets, and two unrelated fires) and the project config.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../pipeline/registry.js';
import type { Config } from '../pipeline/registry.js';
import type { CorpusInput } from '../pipeline/corpus/index.js';

const dir = fileURLToPath(new URL('../../test/fixtures/corpus/articles/', import.meta.url));

export interface Fixture {
  name: string;
  headline: string;
  body: string;
  text: string;
}

export const fixtures: Fixture[] = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = readFileSync(dir + f, 'utf8');
    const [headline, ...rest] = text.split('\n');
    return { name: f.replace(/\.txt$/, ''), headline, body: rest.join('\n').trim(), text };
  });

export const fixture = (name: string) => fixtures.find((f) => f.name === name)!;

export const projectConfig = (): Promise<Config> => loadConfig(fileURLToPath(new URL('../../config/', import.meta.url)));

export const input = (id: string, f: { headline: string | null; body: string }, date: string | null = null, quotes: { text: string }[] = []): CorpusInput => ({ id, headline: f.headline, body: f.body, date, quotes });
