// Config in two parts: config/ holds the user settings only; the internal constants live in data files
// beside their code, checked by the same specs; the two merge into one object of the specs' shape.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { splitSection } from '../pipeline/config/load.js';
import { DATA_DIR, loadConfig, sections } from '../pipeline/registry.js';
import { inputWith, projectConfig, root, tempDir } from './helpers.js';

const cli = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), ...args], { cwd: root, encoding: 'utf8' });

test('about twenty user settings; every other key is internal, in a data file the build ships', () => {
  const leaves = (s: unknown): number => ((s as { kind: string }).kind === 'object' ? Object.values((s as { fields: object }).fields).reduce((n: number, f) => n + leaves(f), 0) : 1);
  let user = 0;
  for (const s of Object.values(sections)) {
    const parts = splitSection(s);
    if (parts.user) user += leaves(parts.user);
    for (const file of Object.values((s as { data?: Record<string, string> }).data ?? {})) assert.ok(existsSync(path.join(DATA_DIR, file)), `dist/pipeline/${file}`);
  }
  assert.ok(user <= 40, `${user} user settings`);
});

test('an empty config folder runs with every internal constant: the data files, not the spec defaults', async () => {
  const shipped = await projectConfig();
  const bare = await loadConfig(tempDir('copydesk-config-'));
  assert.deepEqual(bare.quotes.verbs, shipped.quotes.verbs);
  assert.deepEqual(bare.chrome.line_patterns, shipped.chrome.line_patterns);
  assert.deepEqual(bare.outlets.signals, shipped.outlets.signals);
  assert.deepEqual(bare.outlets.outlets, []);
  assert.deepEqual(bare.metadata.date.zones, {});
});

test('a user setting beside internal ones in one section merges into the same object', async () => {
  const config = tempDir('copydesk-config-');
  writeFileSync(path.join(config, 'corpus.yaml'), 'stories:\n  similarity: 0.3\n');
  const c = await loadConfig(config);
  assert.equal(c.corpus.stories.similarity, 0.3);
  assert.equal(c.corpus.stories.active_days, 30);
  assert.equal(c.corpus.stories.key_terms, (await projectConfig()).corpus.stories.key_terms);
  assert.deepEqual(Object.keys(c.corpus.stories), Object.keys((await projectConfig()).corpus.stories));
});

test('an internal constant in a user file is refused with where it lives: exit 2, file, key and line', () => {
  const config = tempDir('copydesk-config-');
  writeFileSync(path.join(config, 'quotes.yaml'), 'describe_speakers: false\nverbs: [said]\n');
  const r = cli(['run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--config', config, '--quiet']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /quotes\.yaml:2: verbs is not a user setting: it is an internal constant, kept beside its code in pipeline\/stages\/quotes\/vocab\.yaml/);
});

test('a config file for a section without user settings is refused, naming where its constants are', () => {
  const config = tempDir('copydesk-config-');
  writeFileSync(path.join(config, 'chrome.yaml'), 'prose_min_words: 12\n');
  const r = cli(['run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--config', config, '--quiet']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /chrome\.yaml: the chrome section has no user settings; its constants are internal, kept beside its code \(pipeline\/stages\/chrome\/rules\.yaml\)/);
});
