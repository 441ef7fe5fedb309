// The run report's findings set aside on disk (run/report-log.ts): each entry's findings read back
// with its keys in the report's order.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { ReportLog, type InputLine } from '../pipeline/run/report-log.js';
import { tempDir } from './helpers.js';

test('ReportLog gives back each entry with its findings, keys in the report order, notes after the messages', () => {
  const dir = tempDir();
  const log = new ReportLog(dir);
  const lines: InputLine[] = [];
  for (let i = 0; i < 2000; i++) {
    const line: InputLine = { path: `d${i}.txt`, status: 'failed' };
    line.record = `r${i}`;
    log.keep(line, { encoding: 'utf-8', found: { headline: `föund ${i}` }, ...(i % 2 ? { messages: [{ rule: 'm', reason: `reason ${i}` }] } : {}), ...(i % 3 ? {} : { removed: { nav: 1 } }) });
    lines.push(line);
  }
  lines[1].notes = [{ rule: 'story-new', reason: 'founds a story' }];
  lines[2].notes = [{ rule: 'story-join', reason: 'joins' }];
  Object.assign(lines[2], { status: 'duplicate', story: 's', duplicate_of: 'r0' });
  const e1 = log.entry(lines[1]);
  assert.deepEqual(Object.keys(e1), ['path', 'status', 'record', 'encoding', 'found', 'messages']);
  assert.deepEqual(e1.messages, [{ rule: 'm', reason: 'reason 1' }, { rule: 'story-new', reason: 'founds a story' }]);
  // No messages of its own: the notes come after `removed`, as a key added later would.
  const e2 = log.entry(lines[2]);
  assert.deepEqual(Object.keys(e2), ['path', 'status', 'record', 'encoding', 'found', 'messages', 'story', 'duplicate_of']);
  const e3 = log.entry(lines[3]);
  assert.deepEqual(Object.keys(e3), ['path', 'status', 'record', 'encoding', 'found', 'messages', 'removed']);
  assert.equal(log.entry(lines[1999]).found?.headline, 'föund 1999');
  assert.deepEqual(log.entry({ path: 'x', status: 'skipped', error: { rule: 'symlink', reason: 'not read' } }), { path: 'x', status: 'skipped', error: { rule: 'symlink', reason: 'not read' } });
  log.close();
  // The temp file is gone with the log.
  assert.deepEqual(readdirSync(dir), []);
  assert.ok(existsSync(dir));
});
