// A killed run's temp files are removed by the next run, and listed in its report. The kill -9 check
// itself (ten kills at random moments, then a run equal to a clean one) is a script with timings too
// long and load-dependent for CI: `node dist/bench/kill-runs.js 10 15`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { inputWith, readJson, runPipeline, tempDir } from './helpers.js';

test('temp files of a killed run are removed at the next start and named in the report', async () => {
  const out = tempDir();
  const junk = ['records/.a-1.md.4242.0123abcd.tmp', 'feeds/outlets/.x.json.4242.89abcdef.tmp', 'state/.outlet-slugs.json.77.00ff00ff.tmp', 'report.json.tmp-never-mine', '.copydesk-write-test-4242', '.copydesk.lock-4242-deadbeef'];
  for (const j of junk) {
    mkdirSync(path.dirname(path.join(out, j)), { recursive: true });
    writeFileSync(path.join(out, j), 'partial');
  }
  const old = new Date(Date.now() - 5 * 60_000);
  utimesSync(path.join(out, '.copydesk.lock-4242-deadbeef'), old, old);
  writeFileSync(path.join(out, '.keep-me'), 'not ours');
  await runPipeline(inputWith('harbor-wire.txt'), out);
  const report = readJson<{ leftovers_removed: string[] }>(path.join(out, 'report.json'));
  assert.deepEqual(report.leftovers_removed, ['.copydesk-write-test-4242', '.copydesk.lock-4242-deadbeef', 'feeds/outlets/.x.json.4242.89abcdef.tmp', 'records/.a-1.md.4242.0123abcd.tmp', 'state/.outlet-slugs.json.77.00ff00ff.tmp']);
  assert.equal(existsSync(path.join(out, '.keep-me')), true);
  assert.equal(existsSync(path.join(out, 'report.json.tmp-never-mine')), true, 'a name that is not our pattern is left alone');
  assert.equal(existsSync(path.join(out, '.copydesk.lock')), false, 'the run released its lock');
});
