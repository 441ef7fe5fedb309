// The record validator the build compiles (scripts/record-validator.mjs) is Ajv's own: for records
// that pass and records that break the schema in each way, the same verdict and the same errors as
// `new Ajv({ allErrors: true }).compile(record.schema.json)` at run time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import AjvModule from 'ajv';
import { checkRecord, RecordError } from '../pipeline/record/file.js';
import validate from '../pipeline/record/record-validate.js';
import { root } from './helpers.js';

const Ajv = AjvModule as unknown as typeof AjvModule.default;
const schema = JSON.parse(readFileSync(path.join(root, 'pipeline', 'record', 'record.schema.json'), 'utf8'));
const compiled = new Ajv({ allErrors: true }).compile(schema);

const good = {
  id: 'a-1', headline: 'A headline', date: '2020-01-02T03:04:05+01:00', outlet: 'Some Outlet', byline: ['Ann Writer'], dateline: 'SOMEWHERE',
  section: 'News', quotes: [{ text: 'We said so.', speaker: 'Ann Writer', cue: 'said', partial: false }], story: 's-1', duplicate_of: null,
  source: { path: 'in/a.txt', sha256: 'a'.repeat(64) },
};
const cases: { name: string; record: unknown; ok: boolean }[] = [
  { name: 'a whole record', record: good, ok: true },
  { name: 'nulls where allowed', record: { ...good, headline: null, date: null, outlet: null, dateline: null, section: null, byline: [], quotes: [] }, ok: true },
  { name: 'a date without time', record: { ...good, date: '2020-01-02' }, ok: true },
  { name: 'an astral character counts once', record: { ...good, headline: '\u{1F600}' }, ok: true },
  { name: 'an empty headline', record: { ...good, headline: '' }, ok: false },
  { name: 'a date of another shape', record: { ...good, date: '02/01/2020' }, ok: false },
  { name: 'an unsafe id', record: { ...good, id: 'a/b' }, ok: false },
  { name: 'a missing key', record: (({ story: _s, ...r }) => r)(good), ok: false },
  { name: 'an extra key', record: { ...good, extra: 1 }, ok: false },
  { name: 'a quote with an extra key and no speaker', record: { ...good, quotes: [{ text: 'x', other: 1 }] }, ok: false },
  { name: 'a bad hash and an empty byline name', record: { ...good, byline: [''], source: { path: 'a', sha256: 'xyz' } }, ok: false },
  { name: 'not an object', record: 'a record', ok: false },
];

test('record validator: the build-compiled one gives Ajv run-time verdicts and errors', () => {
  for (const c of cases) {
    const want = compiled(c.record);
    assert.equal(want, c.ok, `${c.name}: the case's expectation`);
    assert.equal(validate(c.record), want, c.name);
    assert.deepEqual(validate.errors ?? null, compiled.errors ?? null, c.name);
  }
});

test('record validator: checkRecord throws a RecordError naming each violation, and passes good records', () => {
  for (const c of cases.filter((c) => typeof c.record === 'object')) {
    if (c.ok) assert.doesNotThrow(() => checkRecord(c.record as never), c.name);
    else {
      compiled(c.record);
      const named = compiled.errors!.map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
      assert.throws(() => checkRecord(c.record as never), (e: Error) => e instanceof RecordError && e.message.endsWith(named), c.name);
    }
  }
});
