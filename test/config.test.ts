import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSection } from '../pipeline/config/load.js';
import { sections } from '../pipeline/registry.js';

test('a bad value names the file, the key and the line', () => {
  const problems: string[] = [];
  parseSection('config/corpus.yaml', 'dedupe:\n  shingle: 5\nstories:\n  similarity: 3\n', sections.corpus.spec, problems);
  assert.deepEqual(problems, ['config/corpus.yaml:4: stories.similarity must be at most 1, got 3']);
});

test('an unknown key is an error, not silently ignored', () => {
  const problems: string[] = [];
  parseSection('config/copydesk.yaml', 'input: in\nconcurency: 4\n', sections.run.spec, problems);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^config\/copydesk\.yaml:2: concurency is not a known key/);
});

test('an invalid regular expression is caught at load', () => {
  const problems: string[] = [];
  parseSection('config/chrome.yaml', "line_patterns:\n  - '^ok$'\n  - '(unclosed'\n", sections.chrome.spec, problems);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /chrome\.yaml:3: line_patterns\[1\] is not a valid regular expression/);
});

test('missing files and keys take their defaults', () => {
  const problems: string[] = [];
  const v = parseSection('config/copydesk.yaml', '', sections.run.spec, problems) as { concurrency: number; extensions: string[] };
  assert.deepEqual(problems, []);
  assert.equal(v.concurrency, 8);
  assert.deepEqual(v.extensions, ['.txt', '.md']);
});
