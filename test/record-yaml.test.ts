// A record's frontmatter is written line by line (record/yaml-lines.ts) as `YAML.stringify(record,
// { lineWidth: 0 })` writes it: these compare the two on strings yaml writes plain, quotes or writes
// over lines, on records of every shape the contract has, and on random strings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import YAML from 'yaml';
import type { ArticleRecord } from '../pipeline/record/record.js';
import { recordYaml, yamlString } from '../pipeline/record/yaml-lines.js';

const yaml = (r: object) => YAML.stringify(r, { lineWidth: 0 });

function record(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'example-news_2024-03-01_mill-reopens-0123456789ab',
    headline: 'Mill reopens after a long winter',
    date: '2024-03-01',
    outlet: 'Example News',
    byline: ['Jo Lin', 'Sam Diaz'],
    dateline: 'HARBOURTOWN',
    section: 'Business',
    quotes: [
      { text: 'We waited all winter for this day.', speaker: 'Jo Lin', speaker_name: 'Jo Lin', cue: 'said' },
      { text: 'it was time', speaker: null, partial: true },
    ],
    story: 'story-0123456789ab',
    duplicate_of: null,
    source: { path: 'example-news/mill.txt', sha256: 'ab'.repeat(32) },
    ...over,
  };
}

// Strings yaml writes plain, and strings it quotes, turns or writes over lines, in every field.
const STRINGS = [
  'Plain words, and a comma',
  'Trump’s “quotes” and ‘apostrophes’ — dashes',
  'a: b', 'ends with a colon:', 'x:y', 'a #tag', 'a#b', '#start', 'C# and F#',
  "it's", '"quoted"', 'both \' and "', "'single'", '`tick', '@handle', '%percent', '&anchor', '*star', '!bang', '|pipe', '>more',
  '[bracket', '{brace', ']', ',comma', '? what', '?', '-', '- item', '-dash', '+plus', '.dot', '...', '---', '--- x', '~', '',
  ' leading', 'trailing ', '\ttab', 'tab\tinside', 'null', 'Null', 'NULL', 'true', 'False', 'yes', 'no', 'on', '123', '-4', '0x1F', '0o17', '1e3', '.5', '3.', '.inf', '-.Inf', '.nan', '12 angry men',
  '2024-03-01', '2024-03-01T09:30:00Z', '2024-03-01T09:30:00+01:00', '2024-03-01T09:30:00.250-05:00', '2024-13', '2024-03-01 and more',
  'bell\u0007', 'nel\u0085', 'del\u007f', 'no-break\u00a0space', 'line\u2028separator', 'bom\ufeff', 'lone \ud800 surrogate', 'emoji 🦉 pair', 'é',
  '5 things', '-3 degrees', '+1 vote', '.hidden', '~home', '0x1G', '1e', '1.2.3', '007', '-', '- 1', '--- not', '...and', '12:30',
  'two\nlines', 'trailing newline\n', '\nleading newline', 'a\r\nb',
  // quoted: by which quotes, and with which escapes
  'say "no": now', '"both" it\'s', 'back\\slash: x', '\\', '"\\"', 'tab\t: "x"', 'true"', '#"', "#'", '- "a"', 'x: \u0085"', 'x: \u00a0"\'', 'x: \u2028',
];

test('yamlString: every string as yaml writes it as a value on its own line', () => {
  for (const s of STRINGS) {
    const want = yaml({ k: s });
    let got: string | undefined;
    try {
      got = `k: ${yamlString(s)}\n`;
    } catch {
      // strings over lines are yaml's to write, in their record
      assert.ok(s.includes('\n'), JSON.stringify(s));
      continue;
    }
    assert.equal(got, want, JSON.stringify(s));
  }
});

test('recordYaml: records of every shape, each string in each field, as YAML.stringify writes them', () => {
  const cases: ArticleRecord[] = [
    record(),
    record({ byline: [], quotes: [], headline: null, date: null, outlet: null, dateline: null, section: null }),
    record({ duplicate_of: 'other-news_2024-03-01_mill-0123456789ab', date: '2024-03-01T09:30:00-05:00' }),
    // a quote of every optional key, and of none
    record({ quotes: [{ text: 'Only the text.', speaker: null }, { text: 'All of it', speaker: 'A spokesperson for the council', speaker_name: 'Ann Lee', speaker_role: 'a spokesperson for the council', cue: 'told reporters', partial: true }, { text: 'no', speaker: 'Jo', partial: false }] }),
    // keys yaml leaves out: undefined values
    record({ quotes: [{ text: 'x', speaker: null, cue: undefined }] }),
  ];
  for (const s of STRINGS) {
    cases.push(record({ headline: s, byline: [s, 'Jo Lin'], quotes: [{ text: s, speaker: s, cue: s }], source: { path: s, sha256: s } }));
  }
  for (const r of cases) assert.equal(recordYaml(r), yaml(r), JSON.stringify(r));
});

test('recordYaml: what it does not write line by line is yaml\'s whole, and the same', () => {
  const q = { text: 'Said twice.', speaker: 'Jo Lin' };
  const cases: object[] = [
    // the same object twice: yaml writes an anchor and an alias
    record({ quotes: [q, q] }),
    // values of other types and shapes
    { ...record(), extra: 42 },
    { ...record(), nested: { deeper: { key: 'v' } } },
    record({ quotes: [{} as never] }),
    record({ byline: [['a'] as never] }),
    { ...record(), 'Odd Key': 'v' },
  ];
  for (const r of cases) assert.equal(recordYaml(r as ArticleRecord), yaml(r));
});

test('recordYaml: random strings in every field, as YAML.stringify writes them', () => {
  const pieces = ['a', 'Z', ' ', '  ', ':', ': ', '#', ' #', '-', '- ', '?', "'", '"', '`', '@', '%', '&', '*', '!', '|', '>', '[', ']', '{', '}', ',', '.', '...', '---', '~', '0', '7', '1e3', '0x', 'null', 'true', '\t', '\n', '\u0085', '\u00a0', '\u2028', '’', '“', 'é', '🦉', '\ud800'];
  let seed = 11;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 3000; i++) {
    const str = () => {
      let s = '';
      for (let k = rand(6); k >= 0; k--) s += pieces[rand(pieces.length)];
      return s;
    };
    const r = record({ headline: str(), byline: [str()], dateline: str(), quotes: [{ text: str(), speaker: str(), speaker_role: str() }], source: { path: str(), sha256: str() } });
    assert.equal(recordYaml(r), yaml(r), JSON.stringify(r));
  }
});

test('yamlString: random strings, as yaml writes each as a value (quoted ones above all)', () => {
  const pieces = ['a', ' ', ':', ': ', '#', ' #', '- ', '?', "'", '"', '\\', '\\"', '\\u', '\\n', ' \\n', '`', '%', '&', '!', '[', '{', ',', '.', '---', '~', '7', 'null', 'True', '\t', '\r', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '“', 'é', '🦉', '\ud800', '\udc00', '0', '12', '-', '+', '.5', 'e3', '0x', '0o', 'f', '.inf', '.nan'];
  let seed = 29;
  const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 20000; i++) {
    let s = '';
    for (let k = rand(7); k >= 0; k--) s += pieces[rand(pieces.length)];
    assert.equal(`k: ${yamlString(s)}\n`, yaml({ k: s }), JSON.stringify(s));
  }
});
