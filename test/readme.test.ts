// The README documents the two commands and carries the config reference generated from the specs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { configReference, END, START } from '../pipeline/config/reference.js';
import { sections } from '../pipeline/registry.js';
import { root } from './helpers.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

test('the README names the two commands', () => {
  assert.match(readme, /npm install && npm start/);
  assert.match(readme, /npm test/);
});

test("the README's config reference matches the specs (run `npm run docs` if not)", () => {
  const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
  assert.equal(section, configReference(sections).trim());
});
