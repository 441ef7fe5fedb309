// Feeds are valid JSON Feed 1.1 (checked against the published schema, npm `jsonfeed-schema`), one
// item per story in all.json with every version and outlet, one feed per outlet.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { inputWith, readJson, runPipeline, tempDir, readReport } from './helpers.js';

const require = createRequire(import.meta.url);
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateFeed = ajv.compile(require('jsonfeed-schema/schema-v1.1.json'));

interface Item {
  id: string;
  title?: string;
  date_published?: string;
  _copydesk?: { story: string; outlets: string[]; versions: { id: string }[]; canonical: string };
}
interface Feed {
  version: string;
  items: Item[];
}

test('every feed validates against the JSON Feed 1.1 schema', async () => {
  const output = tempDir();
  const input = inputWith('harbor-wire.txt', 'harbor-rewrite.txt', 'orchard-frost.txt');
  // A dump that says where it comes from (a URL line) has an outlet, so an outlet feed is written too.
  writeFileSync(path.join(input, 'orchard-frost.txt'), 'URL: https://www.valleyorchardnews.com/2024/09/frost\n' + readFileSync(path.join(input, 'orchard-frost.txt'), 'utf8'));
  await runPipeline(input, output);
  const files = ['all.json', ...readdirSync(path.join(output, 'feeds/outlets')).map((f) => `outlets/${f}`)];
  assert.ok(files.length >= 2, 'all.json and an outlet feed');
  for (const f of files) {
    const feed = readJson<Feed>(path.join(output, 'feeds', f));
    assert.equal(validateFeed(feed), true, `${f}: ${JSON.stringify(validateFeed.errors)}`);
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(new Set(feed.items.map((i) => i.id)).size, feed.items.length, `${f}: item ids are unique`);
  }
});

test('all.json has one item per story, listing its versions', async () => {
  const output = tempDir();
  const input = inputWith('harbor-wire.txt', 'harbor-rewrite.txt', 'orchard-frost.txt');
  // A dump that says where it comes from (a URL line) has an outlet, so an outlet feed is written too.
  writeFileSync(path.join(input, 'orchard-frost.txt'), 'URL: https://www.valleyorchardnews.com/2024/09/frost\n' + readFileSync(path.join(input, 'orchard-frost.txt'), 'utf8'));
  await runPipeline(input, output);
  const feed = readJson<Feed>(path.join(output, 'feeds/all.json'));
  const report = readReport<{ inputs: { path: string; record: string; story: string }[] }>(output);
  const stories = new Set(report.inputs.map((r) => r.story));
  assert.equal(feed.items.length, stories.size);
  const harbor = feed.items.find((i) => i.id === report.inputs.find((r) => r.path === 'harbor-wire.txt')!.story)!;
  assert.deepEqual(harbor._copydesk!.versions.map((v) => v.id).sort(), report.inputs.filter((r) => r.path.startsWith('harbor')).map((r) => r.record).sort());
  assert.equal(harbor._copydesk!.canonical, report.inputs.find((r) => r.path === 'harbor-wire.txt')!.record, 'the earliest original is canonical');
});
