// The README documents the two commands and carries the reference of the user settings, generated from
// the specs with the values config/ ships; config/schema/ holds their JSON Schemas, generated too.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import AjvModule from 'ajv';
import { parse } from 'yaml';
import { configReference, END, schemas, shippedValues, START } from '../pipeline/config/reference.js';
import { sections } from '../pipeline/registry.js';
import { root } from './helpers.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

test('the README names the two commands', () => {
  assert.match(readme, /npm install && npm start/);
  assert.match(readme, /npm test/);
});

test("the README's config reference matches the specs and the shipped config/ (run `npm run docs` if not)", async () => {
  const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
  assert.equal(section, configReference(sections, await shippedValues(path.join(root, 'config'), sections)).trim());
});

test('the reference gives the shipped value beside the default, and no internal constant', async () => {
  const ref = configReference(sections, await shippedValues(path.join(root, 'config'), sections));
  assert.match(ref, /\| `concurrency` \| number \| `8` \| `8` \|/);
  assert.match(ref, /\| `date\.zones` \| map of string \| \d+ entries: `ET, /);
  for (const internal of ['`verbs`', '`line_patterns`', '`signals`', '`dedupe.shingle`', '`headline.window`']) assert.ok(!ref.includes(`| ${internal} |`), internal);
  assert.match(ref, /`pipeline\/stages\/quotes\/vocab\.yaml`: quotes/);
});

test('config/schema/ holds the JSON Schema of each user file, as generated (run `npm run docs` if not)', () => {
  const want = schemas(sections);
  const dir = path.join(root, 'config/schema');
  assert.deepEqual(readdirSync(dir).sort(), Object.keys(want).sort());
  for (const [name, text] of Object.entries(want)) assert.equal(readFileSync(path.join(dir, name), 'utf8'), text, name);
});

test('every shipped config file names its schema for editors, and validates against it', () => {
  const Ajv = AjvModule as unknown as typeof AjvModule.default;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  for (const file of readdirSync(path.join(root, 'config')).filter((f) => f.endsWith('.yaml'))) {
    const text = readFileSync(path.join(root, 'config', file), 'utf8');
    const name = file.replace(/\.yaml$/, '.schema.json');
    assert.equal(text.split('\n')[0], `# yaml-language-server: $schema=schema/${name}`, file);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'config/schema', name), 'utf8')));
    assert.ok(validate(parse(text) ?? {}), `${file}: ${JSON.stringify(validate.errors)}`);
    // An internal constant, or a typo, is flagged by the editor too.
    assert.equal(validate({ ...(parse(text) ?? {}), verbs: ['said'] }), false, file);
  }
});
