// The data files' values parsed at build (config/parsed-data.ts): taken only for the very text they came
// from, only when they survive JSON unchanged, and the same value the YAML gives.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { builtValue, parsedJson, PARSED_SUFFIX, yamlValue } from '../pipeline/config/parsed-data.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parsed-data-'));
const TEXT = "weights:\n  near: 0.5\n  far: -2\nwords: [alpha, 'beta', \"gamma\"]\nanchor: &a { x: 1 }\nagain: *a\nnothing: ~\nflag: true\n";

test('a built value is the YAML value, for the same text only', async () => {
  const file = path.join(dir, 'rules.yaml');
  const json = parsedJson(TEXT);
  assert.ok(json);
  writeFileSync(file + PARSED_SUFFIX, json);
  assert.deepEqual(await builtValue(file, TEXT), yamlValue(TEXT));
  assert.equal(await builtValue(file, TEXT.replace('0.5', '0.6')), undefined);
  assert.equal(await builtValue(path.join(dir, 'missing.yaml'), TEXT), undefined);
});

test('no built value for a text JSON would change or YAML rejects', () => {
  const table: [string, string][] = [
    ['infinity', 'cap: .inf\n'],
    ['not a number', 'cap: .nan\n'],
    ['negative zero', 'cap: -0.0\n'],
    ['syntax error', 'a: [1, 2\n'],
    ['duplicate key', 'a: 1\na: 2\n'],
  ];
  for (const [name, text] of table) assert.equal(parsedJson(text), undefined, name);
});
