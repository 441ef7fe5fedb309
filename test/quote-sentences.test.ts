// The shared sentence and word plugin (pipeline/stages/sentences.ts), table-driven with negatives:
// sentence ends, an abbreviation inside a sentence, words with their offsets. Invented text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import sentences from '../pipeline/stages/sentences.js';

function read(text: string) {
  const file = new VFile({ value: text });
  const p = unified().use(remarkParse).use(sentences);
  p.runSync(p.parse(file), file);
  return file.data.sentences ?? [];
}

const cases: [string, string, string[]][] = [
  ['two sentences', 'The ferry left at noon. Nobody waved.', ['The ferry left at noon.', 'Nobody waved.']],
  ['paragraphs are read apart', 'The ferry left.\n\nThe gulls stayed.', ['The ferry left.', 'The gulls stayed.']],
  // negative: a quoted question inside a sentence does not end it before its attribution's verb
  ['one sentence with a comma inside its quote', '"We sail at dawn," the captain said.', ['"We sail at dawn," the captain said.']],
];

for (const [name, text, want] of cases) {
  test(`sentences: ${name}`, () => assert.deepEqual(read(text).map((s) => text.slice(s.start, s.end)), want));
}

test('sentences: words carry their offsets in the source', () => {
  const text = 'Pilots know the bay.';
  const [s] = read(text);
  assert.deepEqual(s.words.map((w) => [w.text, text.slice(w.start, w.end)]), [['Pilots', 'Pilots'], ['know', 'know'], ['the', 'the'], ['bay', 'bay']]);
});
