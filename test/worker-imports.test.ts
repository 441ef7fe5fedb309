// Each article process loads its own copy of every module it imports, at start: what only the main
// process's writers need stays out of the article process's import graph (record/file.ts: the schema validator
// and YAML; ~0.1 CPU-s a process). Read from the built files' static imports.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { root } from './helpers.js';

/** Packages and own modules reached from `entry` by static (value) imports. */
function graph(entry: string): { own: Set<string>; packages: Set<string> } {
  const own = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    if (own.has(file)) return;
    own.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s+(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) {
        const next = path.resolve(path.dirname(file), spec);
        if (existsSync(next) && next.endsWith('.js')) walk(next);
      } else if (!spec.startsWith('node:')) packages.add(spec.split('/')[0]);
    }
  };
  walk(entry);
  return { own, packages };
}

test('an article process imports neither the record schema validator nor the record writer', () => {
  const { own, packages } = graph(path.join(root, 'dist/pipeline/run/article-worker.js'));
  assert.ok(own.size > 50, `${own.size} modules`);
  assert.ok(packages.has('unified'), [...packages].join(' '));
  assert.ok(!packages.has('ajv'), [...packages].join(' '));
  assert.ok(![...own].some((f) => f.endsWith(path.join('record', 'file.js')) || f.endsWith(path.join('record', 'record-validate.js')) || f.endsWith(path.join('write', 'records.js'))));
});

test('the writers still check records: the main process imports the validator the build compiled', () => {
  const { own } = graph(path.join(root, 'dist/pipeline/run/run.js'));
  // record-validate.js is Ajv's standalone code for record.schema.json (scripts/record-validator.mjs):
  // the run checks records with it and no longer imports Ajv to compile the schema.
  assert.ok([...own].some((f) => f.endsWith(path.join('record', 'record-validate.js'))), 'record-validate.js reached from run.js');
});
