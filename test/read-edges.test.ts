// Reading dumps, the edges of issue 12: frontmatter in any language but YAML is refused cleanly (never
// `internal`), YAML warnings land on the dump's report line (not on stderr, without a file name),
// invalid UTF-8 is counted as the decoder replaces it, BOM-less UTF-16 in any script decodes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { decode, DecodeError, utf8Census } from '../pipeline/read/decode.js';
import { FrontmatterError, splitFrontmatter } from '../pipeline/read/frontmatter.js';
import { CLI, inputWith, readJson, root, runPipeline, tempDir, readReport } from './helpers.js';

const refused: [string, string, string][] = [
  ['---json', '---json\n{"title": "A"}\n---\nBody.\n', 'frontmatter-language'],
  ['---js with a comment after it', '---js // note\n{ title: "A" }\n---\nBody.\n', 'frontmatter-code'],
  ['---javascript', '---javascript\n({ title: "A" })\n---\nBody.\n', 'frontmatter-code'],
  ['---coffee', '---coffee\ntitle: "A"\n---\nBody.\n', 'frontmatter-code'],
  ['---toml', '---toml\ntitle = "A"\n---\nBody.\n', 'frontmatter-language'],
  ['---yaml with words after it', '---yaml please\ntitle: A\n---\nBody.\n', 'frontmatter-language'],
];
for (const [name, text, rule] of refused) {
  test(`frontmatter refused: ${name}`, () => {
    assert.throws(() => splitFrontmatter(text), (e: unknown) => e instanceof FrontmatterError && e.ruleId === rule && /refused/.test(e.message));
  });
}

const read: [string, string, Record<string, unknown>, string][] = [
  ['plain ---', '---\ntitle: A\n---\nBody.\n', { title: 'A' }, 'Body.\n'],
  ['---yaml', '---yaml\ntitle: A\n---\nBody.\n', { title: 'A' }, 'Body.\n'],
  ['---yml', '---yml\ntitle: A\n---\nBody.\n', { title: 'A' }, 'Body.\n'],
  // negatives: no frontmatter at all
  ['a rule of four dashes', '----\nBody.\n', {}, '----\nBody.\n'],
  ['text first', 'Body.\n---\ntitle: A\n---\n', {}, 'Body.\n---\ntitle: A\n---\n'],
];
for (const [name, text, data, content] of read) {
  test(`frontmatter read: ${name}`, () => {
    const s = splitFrontmatter(text);
    assert.deepEqual(s.data, data);
    assert.equal(s.content.trim(), content.trim());
  });
}

test('a YAML warning goes to the dump\'s report line, naming it, and not to stderr', () => {
  const input = inputWith('harbor-wire.txt');
  writeFileSync(path.join(input, 'tagged.md'), '---\ntitle: !custom Ferry Vote Delayed\n---\nThe harbor board delayed its vote on Monday after a long public hearing.\n');
  const output = tempDir();
  const r = spawnSync(process.execPath, [CLI, 'run', '--config', path.join(root, 'config'), '--input', input, '--output', output], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /Unresolved tag/);
  const line = readReport<{ inputs: { path: string; status: string; warnings?: string[] }[] }>(output).inputs.find((i) => i.path === 'tagged.md')!;
  assert.equal(line.status, 'written');
  assert.match(line.warnings!.join('\n'), /frontmatter YAML: Unresolved tag: !custom/);
});

const fffd = (s: string) => (s.match(/\uFFFD/g) ?? []).length;

test('the invalid-UTF-8 count is the number of characters the decoder replaced', () => {
  // Overlong, surrogate, past U+10FFFF, a truncated sequence, a stray continuation byte.
  const bad = [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80]];
  const bytes = Buffer.concat([Buffer.from('Café says '), ...bad.map((b) => Buffer.concat([Buffer.from(b), Buffer.from(' ok ')]))]);
  const d = decode(bytes);
  const want = fffd(new TextDecoder().decode(bytes));
  assert.equal(want, 2 + 3 + 4 + 1 + 1);
  assert.match(d.warnings[0], new RegExp(`invalid UTF-8: ${want} bad byte sequence\\(s\\), first at byte 11;`));
  // And for any bytes (without 0xBD, so no real U+FFFD is in the input):
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }).map((a) => a.map((x) => (x === 0xbd ? 0xbc : x))), (a) => utf8Census(a).invalid === fffd(new TextDecoder().decode(a))),
    { numRuns: 2000, seed: 12 },
  );
});

const le = (s: string) => Buffer.from(s, 'utf16le');
const be = (s: string) => {
  const b = Buffer.from(s, 'utf16le');
  for (let i = 0; i < b.length; i += 2) [b[i], b[i + 1]] = [b[i + 1], b[i]];
  return b;
};
const samples: [string, string][] = [
  ['Cyrillic', 'Городской совет утвердил бюджет на следующий год.\nМэр сказал: «Это важный день».\n'],
  ['Greek', 'Το δημοτικό συμβούλιο ενέκρινε τον προϋπολογισμό για το επόμενο έτος.\n'],
  ['Chinese', '市议会周一批准了明年的预算，市长表示这是重要的一天。\n'],
];
for (const [script, text] of samples) {
  for (const [order, enc] of [['LE', le], ['BE', be]] as const) {
    test(`BOM-less UTF-16${order} ${script} decodes`, () => {
      const d = decode(enc(text));
      assert.equal(d.encoding, order === 'LE' ? 'utf-16le' : 'utf-16be');
      assert.equal(d.text, text);
    });
  }
}

test('negatives: windows-1252 and binaries are not taken for UTF-16', () => {
  const cp1252 = Buffer.from([...Buffer.from('The council said '), 0x93, ...Buffer.from('enough'), 0x94, ...Buffer.from(' on Tuesday and left.\n')]);
  assert.equal(decode(cp1252).encoding, 'windows-1252');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8]);
  assert.throws(() => decode(png), (e: unknown) => e instanceof DecodeError && e.ruleId === 'binary');
  // ASCII read two bytes at a time is CJK-looking in both orders, scattered over many blocks.
  assert.equal(decode(Buffer.from('Plain words \x93quoted\x94 in a legacy file, nothing more to it.\n', 'latin1')).encoding, 'windows-1252');
});

test('a dump whose text all goes (one long line with no sentence in it) says so: body-empty, not silence', async () => {
  const input = inputWith('harbor-wire.txt');
  writeFileSync(path.join(input, 'one-line.txt'), 'x'.repeat(50_000) + '\n');
  const output = tempDir();
  await runPipeline(input, output);
  const by = new Map(readReport<{ inputs: { path: string; messages?: { rule: string; reason: string }[] }[] }>(output).inputs.map((i) => [i.path, i]));
  const note = by.get('one-line.txt')!.messages!.find((m) => m.rule === 'body-empty');
  assert.ok(note, 'a body-empty message');
  assert.match(note.reason, /no article text kept from 50001 characters/);
  assert.equal(by.get('harbor-wire.txt')!.messages!.some((m) => m.rule === 'body-empty'), false);
});

/** A Markdown dump as the README's sample has it: frontmatter title, then a dateline lead wrapped after `breakAt`. */
async function leadKept(breakAt: string): Promise<{ headline: unknown; body: string; lead: string }> {
  const input = tempDir('copydesk-in-');
  const lead = 'NORTH FALLS, Ore. — The county library board put off a vote on Sunday opening hours at its branches on Tuesday after more than thirty readers asked to speak.';
  const wrapped = lead.replace(`${breakAt} `, `${breakAt}\n`);
  writeFileSync(path.join(input, 'library.md'), `---\ntitle: Library Board Puts Off Vote on Sunday Hours\nauthor: [Ines Marlow]\n---\n${wrapped}\n\n"We want to hear every reader before we decide," board chair Tom Ashby said.\n`);
  const output = tempDir();
  await runPipeline(input, output);
  const [rec] = readdirSync(path.join(output, 'records'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.md'));
  const { data, content } = splitFrontmatter(readFileSync(path.join(rec.parentPath, rec.name), 'utf8'));
  return { headline: data.headline, body: content.replace(/\s+/g, ' '), lead };
}

test('a Markdown dump with a frontmatter title keeps its wrapped dateline lead in the body (README sample shape)', async () => {
  const { headline, body, lead } = await leadKept('branches on');
  assert.equal(headline, 'Library Board Puts Off Vote on Sunday Hours');
  assert.ok(body.includes(lead), `the lead is in the body: ${body}`);
});

test('... also when its first line is short (84 characters)', { todo: 'chrome-outside-article drops the first line: the line after it is not read as its continuation (requests.md, house)' }, async () => {
  const { body, lead } = await leadKept('opening hours');
  assert.ok(body.includes(lead), `the lead is in the body: ${body}`);
});
