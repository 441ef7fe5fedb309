// Pass 2's chrome judgment from what pass 1 kept of a page (chrome/base.ts: what the page alone says of each
// paragraph; run/line-hashes.ts: each line's hashes, read into its count in the batch) is the judgment made
// afresh: every paragraph's kind, rule and batch fields, the story's share and the article's stretch, on
// pages where the batch's repetition matters (site furniture many dumps share, a story several sites carry,
// an edited copy of it) and where it does not. A base made of other paragraphs is not taken (the counts travel
// with the text they were made of, in the keep, and are checked by its line count); nor is the base when an
// outlet's own line patterns apply.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTree } from '../pipeline/article/parse.js';
import type { Config } from '../pipeline/registry.js';
import { BatchCounter } from '../pipeline/run/batch-counts.js';
import { countsOf, lineHashes } from '../pipeline/run/line-hashes.js';
import { keyHashes, LineTable } from '../pipeline/run/line-table.js';
import { compileChrome, judgeArticle } from '../pipeline/stages/chrome/article.js';
import type { PageBase } from '../pipeline/stages/chrome/base.js';
import { echoKeys, foldLine } from '../pipeline/text/lines.js';
import type { ArticleZone, BatchContext } from '../pipeline/types.js';
import { batchOf, dumpFile, outletEntry, PROSE, projectConfig } from './helpers.js';

const MENU = ['Skip to main content', '', '• Home', '• News', '• Sport', '• Opinion', ''];
const FOOTER = ['Support our newsroom', '', 'Follow Jane Roe on the social network for more stories like this one.', '', '© Example Media Group', ''];
const STORY = ['Ferry service resumes after storm', '', 'By Ada Quill', '', PROSE[0], '', PROSE[1], '', PROSE[2], ''];
/** The story as another site edited it: a word changed in its opening paragraph, its close cut. */
const EDITED = ['Ferry service resumes after the storm', '', PROSE[0].replace(/ the /u, ' a '), '', PROSE[1], ''];

const page = (...parts: string[][]) => parts.flat().join('\n');
// [name, the page, the other dumps of its batch]
const cases: [string, string, string[]][] = [
  ['site furniture many dumps share, around a story of its own', page(MENU, [PROSE[3], '', PROSE[4], ''], FOOTER), [page(MENU, [PROSE[0], ''], FOOTER), page(MENU, [PROSE[1], ''], FOOTER), page(MENU, [PROSE[2], ''], FOOTER)]],
  ['a story several sites carry, each in its own furniture', page(MENU, STORY, FOOTER), [page(['Island Post Home', ''], STORY), page(['Coast Daily Home', ''], STORY), page(MENU, [PROSE[4], ''], FOOTER)]],
  ['an edited copy of a story', page(['Bay Herald', ''], STORY), [page(EDITED), page(MENU, [PROSE[3], ''])]],
  ['a page that shows a caption twice and a credit', page(MENU, ['A ferry leaves the harbor in the morning light after the storm', '', PROSE[0], '', 'A ferry leaves the harbor in the morning light after the storm', '', 'Jane Doe / Example Agency', '', PROSE[1], '']), [page(MENU, [PROSE[2], ''])]],
  ['a page nothing else in its batch shares', page(['Harbor Times', '', PROSE[2], '', PROSE[3], '']), [page([PROSE[4], ''])]],
];

/** Pass 1 as an article process does it over `dumps`: each dump's keys counted, its base and line hashes kept. */
function pass1(counter: BatchCounter, dumps: string[]): { batch: BatchContext; kept: { base: PageBase; lines?: Uint32Array }[] } {
  const table = new LineTable();
  const kept = dumps.map((d) => {
    const { keys, ...found } = counter.read(dumpFile(d), true);
    table.addHashes(keyHashes(keys));
    return found;
  });
  return { batch: { lineDocCounts: table.pruned(2), docs: dumps.length }, kept };
}

/** Pass 2's chrome judgment of `text`, given what pass 1 kept of it (`base`, `lines`) or nothing. */
function judge(config: Config, text: string, batch: BatchContext, kept: { base?: PageBase; lines?: Uint32Array } = {}, outlet?: string[]): ArticleZone {
  const file = dumpFile(text);
  if (outlet) file.data.outletEntry = outletEntry({ name: 'Example Outlet', chrome: outlet });
  if (kept.base) file.data.chromeBase = kept.base;
  if (kept.lines && batch.lineDocCounts instanceof LineTable) file.data.chromeLineCounts = countsOf(kept.lines, batch.lineDocCounts);
  const zone = judgeArticle(dumpTree(file), file, compileChrome(config.chrome), batch);
  assert.equal(file.data.chromeBase, undefined, 'the base is taken off the file');
  assert.equal(file.data.chromeLineCounts, undefined, 'the counts are taken off the file');
  return zone;
}

for (const [name, text, others] of cases)
  test(`chrome judged from pass 1's base and line counts as afresh: ${name}`, async () => {
    const config = await projectConfig();
    const counter = new BatchCounter(config.chrome);
    const { batch, kept } = pass1(counter, [text, ...others]);
    const fresh = judge(config, text, batch);
    assert.deepEqual(judge(config, text, batch, kept[0]), fresh, 'base and line counts');
    assert.deepEqual(judge(config, text, batch, { base: kept[0].base }), fresh, 'base alone');
    // The batch counted into a Map of its keys (tests, trainers): the base alone applies.
    const counted = await batchOf([text, ...others]);
    assert.deepEqual(judge(config, text, counted, kept[0]), judge(config, text, counted));
    // What was kept of another page is not taken for this one.
    assert.deepEqual(judge(config, text, batch, kept[1]), fresh, "another page's");
    // An outlet's own line patterns judge the page's lines again.
    const outlet = ['^by ada quill$'];
    assert.deepEqual(judge(config, text, batch, kept[0], outlet), judge(config, text, batch, {}, outlet), 'with an outlet profile');
  });

test("the cases above put the batch's part of the judgment to work: repeated furniture, a shared story, an echo", async () => {
  const config = await projectConfig();
  const counter = new BatchCounter(config.chrome);
  const zones = cases.map(([, text, others]) => {
    const { batch, kept } = pass1(counter, [text, ...others]);
    return judge(config, text, batch, kept[0]);
  });
  const paras = zones.flatMap((z) => z.paras);
  assert.ok(paras.some((p) => p.rule === 'chrome-repeated'), 'repeated furniture');
  assert.ok(zones.some((z) => z.storyDocs >= 2), 'a shared story');
  assert.ok(paras.some((p) => p.echoed && !p.repeated), 'an edited paragraph known by its echo');
  assert.ok(zones[zones.length - 1].paras.every((p) => !p.repeated && !p.echoed), 'nothing shared on the lone page');
});

test("a line's count read by its kept hashes is the count its key gives, and so is its echo", () => {
  const lines = ['Support our newsroom', '', '  Support   our newsroom  ', PROSE[0], PROSE[0].replace(/ the /u, ' a '), 'Ünïcödé line', 'never counted'];
  const counted = ['support our newsroom', foldLine(PROSE[0]), ...echoKeys(foldLine(PROSE[0]), 8), 'ünïcödé line'];
  const table = new LineTable();
  for (let d = 0; d < 3; d++) table.addHashes(keyHashes(counted));
  const seen: string[] = [];
  const { counts, echoed } = countsOf(
    lineHashes(lines, 8, (k, e) => seen.push(k, ...e)),
    table,
  );
  assert.deepEqual([...counts], lines.map((l) => table.get(foldLine(l)) ?? 0));
  assert.deepEqual([...echoed], lines.map((l) => (echoKeys(foldLine(l), 8).some((e) => (table.get(e) ?? 0) >= 2) ? 1 : 0)));
  assert.deepEqual([...counts.slice(0, 4)], [3, 0, 3, 3]);
  assert.equal(echoed[4], 1, 'the edited line, by its closing words');
  assert.deepEqual(seen, lines.flatMap((l) => [foldLine(l), ...echoKeys(foldLine(l), 8)]), 'every key and echo key handed to pass 1');
});
