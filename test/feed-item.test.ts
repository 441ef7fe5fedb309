// Feed items a CMS can import without reading the records: sanitized HTML, summary, authors, the
// best headline as the story's title, and each version's byline, dateline, section and quotes.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ArticleRecord } from '../pipeline/record/record.js';
import { articleItem, BodyRenderer, storyItem } from '../pipeline/write/feed-item.js';
import type { StoredRecord } from '../pipeline/write/records.js';

const require = createRequire(import.meta.url);
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateFeed = ajv.compile(require('jsonfeed-schema/schema-v1.1.json'));

const BODY = 'RIVERTON, Ore. — The county opened a second bridge over the slough on Friday. Traffic had waited years for it.\n\nA *new* paragraph with [a link](https://example.org/bridge).\n\n- first point\n- second point';

function rec(id: string, o: Partial<ArticleRecord> = {}, body = BODY): StoredRecord {
  return {
    record: {
      id,
      headline: null,
      date: '2025-04-04',
      outlet: null,
      byline: [],
      dateline: null,
      section: null,
      quotes: [],
      story: 'story-000000000001',
      duplicate_of: null,
      source: { path: `${id}.txt`, sha256: '0'.repeat(64) },
      ...o,
    },
    body,
  };
}

const item = (members: StoredRecord[]) => storyItem('story-000000000001', members, new BodyRenderer());
const valid = (items: unknown[]) => validateFeed({ version: 'https://jsonfeed.org/version/1.1', title: 't', items });

test('content_html is the body rendered through unified, and sanitized', () => {
  const hostile = 'Opening line of a report.\n\n<script>alert(1)</script>\n\n[click](javascript:alert(1)) and <img src=x onerror="alert(2)">\n\n<iframe src="https://example.org"></iframe>';
  const cases: [string, string, RegExp[], RegExp[]][] = [
    ['markdown', BODY, [/<p>RIVERTON/, /<em>new<\/em>/, /<a href="https:\/\/example\.org\/bridge">a link<\/a>/, /<ul>\s*<li>first point<\/li>/], []],
    ['hostile', hostile, [/<p>Opening line of a report\.<\/p>/], [/<script/i, /javascript:/i, /onerror/i, /<iframe/i, /alert\(2\)/]],
  ];
  for (const [name, body, present, absent] of cases) {
    const html = item([rec('a', { headline: 'H' }, body)]).content_html as string;
    for (const re of present) assert.match(html, re, `${name}: ${re}`);
    for (const re of absent) assert.doesNotMatch(html, re, `${name}: ${re}`);
  }
});

test("the story's title is the best headline among its versions, never a cut lede when one has one", () => {
  const lede = 'Word '.repeat(60).trim() + '. Second sentence.';
  const cases: [string, StoredRecord[], string, string][] = [
    ['canonical has one', [rec('a', { headline: 'Canonical Headline' }), rec('b', { headline: 'Other Headline', date: '2025-04-05' })], 'Canonical Headline', 'canonical-headline'],
    ['only a later version has one', [rec('a'), rec('b', { headline: 'The Rewrite Has a Headline', date: '2025-04-05' })], 'The Rewrite Has a Headline', 'version-headline:b'],
    ['an original before a copy', [rec('a'), rec('c', { headline: 'Copy Headline', duplicate_of: 'a' }), rec('d', { headline: 'Original Headline', date: '2025-04-09' })], 'Original Headline', 'version-headline:d'],
    ['the headline most versions share', [rec('a'), rec('b', { headline: 'Lone Headline', date: '2025-04-05' }), rec('c', { headline: 'Shared Headline', date: '2025-04-06' }), rec('d', { headline: 'shared  headline', date: '2025-04-07' })], 'Shared Headline', 'version-headline:c'],
    ['no headline anywhere: the lede, cut at a word', [rec('a', {}, lede), rec('b', {}, lede + ' More.')], 'Word '.repeat(31).trim() + '…', 'canonical-lede'],
  ];
  for (const [name, members, title, via] of cases) {
    const it = item(members);
    assert.equal(it.title, title, name);
    assert.equal((it._copydesk as { title_from: string }).title_from, via, name);
    assert.ok((it.title as string).length <= 160, name);
  }
});

test('summary is whole sentences of the lede; authors come from the byline', () => {
  const it = item([rec('a', { headline: 'H', byline: ['Ines Park', 'Tomas Ueda'] })]);
  assert.equal(it.summary, 'RIVERTON, Ore. — The county opened a second bridge over the slough on Friday. Traffic had waited years for it.');
  assert.deepEqual(it.authors, [{ name: 'Ines Park' }, { name: 'Tomas Ueda' }]);
  const long = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} runs on for a little while here.`).join(' ');
  const s = item([rec('a', { headline: 'H' }, long)]).summary as string;
  assert.ok(s.length <= 300 && s.endsWith('.') && long.startsWith(s), s);
  const none = item([rec('a', { headline: 'H' })]);
  assert.equal('authors' in none, false, 'no byline: no authors (JSON Feed wants a name in each)');
});

test('_copydesk lists each version with byline, dateline, section and quotes', () => {
  const quotes = [
    { text: 'We will open it by spring,', speaker: 'Hana Ortiz, the county engineer', speaker_name: 'Hana Ortiz', speaker_role: 'the county engineer', cue: 'said' },
    { text: 'It took long enough.', speaker: null },
  ];
  const it = item([rec('a', { headline: 'H', outlet: 'Riverton Daily', byline: ['Ines Park'], dateline: 'RIVERTON, Ore.', section: 'Local', quotes }), rec('b', { outlet: 'Valley Wire', duplicate_of: 'a' })]);
  const cd = it._copydesk as { versions: Record<string, unknown>[]; outlets: string[]; canonical: string };
  assert.equal(cd.canonical, 'a');
  assert.deepEqual(cd.outlets, ['Riverton Daily', 'Valley Wire']);
  assert.deepEqual(cd.versions[0], {
    id: 'a',
    outlet: 'Riverton Daily',
    headline: 'H',
    date: '2025-04-04',
    byline: ['Ines Park'],
    dateline: 'RIVERTON, Ore.',
    section: 'Local',
    quotes: [
      { text: 'We will open it by spring,', speaker: 'Hana Ortiz, the county engineer', speaker_name: 'Hana Ortiz' },
      { text: 'It took long enough.', speaker: null, speaker_name: null },
    ],
    duplicate_of: null,
    source: 'a.txt',
  });
  assert.equal(cd.versions[1].duplicate_of, 'a');
  assert.deepEqual(it.tags, ['Local', 'Riverton Daily', 'Valley Wire']);
});

test('story and article items validate against JSON Feed 1.1, also with empty and odd bodies', () => {
  const renderer = new BodyRenderer();
  const members = [rec('a', { headline: 'H', byline: ['Ines Park'], date: '2025-04-04T10:00:00+02:00' }), rec('b', { date: null }, ''), rec('c', {}, '# Only a heading')];
  const items = [item(members), ...members.map((m) => articleItem(m, renderer))];
  assert.equal(valid(items), true, JSON.stringify(validateFeed.errors));
  for (const i of items) assert.equal(typeof i.content_html, 'string');
  assert.equal(articleItem(members[1], renderer).title, 'b', 'no headline, no text: the id');
});
