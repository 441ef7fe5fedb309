// Every pattern setting is compiled at load exactly as its stage uses it (flags, {NAME}/{CAP} expanded,
// derived forms, lists joined into one alternation), and every time zone is checked against Intl: a
// setting that would fail every article stops the run with exit 2 naming file, key and line, before any
// article is read (issue 12: a bad `signals[].pattern` used to pass the check and fail all as internal).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { compile, patternProblem, use, zoneProblem } from '../pipeline/config/spec.js';
import { inputWith, root, tempDir } from './helpers.js';

const cli = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), ...args], { cwd: root, encoding: 'utf8' });

/** `copydesk run` with a config folder holding only `file` (every other setting at its default). */
function runWith(file: string, text: string) {
  const config = tempDir('copydesk-config-');
  writeFileSync(path.join(config, file), text);
  return cli(['run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--config', config, '--quiet']);
}

// One broken pattern in each file that holds patterns: [file, YAML, expected "file:line: key" message].
const broken: [string, string, RegExp][] = [
  ['chrome.yaml', "line_patterns:\n  - '^Share$'\n  - '(unclosed'\n", /chrome\.yaml:3: line_patterns\[1\] is not a valid regular expression as used \(flags "iu"\)/],
  ['chrome.yaml', "tail_patterns:\n  - '[z-a]'\n", /chrome\.yaml:2: tail_patterns\[0\] is not a valid regular expression/],
  ['metadata.yaml', "date:\n  zones: {}\n  reject_pattern: '(?<x'\n", /metadata\.yaml:3: date\.reject_pattern is not a valid regular expression/],
  ['metadata.yaml', "byline:\n  by_pattern: 'by\\s+('\n", /metadata\.yaml:2: byline\.by_pattern is not a valid regular expression/],
  ['metadata.yaml', "headline:\n  not_title_patterns: ['^\\d+ comments$', '*']\n", /metadata\.yaml:2: headline\.not_title_patterns\[1\] is not a valid regular expression/],
  ['metadata.yaml', "dateline:\n  caption_after: '^(jan'\n", /metadata\.yaml:2: dateline\.caption_after is not a valid regular expression/],
  ['outlets.yaml', "signals:\n  - name: staff\n    weight: 1\n    pattern: '{NAME} Staff('\n", /outlets\.yaml:4: signals\[0\]\.pattern is not a valid regular expression as used \(flags "gimu", \{NAME\}, \{CAP\} expanded\)/],
  ['outlets.yaml', "reprinted_from:\n  - 'originally appeared on {NAME'\n", /outlets\.yaml:2: reprinted_from\[0\] is not a valid regular expression as used \(flags "gimu", \{NAME\} expanded\)/],
  ['outlets.yaml', "outlets:\n  - name: The Harbor Wire\n    markers: ['Harbor Wire [']\n", /outlets\.yaml:3: outlets\[0\]\.markers\[0\] is not a valid regular expression/],
  ['quotes.yaml', "quote_chrome:\n  - 'follow .* on (twitter'\n", /quotes\.yaml:2: quote_chrome\[0\] is not a valid regular expression/],
];
for (const [file, text, message] of broken) {
  test(`a broken pattern in ${file} stops the run: exit 2, file, key and line (${message.source.slice(0, 40)})`, () => {
    const r = runWith(file, text);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, message);
  });
}

// Patterns that pass a plain 'u' compile (the old check; signal patterns had none) but not as the stage
// uses them. [file, YAML, the values alone, expected message]
const onlyAsUsed: [string, string, string[], RegExp][] = [
  // {NAME} expands to a group called "name": a pattern with its own such group cannot compile.
  ['outlets.yaml', "signals:\n  - name: staff\n    weight: 1\n    pattern: '(?<name>Staff) of {NAME}'\n", [], /outlets\.yaml:4: signals\[0\]\.pattern is not a valid regular expression as used .*Duplicate capture group name/],
  ['outlets.yaml', "reprinted_from:\n  - '(?<name>first) ran on {NAME}'\n", [], /outlets\.yaml:2: reprinted_from\[0\] .*Duplicate capture group name/],
  // The date stage also finds the label anywhere on a line, its end anchor dropped: "\$" loses its "$".
  ['metadata.yaml', "date:\n  label_pattern: 'price\\$'\n", ['price\\$'], /metadata\.yaml:2: date\.label_pattern is not a valid regular expression as used \(flags "giu", in its derived form\)/],
  // Line patterns are joined into one alternation: two groups of one name clash there only.
  ['chrome.yaml', "line_patterns:\n  - '^(?<menu>Home)$'\n  - '^(?<menu>Menu)$'\n", ['^(?<menu>Home)$', '^(?<menu>Menu)$'], /chrome\.yaml:2: line_patterns are not a valid regular expression as used .*joined as one alternation/],
  // An outlet's chrome lines are joined too.
  ['outlets.yaml', "outlets:\n  - name: The Harbor Wire\n    chrome: ['^(?<a>x)$', '^(?<a>y)$']\n", ['^(?<a>x)$', '^(?<a>y)$'], /outlets\.yaml:3: outlets\[0\]\.chrome are not a valid regular expression/],
];
for (const [file, text, alone, message] of onlyAsUsed) {
  test(`a pattern valid under 'u' alone but not as used stops the run (${message.source.slice(0, 40)})`, () => {
    for (const v of alone) assert.doesNotThrow(() => new RegExp(v, 'u'), v);
    const r = runWith(file, text);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, message);
  });
}

test('a time zone Intl does not know stops the run: exit 2, file, key and line', () => {
  const zones = runWith('metadata.yaml', "date:\n  zones:\n    EST: '-05:00'\n    HST: Pacific/Atlantis\n");
  assert.equal(zones.status, 2, zones.stderr);
  assert.match(zones.stderr, /metadata\.yaml:4: date\.zones\.HST is not a time zone Intl knows nor an offset like -05:00: "Pacific\/Atlantis"/);
  const home = runWith('outlets.yaml', 'outlets:\n  - name: The Harbor Wire\n    timezone: America/Harbor\n');
  assert.equal(home.status, 2, home.stderr);
  assert.match(home.stderr, /outlets\.yaml:3: outlets\[0\]\.timezone is not a time zone Intl knows: "America\/Harbor"/);
  // An offset is a zone the date table accepts, not an outlet's home zone.
  const offset = runWith('outlets.yaml', "outlets:\n  - name: The Harbor Wire\n    timezone: '-05:00'\n");
  assert.equal(offset.status, 2, offset.stderr);
});

test('good zones and patterns load: a run with them exits 0', () => {
  const r = runWith('metadata.yaml', "date:\n  zones:\n    HST: Pacific/Honolulu\n    NPT: '+05:45'\n");
  assert.equal(r.status, 0, r.stderr);
});

test('compile() is the one way a pattern setting is compiled: flags, placeholders, derived form', () => {
  assert.equal(compile('a{NAME}b{CAP}', use('gimu', { expand: { NAME: '(?<name>x)', CAP: '(?<cap>y)' } })).source, 'a(?<name>x)b(?<cap>y)');
  assert.equal(compile('a{NAME}b{CAP}', use('gimu', { expand: { NAME: '(?<name>x)', CAP: '(?<cap>y)' } })).flags, 'gimu');
  assert.equal(compile('x$', use('giu', { rewrite: (s) => s.replace(/\$$/, '') })).source, 'x');
  assert.equal(patternProblem('ok', [use('u'), use('giu')]), undefined);
  assert.match(patternProblem('a\\$', [use('iu'), use('giu', { rewrite: (s) => s.replace(/\$$/, '') })])!, /in its derived form/);
  assert.equal(zoneProblem('America/Chicago', 'iana'), undefined);
  assert.equal(zoneProblem('+05:30', 'iana-or-offset'), undefined);
  assert.match(zoneProblem('+05:30', 'iana')!, /not a time zone/);
  assert.match(zoneProblem('Moon/Base', 'iana-or-offset')!, /not a time zone/);
});

test("an outlet's chrome lines that clash with chrome.line_patterns once joined stop the run", () => {
  const config = tempDir('copydesk-config-');
  writeFileSync(path.join(config, 'chrome.yaml'), "line_patterns:\n  - '^(?<menu>Home)$'\n");
  writeFileSync(path.join(config, 'outlets.yaml'), "outlets:\n  - name: The Harbor Wire\n    chrome: ['^(?<menu>Sections)$']\n");
  const r = cli(['run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--config', config, '--quiet']);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /outlets\.yaml:3: outlets\[0\]\.chrome cannot be joined with chrome\.line_patterns/);
});
