// The config reference, rendered from the specs the components declare: the README's table is
// generated from here (`npm run docs`), never written by hand, and a test keeps the two in step.
import { readFile, writeFile } from 'node:fs/promises';
import type { Sections } from './load.js';
import { docs } from './spec.js';

/** The config reference, rendered from the specs the components declare (never written by hand). */
export function configReference(sections: Sections): string {
  return Object.values(sections)
    .map((s) => `#### config/${s.file}\n\n| key | type | default | description |\n|---|---|---|---|\n${docs(s.spec).join('\n')}`)
    .join('\n\n');
}

export const START = '<!-- config-docs:start -->';
export const END = '<!-- config-docs:end -->';
export async function writeReadmeReference(file: string, sections: Sections): Promise<void> {
  const text = await readFile(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${file} has no ${START} … ${END} section`);
  await writeFile(file, `${text.slice(0, a + START.length)}\n${configReference(sections)}\n${text.slice(b)}`);
}

