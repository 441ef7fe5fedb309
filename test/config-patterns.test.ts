// Every pattern setting is compiled at load exactly as its stage uses it (flags, {NAME}/{CAP} expanded,
// derived forms, lists joined into one alternation), and every time zone is checked against Intl: a
// setting that would fail every article stops the run with exit 2 naming file, key and line, before any
// article is read (issue 12: a bad `signals[].pattern` used to pass the check and fail all as internal).
// User settings are tried through `copydesk run`; the internal constants beside the code through the
// loader, on a copy of the shipped data files with one key broken.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../pipeline/config/load.js';
import { compile, patternProblem, use, zoneProblem } from '../pipeline/config/spec.js';
import { DATA_DIR, loadConfig } from '../pipeline/registry.js';
import { inputWith, root, tempDir } from './helpers.js';

const cli = (args: string[]) => spawnSync(process.execPath, [path.join(root, 'dist/pipeline/cli.js'), ...args], { cwd: root, encoding: 'utf8' });

/** A config folder holding only `files` (every other user setting at its default). */
function configWith(files: Record<string, string>): string {
  const config = tempDir('copydesk-config-');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(config, name), text);
  return config;
}
const runWith = (files: Record<string, string>) => cli(['run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--config', configWith(files), '--quiet']);

/** Loads the shipped config/ with a copy of the data files where `rel`'s key `at` is set to `value`:
 * the problems found, and the file and line the message must name. */
async function loadWithData(rel: string, at: (string | number)[], value: unknown, config = path.join(root, 'config')) {
  const data = tempDir('copydesk-data-');
  cpSync(DATA_DIR, data, { recursive: true, filter: (src) => statSync(src).isDirectory() || /\.ya?ml$/.test(src) });
  const file = path.join(data, rel);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn(at, value);
  const text = doc.toString({ lineWidth: 0 });
  writeFileSync(file, text);
  const lineCounter = new LineCounter();
  const node = parseDocument(text, { lineCounter }).getIn(at, true);
  const line = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 0;
  try {
    await loadConfig(config, data);
    return { problems: [] as string[], where: `${file}:${line}` };
  } catch (e) {
    if (e instanceof ConfigError) return { problems: e.problems, where: `${file}:${line}` };
    throw e;
  }
}

// One broken pattern in each data file that holds patterns: [file, key path, value, key as named, message].
const broken: [string, (string | number)[], unknown, string, RegExp][] = [
  ['stages/chrome/rules.yaml', ['line_patterns', 1], '(unclosed', 'line_patterns[1]', /is not a valid regular expression as used \(flags "iu"\)/],
  ['stages/chrome/rules.yaml', ['tail_patterns', 0], '[z-a]', 'tail_patterns[0]', /Range out of order/],
  ['stages/date/rules.yaml', ['reject_pattern'], '(?<x', 'reject_pattern', /is not a valid regular expression/],
  ['stages/byline/rules.yaml', ['by_pattern'], 'by\\s+(', 'by_pattern', /is not a valid regular expression/],
  ['stages/headline/rules.yaml', ['not_title_patterns', 1], '*', 'not_title_patterns[1]', /Nothing to repeat/],
  ['stages/dateline/rules.yaml', ['caption_after'], '^(jan', 'caption_after', /is not a valid regular expression/],
  ['stages/outlet/evidence.yaml', ['signals', 0, 'pattern'], '{NAME} Staff(', 'signals[0].pattern', /as used \(flags "gimu", \{NAME\}, \{CAP\} expanded\)/],
  ['stages/outlet/evidence.yaml', ['signals', 0, 'cue'], 'copy(', 'signals[0].cue', /as used \(flags "iu"\)/],
  ['stages/outlet/evidence.yaml', ['reprinted_from', 0], 'originally appeared on (?:{NAME}', 'reprinted_from[0]', /as used \(flags "gimu", \{NAME\} expanded\)/],
  ['stages/quotes/vocab.yaml', ['quote_chrome', 0], 'follow .* on (twitter', 'quote_chrome[0]', /is not a valid regular expression/],
];
for (const [rel, at, value, key, message] of broken) {
  test(`a broken pattern in pipeline/${rel} stops the load, naming file, key and line (${key})`, async () => {
    const { problems, where } = await loadWithData(rel, at, value);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.ok(problems[0]!.startsWith(`${where}: ${key} `), `${problems[0]} (want ${where}: ${key})`);
    assert.match(problems[0]!, message);
  });
}

// Patterns that pass a plain 'u' compile (the old check; signal patterns had none) but not as the stage
// uses them: [file, key path, value, key as named, message].
const onlyAsUsed: [string, (string | number)[], unknown, string, RegExp][] = [
  // {NAME} expands to a group called "name": a pattern with its own such group cannot compile.
  ['stages/outlet/evidence.yaml', ['signals', 0, 'pattern'], '(?<name>Staff) of {NAME}', 'signals[0].pattern', /Duplicate capture group name/],
  ['stages/outlet/evidence.yaml', ['reprinted_from', 0], '(?<name>first) ran on {NAME}', 'reprinted_from[0]', /Duplicate capture group name/],
  // The date stage also finds the label anywhere on a line, its end anchor dropped: "\$" loses its "$".
  ['stages/date/rules.yaml', ['label_pattern'], 'price\\$', 'label_pattern', /as used \(flags "giu", in its derived form\)/],
  // Line patterns are joined into one alternation: two groups of one name clash there only.
  ['stages/chrome/rules.yaml', ['line_patterns'], ['^(?<menu>Home)$', '^(?<menu>Menu)$'], 'line_patterns', /are not a valid regular expression as used .*joined as one alternation/],
];
for (const [rel, at, value, key, message] of onlyAsUsed) {
  test(`a pattern valid under 'u' alone but not as used stops the load (${key} in ${rel})`, async () => {
    for (const v of [value].flat() as string[]) if (!v.includes('{NAME}')) assert.doesNotThrow(() => new RegExp(v, 'u'), v);
    const { problems, where } = await loadWithData(rel, at, value);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.ok(problems[0]!.startsWith(`${where}: ${key} `), `${problems[0]} (want ${where}: ${key})`);
    assert.match(problems[0]!, message);
  });
}

test('a broken pattern in config/outlets.yaml stops the run: exit 2, file, key and line', () => {
  const marker = runWith({ 'outlets.yaml': "outlets:\n  - name: The Harbor Wire\n    markers: ['Harbor Wire [']\n" });
  assert.equal(marker.status, 2, marker.stderr);
  assert.match(marker.stderr, /outlets\.yaml:3: outlets\[0\]\.markers\[0\] is not a valid regular expression as used \(flags "iu"\)/);
  // An outlet's chrome lines are joined into one alternation: valid one by one, they may clash there.
  const joined = runWith({ 'outlets.yaml': "outlets:\n  - name: The Harbor Wire\n    chrome: ['^(?<a>x)$', '^(?<a>y)$']\n" });
  assert.equal(joined.status, 2, joined.stderr);
  assert.match(joined.stderr, /outlets\.yaml:3: outlets\[0\]\.chrome are not a valid regular expression as used .*joined as one alternation/);
});

test("an outlet's chrome lines that clash with chrome.line_patterns once joined stop the load", async () => {
  const config = configWith({ 'outlets.yaml': "outlets:\n  - name: The Harbor Wire\n    chrome: ['^(?<menu>Sections)$']\n" });
  const { problems } = await loadWithData('stages/chrome/rules.yaml', ['line_patterns', 0], '^(?<menu>Home)$', config);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /outlets\.yaml:3: outlets\[0\]\.chrome cannot be joined with chrome\.line_patterns/);
});

test('a time zone Intl does not know stops the run: exit 2, file, key and line', () => {
  const zones = runWith({ 'metadata.yaml': "date:\n  zones:\n    EST: '-05:00'\n    HST: Pacific/Atlantis\n" });
  assert.equal(zones.status, 2, zones.stderr);
  assert.match(zones.stderr, /metadata\.yaml:4: date\.zones\.HST is not a time zone Intl knows nor an offset like -05:00: "Pacific\/Atlantis"/);
  const home = runWith({ 'outlets.yaml': 'outlets:\n  - name: The Harbor Wire\n    timezone: America/Harbor\n' });
  assert.equal(home.status, 2, home.stderr);
  assert.match(home.stderr, /outlets\.yaml:3: outlets\[0\]\.timezone is not a time zone Intl knows: "America\/Harbor"/);
  // An offset is a zone the date table accepts, not an outlet's home zone.
  const offset = runWith({ 'outlets.yaml': "outlets:\n  - name: The Harbor Wire\n    timezone: '-05:00'\n" });
  assert.equal(offset.status, 2, offset.stderr);
});

test('good zones load: a run with them exits 0', () => {
  const r = runWith({ 'metadata.yaml': "date:\n  zones:\n    HST: Pacific/Honolulu\n    NPT: '+05:45'\n" });
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

test('a broken pattern in a shipped data file stops `copydesk run` too: exit 2, the data file, key and line', () => {
  // A copy of the built command whose quote vocabulary holds a broken pattern.
  const install = tempDir('copydesk-install-');
  cpSync(path.join(root, 'dist/pipeline'), path.join(install, 'dist/pipeline'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(install, 'node_modules'));
  const vocab = path.join(install, 'dist/pipeline/stages/quotes/vocab.yaml');
  const lines = readFileSync(vocab, 'utf8').split('\n');
  const at = lines.findIndex((l) => /^quote_chrome:/.test(l));
  lines.splice(at + 1, 0, "  - '(?:follow us'");
  writeFileSync(vocab, lines.join('\n'));
  const r = spawnSync(process.execPath, [path.join(install, 'dist/pipeline/cli.js'), 'run', '--input', inputWith('harbor-wire.txt'), '--output', tempDir(), '--config', path.join(root, 'config'), '--quiet'], { encoding: 'utf8' });
  assert.equal(r.status, 2, r.stderr);
  assert.ok(r.stderr.includes(`${vocab}:${at + 2}: quote_chrome[0] is not a valid regular expression as used (flags "iu")`), r.stderr);
});
