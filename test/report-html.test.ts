// report.html: one self-contained page for the desk, checked by its structure (parsed, then queried
// with CSS selectors): counts, stories with versions and outlets, copies pointing to their originals,
// refused inputs with reasons, warnings by rule, deliveries; nothing loads from the network; text
// from input is escaped.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { run } from '../pipeline/run/run.js';
import { CmsStandIn } from './cms-stand-in.js';
import { inputWith, projectConfig, readJson, tempDir, readReport } from './helpers.js';

interface Report {
  counts: Record<string, number>;
  inputs: { path: string; status: string; record?: string; story?: string; duplicate_of?: string; messages?: { rule: string }[] }[];
}
interface Feed {
  items: { id: string; title: string; _copydesk: { versions: { id: string }[]; outlets: string[] } }[];
}

const text = (tree: Root | Element, sel: string) => toString(select(sel, tree) ?? { type: 'root', children: [] });

test('report.html shows counts, stories, copies, refused inputs, warnings by rule and deliveries, self-contained', async () => {
  const input = inputWith('harbor-wire.txt', 'harbor-rewrite.txt', 'orchard-frost.txt');
  writeFileSync(path.join(input, 'harbor-wire-copy.txt'), readFileSync(path.join(input, 'harbor-wire.txt')));
  writeFileSync(path.join(input, 'empty.txt'), '');
  writeFileSync(path.join(input, 'hostile.md'), '---\ntitle: "<script>alert(1)</script> Quillon <b>vote</b> & more"\ndate: 2025-03-05\n---\nA short note on quillon fares and a <img src=x onerror=alert(2)> tag, long enough to count as an article body for the desk here.\n');
  const output = tempDir();
  const cms = new CmsStandIn();
  const url = await cms.start();
  try {
    const config = await projectConfig();
    const settings = { ...config.run.push, timeout_ms: 500, backoff_ms: 10 };
    // The CMS refuses one story's item.
    cms.plan = ({ body }) => (body.includes('Apple Harvest') ? { status: 422, body: 'item rejected: missing image' } : undefined);
    await run({ config: { ...config, run: { ...config.run, push: settings } }, input, output, concurrency: 2, progress: false, push: url, now: () => new Date('2026-01-01T00:00:00Z') });
  } finally {
    await cms.close();
  }
  const report = readReport<Report>(output);
  const feed = readJson<Feed>(path.join(output, 'feeds/all.json'));
  const html = readFileSync(path.join(output, 'report.html'), 'utf8');
  const tree = fromHtml(html);

  // Self-contained: no script, no external resource, a CSP that forbids any load.
  assert.match(html, /^<!doctype html>/);
  assert.equal(selectAll('script, link, img, iframe, object, embed, [src]', tree).length, 0);
  for (const a of selectAll('a[href]', tree)) assert.match(String(a.properties.href), /^#/, 'links stay on the page');
  assert.match(String(select('meta[http-equiv="Content-Security-Policy"]', tree)?.properties.content), /default-src 'none'/);

  // One section per concern, each reachable from the nav.
  for (const id of ['counts', 'deliveries', 'stories', 'copies', 'refused', 'warnings']) {
    assert.ok(select(`section#${id} > h2`, tree), `section ${id}`);
    assert.ok(select(`nav a[href="#${id}"]`, tree), `nav to ${id}`);
  }
  for (const [k, v] of Object.entries(report.counts)) {
    const cell = selectAll('#counts .count', tree).find((c) => text(c, 'dt') === k);
    assert.equal(cell && text(cell, 'dd'), String(v), `count ${k}`);
  }

  // Stories: a block per story told by several versions (a row each, with its outlet), a row per
  // story told once; every record has an anchor.
  const storyIds = new Set(report.inputs.map((i) => i.story).filter(Boolean));
  const blocks = selectAll('#stories article.story', tree);
  const singles = selectAll('#stories table.single tbody tr', tree);
  assert.equal(blocks.length + singles.length, storyIds.size);
  assert.ok(blocks.length >= 1 && singles.length >= 1);
  for (const item of feed.items) {
    const versions = item._copydesk.versions;
    if (versions.length > 1) {
      const block = blocks.find((b) => b.properties.id === item.id)!;
      assert.ok(block, item.id);
      assert.equal(text(block, 'h3'), item.title);
      assert.deepEqual(selectAll('tbody tr', block).map((r) => r.properties.id), versions.map((v) => `rec-${v.id}`));
      for (const o of item._copydesk.outlets) assert.match(text(block, '.meta'), new RegExp(o));
    } else {
      const row = singles.find((r) => r.properties.id === item.id)!;
      assert.ok(row, item.id);
      assert.ok(toString(row).startsWith(item.title));
      assert.ok(select(`#rec-${versions[0].id}`, row));
    }
  }

  // Copies point to their originals, which are on the page.
  const copy = report.inputs.find((i) => i.status === 'duplicate')!;
  assert.ok(copy.duplicate_of);
  const row = selectAll('#copies tbody tr', tree).find((r) => toString(r).includes(copy.path))!;
  assert.equal(select('a', row)?.properties.href, `#rec-${copy.duplicate_of}`);
  assert.ok(select(`tr#rec-${copy.duplicate_of}`, tree));

  // Refused inputs with their rule and reason.
  const refused = selectAll('#refused tbody tr', tree);
  assert.equal(refused.length, report.inputs.filter((i) => i.status === 'failed').length);
  assert.match(toString(refused.find((r) => toString(r).includes('empty.txt'))!), /empty/);

  // Warnings by rule: one entry per rule, with its count.
  const rules = new Map<string, number>();
  for (const i of report.inputs) for (const m of i.messages ?? []) rules.set(m.rule, (rules.get(m.rule) ?? 0) + 1);
  const shown = selectAll('#warnings details.rule', tree);
  assert.equal(shown.length, rules.size);
  for (const d of shown) assert.equal(text(d, '.n'), String(rules.get(text(d, 'summary code'))));

  // Deliveries: sent and failed figures, the refused story with its status and answer.
  const figure = (k: string) => text(selectAll('#deliveries .count', tree).find((c) => text(c, 'dt') === k)!, 'dd');
  assert.equal(figure('sent'), String(feed.items.length - 1));
  assert.equal(figure('refused'), '1');
  assert.equal(figure('pending'), '0');
  const failed = select('#deliveries tr.failed', tree)!;
  assert.match(toString(failed), /422/);
  assert.match(toString(failed), /item rejected: missing image/);
  assert.match(toString(failed), /Apple Harvest/, 'the story is named by its title');
  assert.ok(select(`#${String(select('a', failed)?.properties.href).slice(1)}`, tree), 'and links to its block');

  // Input text is escaped: the hostile headline is text, not markup.
  const hostile = singles.find((r) => toString(r).includes('Quillon'))!;
  assert.equal(select('b', hostile), undefined);
  assert.match(toString(hostile), /<script>alert\(1\)<\/script> Quillon <b>vote<\/b> & more/);
});
