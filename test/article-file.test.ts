// ArticleFile skips V8's stack capture while a message is built; the message itself must be the
// one a plain VFile makes: reason, place, ruleId, source, cause, fatal, the file's path, and an
// empty stack (or the cause's, for a legacy cause), and Error.stackTraceLimit is left as it was.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { ArticleFile } from '../pipeline/article/article-file.js';
import { dumpFile } from '../pipeline/run/read-dump.js';

const FIELDS = ['reason', 'message', 'name', 'place', 'line', 'column', 'ruleId', 'source', 'cause', 'fatal', 'file', 'stack', 'ancestors'] as const;
const fields = (m: VFileMessage) => Object.fromEntries(FIELDS.map((k) => [k, m[k]]));

const place = { start: { line: 3, column: 2, offset: 40 }, end: { line: 3, column: 19, offset: 57 } };
const node = { type: 'text' as const, value: 'Hello', position: place };
const cause = new Error('inner');
const CALLS: [string, (f: VFile) => VFileMessage][] = [
  ['reason, options', (f) => f.message('dropped a quote without a speaker', { place, ruleId: 'no-speaker', source: 'quotes' })],
  ['point place', (f) => f.message('dateline looks like a byline', { place: place.start, ruleId: 'dateline-byline', source: 'dateline' })],
  ['no place', (f) => f.message('no headline', { ruleId: 'no-headline', source: 'headline' })],
  ['cause option', (f) => f.message('outlet table broken', { cause, ruleId: 'outlet-table', source: 'outlet' })],
  ['legacy cause', (f) => f.message(cause, place, 'chrome:removed')],
  ['node as place', (f) => f.message('removed a share line', node, 'chrome:share')],
  ['info', (f) => f.info('kept a caption', { place, ruleId: 'caption', source: 'chrome' })],
];

for (const [name, call] of CALLS) {
  test(`ArticleFile message keeps every field (${name})`, () => {
    const plain = new VFile({ path: 'desk/a.txt', value: 'Text.' });
    const article = new ArticleFile({ path: 'desk/a.txt', value: 'Text.' });
    const before = Error.stackTraceLimit;
    const a = call(article);
    assert.equal(Error.stackTraceLimit, before);
    assert.deepEqual(fields(a), fields(call(plain)));
    assert.deepEqual(article.messages.map(fields), plain.messages.map(fields));
    // the stack is an own, writable, non-enumerable '' either way (no accessor left behind)
    assert.deepEqual(Object.getOwnPropertyDescriptor(a, 'stack'), Object.getOwnPropertyDescriptor(plain.messages[0], 'stack'));
  });
}

test('ArticleFile fail throws the same fatal message and restores the stack limit', () => {
  const before = Error.stackTraceLimit;
  const thrown = (f: VFile) => {
    try {
      f.fail('cannot read the dump', { place, ruleId: 'unreadable', source: 'read' });
    } catch (e) {
      return fields(e as VFileMessage);
    }
    assert.fail('fail() did not throw');
  };
  const a = thrown(new ArticleFile({ path: 'a.txt' }));
  assert.equal(Error.stackTraceLimit, before);
  assert.deepEqual(a, thrown(new VFile({ path: 'a.txt' })));
  assert.equal(a.fatal, true);
});

test('a dump read from bytes is an ArticleFile', () => {
  const { file } = dumpFile(new TextEncoder().encode('A headline\n\nThe council met on Monday.\n'), { rel: 'desk/a.txt', kind: 'txt' });
  assert.ok(file instanceof ArticleFile);
  assert.equal(file.path, 'desk/a.txt');
});
